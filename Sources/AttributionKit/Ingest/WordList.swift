import Foundation

/// A list of lowercase words that can be asked about a word's UTF-8, lowercased as it is read:
/// the ingest rules ask about a word or two of nearly every line, and making and hashing a `String`
/// for each cost more than the lookup. Words beyond ASCII are looked up as strings.
struct WordList: Sendable {
    private let words: Set<String>
    /// The entries that are ASCII once composed, by their bytes: the only ones an ASCII word can be
    /// canonically equivalent to.
    private let asciiWords: ByteTable

    init(_ words: Set<String>) {
        self.words = words
        var asciiWords = ByteTable()
        for word in words {
            let composed = word.precomposedStringWithCanonicalMapping
            if composed.utf8.allSatisfy({ $0 < 0x80 }) { _ = asciiWords.add(Array(composed.utf8)) }
        }
        self.asciiWords = asciiWords
    }

    func contains(_ word: String) -> Bool {
        words.contains(word)
    }

    /// Whether the lowercase of the word `utf8` is in the list (`contains(LineShape.lowercased(utf8))`).
    func contains(lowercasing utf8: ArraySlice<UInt8>) -> Bool {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return words.contains(LineShape.lowercased(utf8)) }
        let start = utf8.startIndex
        return asciiWords.id(count: utf8.count) { LineShape.asciiLower(utf8[start + $0]) } != nil
    }
}
