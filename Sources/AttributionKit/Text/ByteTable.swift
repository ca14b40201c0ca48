/// Byte strings numbered 0, 1, 2… in the order they are added, found again from their bytes.
///
/// The vocabulary's words and the entity book's name keys: a lookup hashes the bytes where they
/// stand (FNV-1a, open addressing), without building or hashing a `String`. Each slot keeps part of
/// its key's hash, so a probe reads the key's bytes only when that part agrees.
struct ByteTable: Sendable {
    /// Every key's bytes, back to back; key `id` spans `offsets[id]..<offsets[id + 1]`.
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    /// The high half of a key's hash above its id plus one (0 marks an empty slot); a power of two,
    /// at most half full.
    private var slots: [UInt64]

    /// An empty table with room for `capacity / 2` keys before it grows, and for `bytes` bytes of
    /// them; `capacity` is a power of two.
    init(capacity: Int = 16, bytes: Int = 0) {
        slots = [UInt64](filledWith: 0, count: capacity)
        self.bytes.reserveCapacity(bytes)
        offsets.reserveCapacity(capacity / 2 + 1)
    }

    var count: Int { offsets.count - 1 }

    /// The id of the key of `count` bytes, `byte(j)` giving the `j`th, or nil when it was never added.
    @inline(__always)
    func id(count: Int, byte: (Int) -> UInt8) -> Int? {
        id(count: count, hash: ByteTable.hash(count: count, byte: byte), byte: byte)
    }

    /// `id(count:byte:)` for a key whose `hash` the caller made while reading its bytes.
    @inline(__always)
    func id(count: Int, hash: UInt64, byte: (Int) -> UInt8) -> Int? {
        let mask = slots.count - 1
        let fingerprint = ByteTable.fingerprint(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] & ByteTable.fingerprintMask == fingerprint {
                let id = Int(truncatingIfNeeded: slots[slot] & ~ByteTable.fingerprintMask) - 1
                let start = offsets[id]
                if offsets[id + 1] - start == count, (0..<count).allSatisfy({ bytes[start + $0] == byte($0) }) { return id }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func id<Bytes: Collection<UInt8>>(of key: Bytes) -> Int? where Bytes.Index == Int {
        id(count: key.count) { key[key.startIndex + $0] }
    }

    /// The id of `key`, added when new (its bytes hashed once, for the lookup and the new slot).
    mutating func add<Bytes: Collection<UInt8>>(_ key: Bytes) -> Int where Bytes.Index == Int {
        func byte(_ j: Int) -> UInt8 { key[key.startIndex + j] }
        let hash = ByteTable.hash(count: key.count, byte: byte)
        if let id = id(count: key.count, hash: hash, byte: byte) { return id }
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        if 2 * count > slots.count {
            slots = [UInt64](filledWith: 0, count: 2 * slots.count)
            for id in 0..<count {
                let start = offsets[id]
                place(id, hash: ByteTable.hash(count: offsets[id + 1] - start) { bytes[start + $0] })
            }
        } else {
            place(count - 1, hash: hash)
        }
        return count - 1
    }

    private mutating func place(_ id: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = ByteTable.fingerprint(hash) | UInt64(id + 1)
    }

    /// The high 32 bits of a slot: the hash's high half.
    static let fingerprintMask: UInt64 = 0xffff_ffff_0000_0000

    @inline(__always)
    static func fingerprint(_ hash: UInt64) -> UInt64 {
        hash & fingerprintMask
    }

    /// FNV-1a over `count` bytes, its high half folded into the low one that picks the slot.
    @inline(__always)
    static func hash(count: Int, byte: (Int) -> UInt8) -> UInt64 {
        var hash = hashSeed
        for j in 0..<count { hash = ByteTable.hash(hash, adding: byte(j)) }
        return finished(hash)
    }

    /// FNV-1a step by step, for a caller that hashes a key as it reads it: `finished` of the
    /// seed with every byte added is `hash(count:byte:)`.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func finished(_ hash: UInt64) -> UInt64 {
        hash ^ (hash >> 32)
    }
}
