/// Recognises photo captions by their credit: a trailing "(Name/Agency)", a last
/// segment such as "JANE ROE/AFP via Getty Images", or a line that opens with "Photo:".
enum CaptionDetector {
    static func hasCredit(_ line: LineShape) -> Bool {
        // A line that ends like a sentence, not in a parenthesis, is ruled out before its words are counted.
        let group = finalParenthesis(line.text)
        if group == nil, line.hasEndPunctuation { return endsInCreditSentence(line) }
        guard line.hasWordCount(in: 1...90) else { return false }
        if let group, isCredit(group) { return true }
        if line.hasEndPunctuation { return false }
        let tail = tailWords(line)
        return tail.count <= 12 && isCredit(words: tail, in: line)
    }

    /// "… greets a delegation in Sorvin. Tomas Brel/AFP via Getty Images.": a credit that ends the line
    /// as a sentence of its own, period and all. Only the last dozen words are read, and the credit
    /// must say it is one (a Name/Agency slash, "via", "Photo"): "… blaming Michael R. Bloomberg." is prose.
    private static func endsInCreditSentence(_ line: LineShape) -> Bool {
        guard line.text.last == UInt8(ascii: "."), line.hasWordCount(in: 1...90) else { return false }
        var first = line.wordCount - 1
        while first > 0, first > line.wordCount - 12, !endsSentence(line.text[line.words[first - 1]]) { first -= 1 }
        guard first == 0 || endsSentence(line.text[line.words[first - 1]]) else { return false }
        let tail = Array(first..<line.wordCount)
        let marked = line.bareWord(first, isIn: IngestLexicon.creditWords)
            || tail.contains { line.bareWord($0) == "via" || hasNameSlash(line.text[line.words[$0]]) }
        return marked && isCredit(words: tail, in: line)
    }

    /// Whether two neighbouring lines are one caption printed twice (with and without its credit).
    static func areCaptionVariants(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        guard a != b else { return false }
        var i = a.startIndex
        var j = b.startIndex
        while i < a.endIndex, j < b.endIndex, a[i] == b[j] {
            i += 1
            j += 1
        }
        // The scalars the lines share whole: one whose bytes part after its lead byte is not shared.
        var shared = a[a.startIndex..<i].scalarCount
        if (i < a.endIndex ? a[i] : b[j]) & 0xC0 == 0x80 { shared -= 1 }
        return shared >= 30 && shared * 2 >= min(a.scalarCount, b.scalarCount)
    }

    /// The contents of a parenthesised group that closes the line, if any.
    private static func finalParenthesis(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard text.last == UInt8(ascii: ")") else { return nil }
        var depth = 0
        var i = text.endIndex
        while i > text.startIndex {
            i -= 1
            if text[i] == UInt8(ascii: ")") { depth += 1 }
            if text[i] == UInt8(ascii: "(") {
                depth -= 1
                if depth == 0 { return text[(i + 1)..<(text.endIndex - 1)] }
            }
        }
        return nil
    }

    private static func isCredit(_ group: ArraySlice<UInt8>) -> Bool {
        let shape = LineShape(group, length: group.scalarCount)
        guard shape.hasWordCount(in: 1...12) else { return false }
        return isCredit(words: Array(0..<shape.wordCount), in: shape)
    }

    /// The words after the line's last sentence end, or all of them when it has none.
    private static func tailWords(_ line: LineShape) -> [Int] {
        var first = 0
        for index in 0..<line.wordCount where endsSentence(line.text[line.words[index]]) {
            first = index + 1
        }
        return Array(first..<line.wordCount)
    }

    private static func endsSentence(_ word: ArraySlice<UInt8>) -> Bool {
        var end = word.endIndex
        while end > word.startIndex {
            let before = word.scalar(before: end)
            guard LineShape.isCloser(before.scalar) else { return before.scalar == "." || before.scalar == "!" || before.scalar == "?" }
            end = before.start
        }
        return false
    }

    /// A credit is a run of capitalised words (a few connectors allowed) that has a
    /// Name/Agency slash, ends with a known agency, or opens with a word like "Photo".
    private static func isCredit(words: [Int], in line: LineShape) -> Bool {
        guard let firstWord = words.first else { return false }
        for index in words where !line.isCapitalized(index) {
            if !line.bareWord(index, isIn: connectors) { return false }
        }
        if line.bareWord(firstWord, isIn: IngestLexicon.creditWords) { return true }
        if words.contains(where: { hasNameSlash(line.text[line.words[$0]]) }) { return true }
        let lowered = words.map { line.bareWord($0) }
        return IngestLexicon.creditPhrases.contains { phrase in
            phrase.count <= lowered.count && Array(lowered.suffix(phrase.count)) == phrase
        }
    }

    /// "PETER/AFP", "Cairns/The": a slash between a letter and a capital letter.
    private static func hasNameSlash(_ word: ArraySlice<UInt8>) -> Bool {
        // Past the first byte and before the last: a slash there is neither the first scalar nor the last.
        var i = word.startIndex + 1
        while i < word.endIndex - 1 {
            if word[i] == UInt8(ascii: "/"), word.scalar(before: i).scalar.properties.isAlphabetic,
                word.scalar(at: i + 1).scalar.properties.isUppercase
            {
                return true
            }
            i += 1
        }
        return false
    }

    private static let connectors = WordList([
        "via", "for", "of", "the", "and", "by", "courtesy", "de", "la", "van", "von", "du", "le", "photo", "",
    ])
}
