/// The vocabulary's words of at most sixteen bytes, found from their `ShortWord` with one probe of
/// a slot holding the key, the word and its traits together (open addressing, at most half full):
/// a token's lookup reads one cache line or two, not a chain of arrays.
struct ShortWordTable: Sendable {
    private struct Slot {
        var key = ShortWord()
        var traits: WordTraits = []
        var word = Word.other
        /// The key's length in bytes; 0 marks an empty slot.
        var count: UInt8 = 0
    }

    private var slots: [Slot]
    /// 64 minus the bits of a slot number, which are the top bits of a key's mixed hash.
    private let shift: UInt64

    /// The table of `words`, each with its UTF-8 (at most `ShortWord.capacity` bytes) and traits.
    init(_ words: [(utf8: [UInt8], word: Word, traits: WordTraits)]) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * words.count { bits += 1 }
        shift = 64 - bits
        slots = [Slot](filledWith: Slot(), count: 1 << bits)
        for (utf8, word, traits) in words {
            precondition(!utf8.isEmpty && utf8.count <= ShortWord.capacity, "not a short word")
            let key = ShortWord(count: utf8.count) { utf8[$0] }
            var slot = self.slot(of: key)
            while slots[slot].count != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Slot(key: key, traits: traits, word: word, count: UInt8(utf8.count))
        }
    }

    /// The word of `count` bytes packed in `key`, and its traits, or nil when the table lacks it.
    @inline(__always)
    func entry(_ key: ShortWord, count: Int) -> (word: Word, traits: WordTraits)? {
        let mask = slots.count - 1
        var slot = self.slot(of: key)
        while slots[slot].count != 0 {
            if slots[slot].key == key && Int(slots[slot].count) == count { return (slots[slot].word, slots[slot].traits) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The slot a key's probe starts at: the top bits of its two halves mixed by multiplication.
    @inline(__always)
    private func slot(of key: ShortWord) -> Int {
        let mixed = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> shift)
    }
}
