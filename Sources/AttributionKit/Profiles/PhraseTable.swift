/// Values keyed by phrases of `NameWords` words, held in two word tries (one reading phrases
/// forwards, one backwards), so a search for phrases inside a text walks word by word and never
/// joins candidate phrases into strings.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Every phrase's value by its words joined with spaces.
    private(set) var values: [String: Value] = [:]
    /// The phrases from their first word.
    private var forward = WordTrie<Value>()
    /// The phrases from their last word backwards.
    private var backward = WordTrie<Value>()

    mutating func insert<Words: BidirectionalCollection<String>>(_ words: Words, _ value: Value) {
        guard !words.isEmpty else { return }
        values[words.joined(separator: " ")] = value
        forward.insert(words, value)
        backward.insert(words.reversed(), value)
    }

    subscript(key: String) -> Value? {
        values[key]
    }

    /// The value of the phrase the words in `range` spell (each word's hash is the one it carries).
    func value(_ words: NameWords, _ range: Range<Int>) -> Value? {
        var node = WordTrie<Value>.root
        for index in range {
            guard let next = forward.node(after: node, words.key(at: index), hash: words.hash(at: index)) else { return nil }
            node = next
        }
        return forward.value(at: node)
    }

    /// The value of the phrase of a whole name (`NameWords.phrase`).
    func value(_ words: NameWords) -> Value? {
        value(words, words.phraseRange)
    }

    /// Longest phrase in `words` that starts at `start`: its value and its length.
    func longestMatch(in words: NameWords, from start: Int) -> (value: Value, length: Int)? {
        longestMatch(in: words, from: start) { _ in true }
    }

    /// Longest phrase in `words` that starts at `start` and whose end `isAccepted` takes (the index
    /// just past its last word): its value and its length. One walk: the value is read once, at the
    /// end, rather than copied at every phrase met on the way.
    func longestMatch(in words: NameWords, from start: Int, endingWhere isAccepted: (Int) -> Bool) -> (value: Value, length: Int)? {
        var found: (node: Int, length: Int)?
        var node = WordTrie<Value>.root
        var end = start
        while end < words.words.count, let next = forward.node(after: node, words.key(at: end), hash: words.hash(at: end)) {
            node = next
            end += 1
            if forward.hasValue(at: node), isAccepted(end) { found = (node, end - start) }
        }
        return found.flatMap { found in forward.value(at: found.node).map { ($0, found.length) } }
    }

    /// Longest phrase in `words` that ends just before `end`: its value and its length.
    func longestMatch(in words: NameWords, to end: Int) -> (value: Value, length: Int)? {
        var found: (node: Int, length: Int)?
        var node = WordTrie<Value>.root
        var start = end
        while start > 0, let next = backward.node(after: node, words.key(at: start - 1), hash: words.hash(at: start - 1)) {
            node = next
            start -= 1
            if backward.hasValue(at: node) { found = (node, end - start) }
        }
        return found.flatMap { found in backward.value(at: found.node).map { ($0, found.length) } }
    }
}
