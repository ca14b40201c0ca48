import Foundation

/// A list of lowercase words that can be asked about a word's UTF-8, lowercased as it is read:
/// the ingest rules ask about a word or two of nearly every line, and making and hashing a `String`
/// for each cost more than the lookup. Words beyond ASCII are looked up as strings.
struct WordList: Sendable {
    private let words: Set<String>
    /// The entries that are ASCII once composed, by their bytes: the only ones an ASCII word can be
    /// canonically equivalent to.
    private let asciiWords: ByteTable
    /// For each first byte (lowercased, by its low five bits), the byte counts below 64 of the ASCII
    /// entries opening with it, as bits: most words asked about are ruled out by one bit, unhashed.
    private let countsByOpening: [UInt64]

    init(_ words: Set<String>) {
        self.words = words
        var asciiWords = ByteTable()
        var countsByOpening = [UInt64](repeating: 0, count: 32)
        for word in words {
            let composed = word.precomposedStringWithCanonicalMapping
            guard composed.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let utf8 = Array(composed.utf8)
            _ = asciiWords.add(utf8)
            if let first = utf8.first, utf8.count < 64 { countsByOpening[WordList.opening(first)] |= 1 << UInt64(utf8.count) }
        }
        self.asciiWords = asciiWords
        self.countsByOpening = countsByOpening
    }

    /// The slot of `countsByOpening` for a word's first byte.
    private static func opening(_ byte: UInt8) -> Int {
        Int(LineShape.asciiLower(byte) & 31)
    }

    func contains(_ word: String) -> Bool {
        words.contains(word)
    }

    /// Whether the lowercase of the word `utf8` is in the list (`contains(LineShape.lowercased(utf8))`).
    func contains(lowercasing utf8: ArraySlice<UInt8>) -> Bool {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return words.contains(LineShape.lowercased(utf8)) }
        if let first = utf8.first, utf8.count < 64, countsByOpening[WordList.opening(first)] >> UInt64(utf8.count) & 1 == 0 { return false }
        let start = utf8.startIndex
        return asciiWords.id(count: utf8.count) { LineShape.asciiLower(utf8[start + $0]) } != nil
    }
}
