/// The surface features of one line that the ingest rules look at: its words,
/// capitalisation and closing punctuation.
///
/// Made once per candidate; everything works on scalars with integer indices. The words are split
/// when first asked for: the rules rule most paragraphs out by their length or last scalar, or by
/// counting their first words, so a paragraph is seldom split at all.
final class LineShape {
    let text: ArraySlice<Unicode.Scalar>
    /// The words once split.
    private var split: [Range<Int>]?

    init(_ text: ArraySlice<Unicode.Scalar>) {
        self.text = text
    }

    /// Index ranges (into `text`'s indices) of the white-space separated words.
    var words: [Range<Int>] {
        if let split { return split }
        var words: [Range<Int>] = []
        // About one word in six scalars in prose; reserving spares the paragraph's array several regrowths.
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
        var end = text.endIndex
        while end > text.startIndex, TextLines.isBlank(text[end - 1]) { end -= 1 }
        guard end > text.startIndex else { return nil }
        var start = end - 1
        while start > text.startIndex, !TextLines.isBlank(text[start - 1]) { start -= 1 }
        return start..<end
    }

    /// Hands the range of each white-space separated word to `body` in order, while it returns true.
    private func forEachWord(_ body: (Range<Int>) -> Bool) {
        let base = text.startIndex
        text.withUnsafeBufferPointer { scalars in
            var offset = 0
            while true {
                while offset < scalars.count, TextLines.isBlank(scalars[offset]) { offset += 1 }
                guard offset < scalars.count else { return }
                let start = offset
                while offset < scalars.count, !TextLines.isBlank(scalars[offset]) { offset += 1 }
                guard body((base + start)..<(base + offset)) else { return }
            }
        }
    }

    var length: Int { text.count }

    func word(_ index: Int) -> String {
        String(scalars: text[words[index]])
    }

    /// The word with surrounding quotes and punctuation removed, lowercased.
    func bareWord(_ index: Int) -> String {
        bareWord(in: words[index])
    }

    /// `bareWord` of the word at `range`.
    func bareWord(in range: Range<Int>) -> String {
        LineShape.lowercased(bareScalars(in: range))
    }

    /// The scalars of the word at `range` without surrounding quotes and punctuation, not lowercased.
    func bareScalars(in range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        text[LineShape.strippingPunctuation(range, of: text)]
    }

    /// Whether `bareWord(index)` is in `list`, told without making it.
    func bareWord(_ index: Int, isIn list: WordList) -> Bool {
        list.contains(lowercasing: bareScalars(in: words[index]))
    }

    /// `String(scalars:).lowercased()`, ASCII text (most words) lowercased as it is copied.
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(asciiLowercasing: scalars) ?? String(scalars: scalars).lowercased()
    }

    /// Whether the word, without surrounding punctuation, is `lowercased` (ASCII) in any case (no
    /// allocation; a word of another length is told at once).
    func wordIs(_ index: Int, _ lowercased: StaticString) -> Bool {
        word(in: words[index], is: lowercased)
    }

    /// `wordIs` of the word at `range`, for a caller walking the words itself.
    func word(in range: Range<Int>, is lowercased: StaticString) -> Bool {
        let range = LineShape.strippingPunctuation(range, of: text)
        guard range.count == lowercased.utf8CodeUnitCount else { return false }
        return lowercased.withUTF8Buffer { expected in
            zip(text[range], expected).allSatisfy { LineShape.asciiLower($0).value == UInt32($1) }
        }
    }

    /// The last scalar that is not a closing quote or bracket.
    var lastMeaningfulScalar: Unicode.Scalar? {
        var i = text.endIndex
        while i > text.startIndex {
            i -= 1
            if !LineShape.isCloser(text[i]) { return text[i] }
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
        let range = LineShape.strippingPunctuation(words[index], of: text)
        guard let first = range.first.map({ text[$0] }) else { return false }
        // ASCII (nearly every word) told by its range, without a property lookup.
        if first.isASCII { return ("A"..."Z").contains(first) || ("0"..."9").contains(first) }
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// Whether both lines have the same words, ignoring ASCII case and the white space between them.
    func hasSameWords(as other: LineShape) -> Bool {
        // Lengths first: told without splitting either line.
        guard abs(length - other.length) <= length / 4 + 4, wordCount == other.wordCount else { return false }
        for (mine, theirs) in zip(words, other.words) {
            guard mine.count == theirs.count else { return false }
            for (a, b) in zip(text[mine], other.text[theirs]) where LineShape.asciiLower(a) != LineShape.asciiLower(b) {
                return false
            }
        }
        return true
    }

    /// The whole line lowercased, with runs of white space as one space.
    var normalized: String {
        var result = ""
        for (n, range) in words.enumerated() {
            if n > 0 { result.append(" ") }
            result.unicodeScalars.append(contentsOf: text[range])
        }
        return result.lowercased()
    }

    /// Whether the line starts with `prefix` (ASCII, case-insensitive) followed by a word break.
    func starts(withWord prefix: String) -> Bool {
        var i = text.startIndex
        for expected in prefix.unicodeScalars {
            guard i < text.endIndex, LineShape.asciiLower(text[i]) == expected else { return false }
            i += 1
        }
        return i == text.endIndex || !text[i].properties.isAlphabetic
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

    static func strippingPunctuation(_ range: Range<Int>, of text: ArraySlice<Unicode.Scalar>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, !isWordScalar(text[lower]) { lower += 1 }
        while upper > lower, !isWordScalar(text[upper - 1]) { upper -= 1 }
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
}
