/// Values keyed by phrases of `NameWords` words, with the longest phrase that starts and ends
/// with each word, so a search for phrases inside a text tries only lengths that can match.
struct PhraseTable<Value: Sendable>: Sendable {
    private(set) var values: [String: Value] = [:]
    private var longestFrom: [String: Int] = [:]
    private var longestTo: [String: Int] = [:]

    mutating func insert(_ words: [String], _ value: Value) {
        guard let first = words.first, let last = words.last else { return }
        values[words.joined(separator: " ")] = value
        longestFrom[first] = max(longestFrom[first] ?? 0, words.count)
        longestTo[last] = max(longestTo[last] ?? 0, words.count)
    }

    subscript(key: String) -> Value? {
        values[key]
    }

    /// The value of the phrase `tokens` spells; only phrases whose first word starts some key are joined.
    func value(_ tokens: ArraySlice<String>) -> Value? {
        guard let first = tokens.first, let longest = longestFrom[first], tokens.count <= longest else { return nil }
        return tokens.count == 1 ? values[first] : values[tokens.joined(separator: " ")]
    }

    /// Longest phrase in `tokens` that starts at `start`: its value and its length.
    func longestMatch(in tokens: [String], from start: Int) -> (value: Value, length: Int)? {
        guard let longest = longestFrom[tokens[start]] else { return nil }
        var length = min(longest, tokens.count - start)
        while length > 0 {
            if let value = value(tokens[start..<(start + length)]) { return (value, length) }
            length -= 1
        }
        return nil
    }

    /// Longest phrase in `tokens` that ends just before `end`: its value and its length.
    func longestMatch(in tokens: [String], to end: Int) -> (value: Value, length: Int)? {
        guard end > 0, let longest = longestTo[tokens[end - 1]] else { return nil }
        var length = min(longest, end)
        while length > 0 {
            if let value = value(tokens[(end - length)..<end]) { return (value, length) }
            length -= 1
        }
        return nil
    }
}
