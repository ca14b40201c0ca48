/// A word of at most sixteen bytes of UTF-8, packed into two integers (first byte lowest, zeros
/// after the end): compared and hashed in a few instructions, with no loop over its bytes.
struct ShortWord: Equatable, Sendable {
    /// The most bytes a short word holds.
    static let capacity = 16

    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The empty word.
    init() {}

    /// The word of `count` bytes (at most `capacity`), `byte(j)` giving the `j`th.
    @inline(__always)
    init(count: Int, byte: (Int) -> UInt8) {
        for j in 0..<count {
            let shifted = UInt64(byte(j)) << UInt64(8 * (j & 7))
            if j < 8 { low |= shifted } else { high |= shifted }
        }
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The ASCII bytes `text[bytes]` (at most `capacity`), lowercased: read eight at a time where
    /// sixteen bytes of text remain, and lowered eight at a time.
    @inline(__always)
    static func lowercasing(_ text: UnsafeBufferPointer<UInt8>, _ bytes: Range<Int>) -> ShortWord {
        let count = bytes.count
        guard bytes.lowerBound + capacity <= text.count else {
            let word = ShortWord(count: count) { text[bytes.lowerBound + $0] }
            return ShortWord(low: asciiLowercased(word.low), high: asciiLowercased(word.high))
        }
        let raw = UnsafeRawPointer(text.baseAddress! + bytes.lowerBound)
        let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let low = count >= 8 ? first : first & mask(count)
        let high = count >= 8 ? second & mask(count - 8) : 0
        return ShortWord(low: asciiLowercased(low), high: asciiLowercased(high))
    }

    /// The low `count` bytes (0 to 8) of a word set.
    @inline(__always)
    private static func mask(_ count: Int) -> UInt64 {
        // A shift by 64 gives 0, the mask of no byte.
        UInt64.max >> UInt64(64 - 8 * count)
    }

    /// Eight ASCII bytes with their capital letters lowered: a byte from "A" to "Z" gains 32.
    @inline(__always)
    private static func asciiLowercased(_ bytes: UInt64) -> UInt64 {
        // Adding 0x3F sets a byte's top bit from "A" (0x41) up, adding 0x25 from "[" (0x5B) up;
        // no ASCII byte carries into the next.
        let fromA = bytes &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = bytes &+ 0x2525_2525_2525_2525
        let capitals = fromA & ~pastZ & 0x8080_8080_8080_8080
        return bytes | (capitals >> 2)
    }
}
