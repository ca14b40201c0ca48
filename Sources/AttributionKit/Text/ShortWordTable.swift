/// The vocabulary's words of at most sixteen bytes, found from their `ShortWord` by probing a byte of
/// hash per slot (a few kilobytes that stay in cache), and then one slot holding the key, the word
/// and its traits together (open addressing, at most half full): a word outside the vocabulary
/// mostly costs no read of a slot, a word in it one.
struct ShortWordTable: Sendable {
    private struct Slot {
        var key = ShortWord()
        var traits: WordTraits = []
        var word = Word.other
        /// The key's length in bytes; 0 marks an empty slot.
        var count: UInt8 = 0
    }

    private var slots: [Slot]
    /// For each slot, seven more bits of its key's hash with the top bit set; 0 for an empty slot.
    private var tags: [UInt8]
    /// 64 minus the bits of a slot number, which are the top bits of a key's mixed hash.
    private let shift: UInt64

    /// The table of `words`, each with its UTF-8 (at most `ShortWord.capacity` bytes) and traits.
    init(_ words: [(utf8: [UInt8], word: Word, traits: WordTraits)]) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * words.count { bits += 1 }
        shift = 64 - bits
        slots = [Slot](filledWith: Slot(), count: 1 << bits)
        tags = [UInt8](filledWith: 0, count: 1 << bits)
        for (utf8, word, traits) in words {
            precondition(!utf8.isEmpty && utf8.count <= ShortWord.capacity, "not a short word")
            let key = ShortWord(count: utf8.count) { utf8[$0] }
            let hash = ShortWordTable.hash(key)
            var slot = self.slot(of: hash)
            while tags[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            tags[slot] = ShortWordTable.tag(of: hash)
            slots[slot] = Slot(key: key, traits: traits, word: word, count: UInt8(utf8.count))
        }
    }

    /// The word of `count` bytes packed in `key`, and its traits, or nil when the table lacks it.
    @inline(__always)
    func entry(_ key: ShortWord, count: Int) -> (word: Word, traits: WordTraits)? {
        let mask = slots.count - 1
        let hash = ShortWordTable.hash(key)
        let tag = ShortWordTable.tag(of: hash)
        var slot = self.slot(of: hash)
        while tags[slot] != 0 {
            if tags[slot] == tag, slots[slot].key == key, Int(slots[slot].count) == count { return (slots[slot].word, slots[slot].traits) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// A key's two halves mixed by multiplication: the top bits pick its slot, the low byte its tag.
    @inline(__always)
    private static func hash(_ key: ShortWord) -> UInt64 {
        (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> shift)
    }

    @inline(__always)
    private static func tag(of hash: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: hash >> 24) | 0x80
    }
}
