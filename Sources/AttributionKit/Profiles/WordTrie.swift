/// A trie of word phrases whose edges all live in one open-addressing table keyed by the parent
/// node and the word. A step uses the word's FNV-1a hash (`NameWords.hash`, which the words of a name
/// carry, so it is worked out once) instead of running a `Dictionary`'s seeded hasher, which made
/// most of the profiles' cost when every node had one.
struct WordTrie<Value: Sendable>: Sendable {
    /// The node every phrase starts from.
    static var root: Int { 0 }

    /// The value of the phrase ending at each node; node 0 is the root.
    private var values: [Value?] = [nil]
    /// Edges by hash; a slot with `child` -1 is empty.
    private var slots = [Slot](repeating: Slot.empty, count: 16)
    private var edgeCount = 0
    /// A bit for every edge's hash, eight bits to a slot: most steps find no edge (a name's words
    /// are rarely a registered phrase's), and this table, a forty-eighth the size of the slots,
    /// tells them so while the slots are out of the cache.
    private var edgeBits = [UInt64](repeating: 0, count: 2)

    /// One edge: `word` leads from node `parent` to node `child`.
    private struct Slot: Sendable {
        var parent: Int32
        var child: Int32
        var word: WordKey

        static var empty: Slot { Slot(parent: 0, child: -1, word: WordKey("")) }
    }

    /// Adds the phrase `words` with its value (replacing the value of the same phrase).
    mutating func insert<Words: Sequence<String>>(_ words: Words, _ value: Value) {
        var node = Self.root
        for word in words {
            let key = WordKey(word)
            let hash = NameWords.hash(of: word)
            if let next = self.node(after: node, key, hash: hash) {
                node = next
            } else {
                values.append(nil)
                let child = values.count - 1
                add(Slot(parent: Int32(node), child: Int32(child), word: key), hash: hash)
                node = child
            }
        }
        values[node] = value
    }

    /// The node reached from `node` through `word` (whose `NameWords.hash` is `hash`), or nil when
    /// no phrase goes on with `word` there.
    func node(after node: Int, _ word: WordKey, hash: UInt64) -> Int? {
        let mixed = Self.mixed(hash, after: node)
        guard hasEdgeBit(mixed) else { return nil }
        let mask = slots.count - 1
        var index = mixed & mask
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

    /// Whether a phrase ends at `node`, asked without copying its value.
    func hasValue(at node: Int) -> Bool {
        values[node] != nil
    }

    /// Adds an edge whose word's `NameWords.hash` is `hash`.
    private mutating func add(_ slot: Slot, hash: UInt64) {
        // Kept at most half full, so probes stay short and always meet an empty slot.
        if (edgeCount + 1) * 2 > slots.count {
            let old = slots
            slots = [Slot](repeating: Slot.empty, count: slots.count * 2)
            edgeBits = [UInt64](repeating: 0, count: edgeBits.count * 2)
            // The slots keep no hash (a probe reads less memory): the table, built once, works them out again.
            for slot in old where slot.child >= 0 { place(slot, hash: NameWords.hash(of: slot.word.string)) }
        }
        place(slot, hash: hash)
        edgeCount += 1
    }

    private mutating func place(_ slot: Slot, hash: UInt64) {
        let mixed = Self.mixed(hash, after: Int(slot.parent))
        let bit = edgeBit(mixed)
        edgeBits[bit.word] |= bit.mask
        let mask = slots.count - 1
        var index = mixed & mask
        while slots[index].child >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Where the edge bit of a `mixed` hash stands in `edgeBits`.
    private func edgeBit(_ mixed: Int) -> (word: Int, mask: UInt64) {
        let bit = mixed & (edgeBits.count * 64 - 1)
        return (bit >> 6, 1 << UInt64(bit & 63))
    }

    /// Whether an edge may have the `mixed` hash: false only when none has.
    private func hasEdgeBit(_ mixed: Int) -> Bool {
        let bit = edgeBit(mixed)
        return edgeBits[bit.word] & bit.mask != 0
    }

    /// A word's `NameWords.hash` mixed with the parent node.
    private static func mixed(_ wordHash: UInt64, after node: Int) -> Int {
        var hash = wordHash
        hash ^= UInt64(node) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
