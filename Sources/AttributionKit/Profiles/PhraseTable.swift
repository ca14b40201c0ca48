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

    mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        values[words.joined(separator: " ")] = value
        forward.insert(words, value)
        backward.insert(words.reversed(), value)
    }

    subscript(key: String) -> Value? {
        values[key]
    }

    /// The value of the phrase `tokens` spells.
    func value(_ tokens: ArraySlice<String>) -> Value? {
        var node = WordTrie<Value>.root
        for token in tokens {
            guard let next = forward.node(after: node, token) else { return nil }
            node = next
        }
        return forward.value(at: node)
    }

    /// Longest phrase in `tokens` that starts at `start`: its value and its length.
    func longestMatch(in tokens: [String], from start: Int) -> (value: Value, length: Int)? {
        var found: (value: Value, length: Int)?
        var node = WordTrie<Value>.root
        var end = start
        while end < tokens.count, let next = forward.node(after: node, tokens[end]) {
            node = next
            end += 1
            if let value = forward.value(at: node) { found = (value, end - start) }
        }
        return found
    }

    /// Longest phrase in `tokens` that ends just before `end`: its value and its length.
    func longestMatch(in tokens: [String], to end: Int) -> (value: Value, length: Int)? {
        var found: (value: Value, length: Int)?
        var node = WordTrie<Value>.root
        var start = end
        while start > 0, let next = backward.node(after: node, tokens[start - 1]) {
            node = next
            start -= 1
            if let value = backward.value(at: node) { found = (value, end - start) }
        }
        return found
    }
}
