/// A trie of word phrases whose edges all live in one open-addressing table keyed by the parent
/// node and the word. A step hashes the word's few bytes with FNV-1a instead of running a
/// `Dictionary`'s seeded hasher, which made most of the profiles' cost when every node had one.
struct WordTrie<Value: Sendable>: Sendable {
    /// The node every phrase starts from.
    static var root: Int { 0 }

    /// The value of the phrase ending at each node; node 0 is the root.
    private var values: [Value?] = [nil]
    /// Edges by hash; a slot with `child` -1 is empty.
    private var slots = [Slot](repeating: Slot(parent: 0, child: -1, word: ""), count: 16)
    private var edgeCount = 0

    /// One edge: `word` leads from node `parent` to node `child`.
    private struct Slot: Sendable {
        var parent: Int32
        var child: Int32
        var word: String
    }

    /// Adds the phrase `words` with its value (replacing the value of the same phrase).
    mutating func insert<Words: Sequence<String>>(_ words: Words, _ value: Value) {
        var node = Self.root
        for word in words {
            if let next = self.node(after: node, word) {
                node = next
            } else {
                values.append(nil)
                let child = values.count - 1
                add(Slot(parent: Int32(node), child: Int32(child), word: word))
                node = child
            }
        }
        values[node] = value
    }

    /// The node reached from `node` through `word`, or nil when no phrase goes on with `word` there.
    func node(after node: Int, _ word: String) -> Int? {
        let mask = slots.count - 1
        var index = Self.hash(word, after: node) & mask
        // Slots are read in place: copying one would retain and release its word.
        while slots[index].child >= 0 {
            if slots[index].parent == node && slots[index].word == word { return Int(slots[index].child) }
            index = (index + 1) & mask
        }
        return nil
    }

    /// The value of the phrase that ends at `node`.
    func value(at node: Int) -> Value? {
        values[node]
    }

    private mutating func add(_ slot: Slot) {
        // Kept at most half full, so probes stay short and always meet an empty slot.
        if (edgeCount + 1) * 2 > slots.count {
            let old = slots
            slots = [Slot](repeating: Slot(parent: 0, child: -1, word: ""), count: slots.count * 2)
            for slot in old where slot.child >= 0 { place(slot) }
        }
        place(slot)
        edgeCount += 1
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Self.hash(slot.word, after: Int(slot.parent)) & mask
        while slots[index].child >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// FNV-1a over the word's UTF-8, mixed with the parent node.
    ///
    /// Words are compared as `String`s (canonical equivalence), so spellings of one word that differ
    /// in bytes must share a hash: every word with a non-ASCII byte gets the same one (they are rare
    /// in names), and `==` tells them apart.
    private static func hash(_ word: String, after node: Int) -> Int {
        var word = word
        var hash = word.withUTF8 { utf8 -> UInt64 in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in utf8 {
                if byte >= 0x80 { return 0 }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        hash ^= UInt64(node) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
