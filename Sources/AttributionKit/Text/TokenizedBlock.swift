/// One prose block read once: its scalars, tokens, quotation spans and sentences.
///
/// A class, so the block reader, mention parser and via finder share one block without retaining each array.
public final class TokenizedBlock: Sendable {
    public let index: Int
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let quotes: [QuoteSpan]
    public let sentences: [Range<Int>]
    /// For each token, the index in `quotes` of the quote holding it (marks included), or -1.
    public let quoteOf: [Int32]

    public init(index: Int, text: String) {
        self.index = index
        scalars = text.scalarArray
        tokens = Tokenizer().tokenize(scalars)
        quotes = QuoteScanner().scan(tokens)
        sentences = SentenceSplitter().split(tokens, quotes: quotes)
        var owner = [Int32](repeating: -1, count: tokens.count)
        for (q, quote) in quotes.enumerated() {
            for k in quote.first..<quote.last { owner[k] = Int32(q) }
        }
        quoteOf = owner
    }

    /// The lowercased text of token `k`, for the few rules that need the string itself.
    public func lower(_ k: Int) -> String {
        let token = tokens[k]
        return token.word == .other ? Tokenizer.lowercase(scalars, token.start, token.end) : Vocabulary.shared.text(of: token.word)
    }

    /// Whether token `k` is all ASCII.
    public func isASCII(_ k: Int) -> Bool {
        scalars[tokens[k].start..<tokens[k].end].allSatisfy { $0.isASCII }
    }

    /// The text of the scalars `range`.
    public func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The text from the start of token `from` to the end of token `to - 1`.
    public func text(tokens range: Range<Int>) -> String {
        text(scalarRange(range))
    }

    /// Whether most words of four letters or more are capitalized, as in a headline in title case.
    public var isTitleCase: Bool {
        // Capitalized long words count one up, others one down: counted in one pass, with no array.
        var balance = 0
        for token in tokens where token.isWord && token.end - token.start >= 4 { balance += token.isCapitalized ? 1 : -1 }
        return balance > 0
    }

    /// The text of the tokens `range` with its first letter in lowercase: for a phrase whose first
    /// word ("The", "In") is capitalized only because it opens the sentence.
    public func textLoweringFirst(tokens range: Range<Int>) -> String {
        let range = scalarRange(range)
        // An ASCII capital before another ASCII scalar: that letter lowered, then the rest made from
        // the scalars (rather than the whole text made, copied into bytes to lower one, and decoded again).
        if range.count >= 2, (65...90).contains(scalars[range.lowerBound].value), scalars[range.lowerBound + 1].isASCII {
            return String(Unicode.Scalar(UInt8(scalars[range.lowerBound].value) + 32)) + text((range.lowerBound + 1)..<range.upperBound)
        }
        let text = text(range)
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Scalar range covered by a token range.
    public func scalarRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < tokens.count ? tokens[range.lowerBound].start : scalars.count
            return at..<at
        }
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }
}
