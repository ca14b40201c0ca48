/// The surface features of one line that the ingest rules look at: its words,
/// capitalisation and closing punctuation.
///
/// Made once per candidate; everything works on the line's UTF-8 with byte indices, decoding a scalar
/// only where one beyond ASCII stands. The words are split when first asked for: the rules rule most paragraphs out by their length or last scalar, or by
/// counting their first words, so a paragraph is seldom split at all.
final class LineShape {
    /// The line's UTF-8.
    let text: ArraySlice<UInt8>
    /// The line's length in scalars.
    let length: Int
    /// The words once split.
    private var split: [Range<Int>]?

    init(_ text: ArraySlice<UInt8>, length: Int) {
        self.text = text
        self.length = length
    }

    /// Byte ranges (into `text`'s indices) of the white-space separated words.
    var words: [Range<Int>] {
        if let split { return split }
        var words: [Range<Int>] = []
        // About one word in six bytes in prose; reserving spares the paragraph's array several regrowths.
        words.reserveCapacity(text.count / 6 + 1)
        forEachWord { word in
            words.append(word)
            return true
        }
        split = words
        return words
    }

    var wordCount: Int { words.count }

    /// Whether the number of words is in `bounds`: a line not split yet is counted only up to the
    /// first word past the bounds.
    func hasWordCount(in bounds: ClosedRange<Int>) -> Bool {
        if let split { return bounds.contains(split.count) }
        var count = 0
        forEachWord { _ in
            count += 1
            return count <= bounds.upperBound
        }
        return bounds.contains(count)
    }

    /// The first word, found without splitting the line.
    var firstWord: Range<Int>? {
        var first: Range<Int>?
        forEachWord { word in
            first = word
            return false
        }
        return first
    }

    /// The last word, found without splitting the line.
    var lastWord: Range<Int>? {
        var last: Range<Int>?
        forEachWordFromEnd { word in
            last = word
            return false
        }
        return last
    }

    /// Hands the range of each white-space separated word to `body` from the last one back, while it
    /// returns true: the rules that read a line's tail leave a long paragraph's other words unread.
    func forEachWordFromEnd(_ body: (Range<Int>) -> Bool) {
        let base = text.startIndex
        text.withUnsafeBufferPointer { utf8 in
            var index = utf8.count
            while true {
                while index > 0 {
                    let before = utf8.scalar(before: index)
                    guard TextLines.isBlank(before.scalar) else { break }
                    index = before.start
                }
                guard index > 0 else { return }
                let end = index
                while index > 0 {
                    let before = utf8.scalar(before: index)
                    guard !TextLines.isBlank(before.scalar) else { break }
                    index = before.start
                }
                guard body((base + index)..<(base + end)) else { return }
            }
        }
    }

    /// The ranges of the word holding byte `index` (an index of `text`) and of the words after it, at
    /// most `count` in all, found without splitting the line: for a rule that finds its word by
    /// searching the bytes and reads only the few words after it.
    func words(fromWordHolding index: Int, count: Int) -> [Range<Int>] {
        // The word's start: back from `index` to white space, as the words are split forward.
        var start = index - text.startIndex
        text.withUnsafeBufferPointer { utf8 in
            while start > 0 {
                let before = utf8.scalar(before: start)
                guard !TextLines.isBlank(before.scalar) else { break }
                start = before.start
            }
        }
        var words: [Range<Int>] = []
        words.reserveCapacity(count)
        forEachWord(from: start) { word in
            words.append(word)
            return words.count < count
        }
        return words
    }

    /// Hands the range of each white-space separated word to `body` in order, while it returns true,
    /// from byte `start` of the line on (0, or the start of a word).
    private func forEachWord(from start: Int = 0, _ body: (Range<Int>) -> Bool) {
        let base = text.startIndex
        text.withUnsafeBufferPointer { utf8 in
            var index = start
            while true {
                while index < utf8.count {
                    let next = utf8.scalar(at: index)
                    guard TextLines.isBlank(next.scalar) else { break }
                    index = next.end
                }
                guard index < utf8.count else { return }
                let start = index
                while index < utf8.count {
                    let next = utf8.scalar(at: index)
                    guard !TextLines.isBlank(next.scalar) else { break }
                    index = next.end
                }
                guard body((base + start)..<(base + index)) else { return }
            }
        }
    }

    func word(_ index: Int) -> String {
        String(decoding: text[words[index]], as: UTF8.self)
    }

    /// The word with surrounding quotes and punctuation removed, lowercased.
    func bareWord(_ index: Int) -> String {
        bareWord(in: words[index])
    }

    /// `bareWord` of the word at `range`.
    func bareWord(in range: Range<Int>) -> String {
        LineShape.lowercased(bareBytes(in: range))
    }

    /// The UTF-8 of the word at `range` without surrounding quotes and punctuation, not lowercased.
    func bareBytes(in range: Range<Int>) -> ArraySlice<UInt8> {
        text[LineShape.strippingPunctuation(range, of: text)]
    }

    /// Whether `bareWord(index)` is in `list`, told without making it.
    func bareWord(_ index: Int, isIn list: WordList) -> Bool {
        bareWord(in: words[index], isIn: list)
    }

    /// `bareWord(_:isIn:)` of the word at `range`.
    func bareWord(in range: Range<Int>, isIn list: WordList) -> Bool {
        list.contains(lowercasing: bareBytes(in: range))
    }

    /// `String(decoding:as:).lowercased()`, ASCII text (most words) lowercased as it is copied.
    static func lowercased(_ utf8: ArraySlice<UInt8>) -> String {
        String(asciiLowercasing: utf8) ?? String(decoding: utf8, as: UTF8.self).lowercased()
    }

    /// Whether the word, without surrounding punctuation, is `lowercased` (ASCII) in any case (no
    /// allocation; a word of another length is told at once).
    func wordIs(_ index: Int, _ lowercased: StaticString) -> Bool {
        word(in: words[index], is: lowercased)
    }

    /// `wordIs` of the word at `range`, for a caller walking the words itself.
    func word(in range: Range<Int>, is lowercased: StaticString) -> Bool {
        let range = LineShape.strippingPunctuation(range, of: text)
        // A byte beyond ASCII matches no byte of the ASCII word, so bytes compare as scalars would.
        guard range.count == lowercased.utf8CodeUnitCount else { return false }
        return lowercased.withUTF8Buffer { expected in
            zip(text[range], expected).allSatisfy { LineShape.asciiLower($0) == $1 }
        }
    }

    /// The last scalar that is not a closing quote or bracket.
    var lastMeaningfulScalar: Unicode.Scalar? {
        var end = text.endIndex
        while end > text.startIndex {
            let before = text.scalar(before: end)
            if !LineShape.isCloser(before.scalar) { return before.scalar }
            end = before.start
        }
        return nil
    }

    /// Whether the line ends like a sentence or a clause (period, question mark, colon, comma…).
    var hasEndPunctuation: Bool {
        guard let last = lastMeaningfulScalar else { return false }
        return LineShape.isEndPunctuation(last)
    }

    /// Whether the word starts (after any opening quote) with a capital letter or a digit.
    func isCapitalized(_ index: Int) -> Bool {
        isCapitalized(in: words[index])
    }

    /// `isCapitalized` of the word at `range`.
    func isCapitalized(in range: Range<Int>) -> Bool {
        guard let first = text[LineShape.strippingPunctuation(range, of: text)].firstScalar else { return false }
        // ASCII (nearly every word) told by its range, without a property lookup.
        if first.isASCII { return ("A"..."Z").contains(first) || ("0"..."9").contains(first) }
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// Whether both lines have the same words, ignoring ASCII case and the white space between them.
    func hasSameWords(as other: LineShape) -> Bool {
        // Lengths first: told without splitting either line.
        guard abs(length - other.length) <= length / 4 + 4, wordCount == other.wordCount else { return false }
        // Only ASCII letters are folded, so the bytes of two words compare as their scalars would.
        for (mine, theirs) in zip(words, other.words) {
            guard mine.count == theirs.count else { return false }
            for (a, b) in zip(text[mine], other.text[theirs]) where LineShape.asciiLower(a) != LineShape.asciiLower(b) {
                return false
            }
        }
        return true
    }

    /// The line's words (UTF-8) with one space between each two: a slice of the text where it is
    /// written so already (nearly every line), else a copy.
    var joinedWords: ArraySlice<UInt8> {
        let words = words
        guard let first = words.first, let last = words.last else { return [] }
        let isSingleSpaced = zip(words, words.dropFirst()).allSatisfy { before, after in
            after.lowerBound == before.upperBound + 1 && text[before.upperBound] == UInt8(ascii: " ")
        }
        if isSingleSpaced { return text[first.lowerBound..<last.upperBound] }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(text.count)
        for (n, range) in words.enumerated() {
            if n > 0 { utf8.append(UInt8(ascii: " ")) }
            utf8.append(contentsOf: text[range])
        }
        return utf8[...]
    }

    /// Whether the line starts with `prefix` (ASCII, case-insensitive) followed by a word break.
    func starts(withWord prefix: String) -> Bool {
        var i = text.startIndex
        for expected in prefix.utf8 {
            guard i < text.endIndex, LineShape.asciiLower(text[i]) == expected else { return false }
            i += 1
        }
        return i == text.endIndex || !text.scalar(at: i).scalar.properties.isAlphabetic
    }

    /// Whether any scalar of the line satisfies `predicate`.
    func containsScalar(where predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.scalar(at: index)
            if predicate(next.scalar) { return true }
            index = next.end
        }
        return false
    }

    /// Closing quotes and brackets, and the emphasis marks scrapers leave (a switch, not a set,
    /// which would hash every scalar it is asked about).
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ")", "]", "*", "_": return true
        default: return false
        }
    }

    static func isEndPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", ":", ";", ",", "\u{2014}", "\u{2013}": return true
        default: return false
        }
    }

    static func strippingPunctuation(_ range: Range<Int>, of text: ArraySlice<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let next = text.scalar(at: lower)
            guard !isWordScalar(next.scalar) else { break }
            lower = next.end
        }
        while upper > lower {
            let before = text.scalar(before: upper)
            guard !isWordScalar(before.scalar) else { break }
            upper = before.start
        }
        return lower..<upper
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        // General Punctuation (curly quotes, dashes, spaces), which ends most quoted paragraphs, holds
        // no letter or number: told without a property lookup.
        if (0x2000...0x206F).contains(scalar.value) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func asciiLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// `asciiLower` of a byte of UTF-8.
    static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
