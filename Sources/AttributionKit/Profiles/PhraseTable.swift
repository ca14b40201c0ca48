/// Values keyed by phrases of `NameWords` words, held in two word tries (one reading phrases
/// forwards, one backwards), so a search for phrases inside a text walks word by word and never
/// joins candidate phrases into strings.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Every phrase's value by its words joined with spaces.
    private(set) var values: [String: Value] = [:]
    /// Nodes of the trie of phrases from their first word; the root is node 0.
    private var forward = [Node()]
    /// Nodes of the trie of phrases from their last word backwards; the root is node 0.
    private var backward = [Node()]

    /// A trie node: the value of the phrase that ends here, and the node after each next word.
    private struct Node: Sendable {
        var value: Value?
        var next: [String: Int] = [:]
    }

    mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        values[words.joined(separator: " ")] = value
        Self.insert(words, value, into: &forward)
        Self.insert(words.reversed(), value, into: &backward)
    }

    private static func insert<Words: Sequence<String>>(_ words: Words, _ value: Value, into nodes: inout [Node]) {
        var node = 0
        for word in words {
            if let next = nodes[node].next[word] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].next[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].value = value
    }

    subscript(key: String) -> Value? {
        values[key]
    }

    /// The value of the phrase `tokens` spells.
    func value(_ tokens: ArraySlice<String>) -> Value? {
        var node = 0
        for token in tokens {
            guard let next = forward[node].next[token] else { return nil }
            node = next
        }
        return forward[node].value
    }

    /// Longest phrase in `tokens` that starts at `start`: its value and its length.
    func longestMatch(in tokens: [String], from start: Int) -> (value: Value, length: Int)? {
        var found: (value: Value, length: Int)?
        var node = 0
        var end = start
        while end < tokens.count, let next = forward[node].next[tokens[end]] {
            node = next
            end += 1
            if let value = forward[node].value { found = (value, end - start) }
        }
        return found
    }

    /// Longest phrase in `tokens` that ends just before `end`: its value and its length.
    func longestMatch(in tokens: [String], to end: Int) -> (value: Value, length: Int)? {
        var found: (value: Value, length: Int)?
        var node = 0
        var start = end
        while start > 0, let next = backward[node].next[tokens[start - 1]] {
            node = next
            start -= 1
            if let value = backward[node].value { found = (value, end - start) }
        }
        return found
    }
}
