/// A fixed set of words (link words, modifiers, prepositions), looked up with the word trie's
/// FNV-1a hash rather than a seeded `Set<String>`: the profiles test such words for every token.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Every word as a phrase of one.
    private var words = WordTrie<Bool>()

    init(arrayLiteral words: String...) {
        for word in words { self.words.insert(CollectionOfOne(word), true) }
    }

    /// Whether the word at `index` of `name` is in the set, found by the hash the word carries.
    func contains(_ name: NameWords, at index: Int) -> Bool {
        words.node(after: WordTrie<Bool>.root, name.key(at: index), hash: name.hash(at: index)) != nil
    }
}
