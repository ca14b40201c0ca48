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
        // The line's last word does not end a sentence here (the line would end in punctuation).
        guard let tail = creditTail(line) else { return false }
        return isCredit(words: tail, in: line)
    }

    /// "… greets a delegation in Sorvin. Tomas Brel/AFP via Getty Images.": a credit that ends the line
    /// as a sentence of its own, period and all. Only the last dozen words are read, and the credit
    /// must say it is one (a Name/Agency slash, "via", "Photo"): "… blaming Michael R. Bloomberg." is prose.
    private static func endsInCreditSentence(_ line: LineShape) -> Bool {
        guard line.text.last == UInt8(ascii: "."), let tail = creditTail(line) else { return false }
        let marked = line.bareWord(in: tail[0], isIn: IngestLexicon.creditWords)
            || tail.contains { line.word(in: $0, is: "via") || hasNameSlash(line.text[$0]) }
        // Counted last: a paragraph's words are counted only when its tail reads as a credit.
        return marked && isCredit(words: tail, in: line) && line.hasWordCount(in: 1...90)
    }

    /// The words a credit ending the line would be: its last word and those before it back to the last
    /// one ending a sentence (or to the line's start), read from the end. Nil when they are more than a
    /// dozen or one is neither capitalised nor a connector, which rules most lines out at their last word.
    private static func creditTail(_ line: LineShape) -> [Range<Int>]? {
        var tail: [Range<Int>] = []
        var couldBeCredit = true
        line.forEachWordFromEnd { word in
            guard tail.isEmpty || !endsSentence(line.text[word]) else { return false }
            guard tail.count < 12, isCreditWord(word, in: line) else {
                couldBeCredit = false
                return false
            }
            // Room for the dozen words at most, made only for a line whose last word could end a credit.
            if tail.isEmpty { tail.reserveCapacity(12) }
            tail.append(word)
            return true
        }
        return couldBeCredit ? tail.reversed() : nil
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
        return isCredit(words: shape.words, in: shape)
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
    private static func isCredit(words: [Range<Int>], in line: LineShape) -> Bool {
        guard let firstWord = words.first, words.allSatisfy({ isCreditWord($0, in: line) }) else { return false }
        if line.bareWord(in: firstWord, isIn: IngestLexicon.creditWords) { return true }
        if words.contains(where: { hasNameSlash(line.text[$0]) }) { return true }
        let lowered = words.map { line.bareWord(in: $0) }
        return IngestLexicon.creditPhrases.contains { phrase in
            phrase.count <= lowered.count && Array(lowered.suffix(phrase.count)) == phrase
        }
    }

    /// A word a credit may hold: a capitalised one, or a connector ("via", "of").
    private static func isCreditWord(_ word: Range<Int>, in line: LineShape) -> Bool {
        line.isCapitalized(in: word) || line.bareWord(in: word, isIn: connectors)
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
