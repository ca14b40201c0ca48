/// One prose block read once: its UTF-8 text, tokens, quotation spans and sentences.
///
/// A class, so the block reader, mention parser and via finder share one block without retaining each array.
/// The text stays UTF-8 (a quarter of the memory of scalars); tokens carry both their scalar offsets,
/// which spans leaving the engine count, and their byte offsets, which read the text.
public final class TokenizedBlock: Sendable {
    public let index: Int
    /// The block's text as UTF-8, which each token spans by its `utf8Range`.
    public let utf8: [UInt8]
    public let tokens: [Token]
    public let quotes: [QuoteSpan]
    public let sentences: [Range<Int>]
    /// For each token, the index in `quotes` of the quote holding it (marks included), or -1.
    public let quoteOf: [Int32]

    public init(index: Int, text: String) {
        self.index = index
        utf8 = Array(text.utf8)
        // The quotation marks' indices, listed as the tokens are made, so the passes after read only them.
        var marks: [Int] = []
        let tokens = Tokenizer.joiningMarksInNames(utf8.withUnsafeBufferPointer { Tokenizer().tokenize($0, marks: &marks) }, marks: &marks)
        let quotes = QuoteScanner().scan(tokens, marks: marks)
        self.tokens = tokens
        self.quotes = quotes
        var sentences = SentenceSplitter().split(tokens, quotes: quotes)
        // "— Per Xinhua, …", "• “We waited,” Kell wrote.": a list mark opening the block is no word of its first
        // sentence, so the rules that read a sentence's opening ("Per NAME, …", a quote first) see its first word;
        // nor is the time of a live blog's entry ("11:15 Police said …" names no "15 Police").
        if let first = sentences.first, first.count > 1 {
            let opening = TokenizedBlock.opensWithListMark(tokens, utf8: utf8) ? 1 : TokenizedBlock.entryTimeLength(tokens, utf8: utf8)
            if opening > 0, opening < first.count { sentences[0] = opening..<first.upperBound }
        }
        self.sentences = sentences
        // Filled by the specialized `filledWith` (`unsafeUninitializedCapacity` looks up the array's generic
        // type at each call), then the quotes written in place, with no check of the array's uniqueness per token.
        var quoteOf = [Int32](filledWith: -1, count: tokens.count)
        quoteOf.withUnsafeMutableBufferPointer { owner in
            for (q, quote) in quotes.enumerated() {
                for k in quote.first..<quote.last { owner[k] = Int32(q) }
            }
        }
        self.quoteOf = quoteOf
    }

    /// Whether the tokens open with a mark of a list item written as plain text (a dash, a bullet, an asterisk),
    /// but not one of a pair of dashes around a heading ("– ‘Who cares?’ –.").
    static func opensWithListMark(_ tokens: [Token], utf8: [UInt8]) -> Bool {
        func isListMark(_ k: Int) -> Bool {
            guard tokens[k].kind == .punctuation else { return false }
            switch firstScalar(of: tokens[k], in: utf8) {
            case "\u{2014}", "\u{2013}", "\u{2015}", "-", "\u{2022}", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25BA}", "*": return true
            default: return false
            }
        }
        return tokens.count > 2 && isListMark(0) && !isListMark(tokens.count - 1) && !isListMark(tokens.count - 2)
    }

    /// The number of tokens of a clock time that opens a live blog's entry ("09:25", "1:15pm:", "11.40am GMT", "11:40 -"),
    /// with its time zone and the colon or dash after it; 0 when the block opens otherwise. Only the first few tokens are read.
    static func entryTimeLength(_ tokens: [Token], utf8: [UInt8]) -> Int {
        guard tokens.count > 4, tokens[0].kind == .number else { return 0 }
        /// Whether the bytes are two digits of minutes, with "am" or "pm" joined to them or not.
        func areMinutes(_ bytes: ArraySlice<UInt8>, meridiemRequired: Bool) -> Bool {
            bytes.prefix(2).allSatisfy(Tokenizer.isDigit)
                && ((bytes.count == 2 && !meridiemRequired) || (bytes.count == 4 && TokenizedBlock.meridiems.contains(Tokenizer.lowercase(bytes.suffix(2)))))
        }
        var end: Int
        let first = utf8[tokens[0].utf8Range]
        if first.count <= 2, tokens[1].word == .colon, tokens[2].kind == .number, areMinutes(utf8[tokens[2].utf8Range], meridiemRequired: false) {
            end = 3
        } else if let period = first.firstIndex(of: UInt8(ascii: ".")), period - first.startIndex <= 2,
            areMinutes(first[(period + 1)...], meridiemRequired: true)
        {
            // "11.15am": the British style, told from a decimal ("12.50 euros") by its "am" or "pm".
            end = 1
        } else {
            return 0
        }
        if TokenizedBlock.meridiems.contains(Tokenizer.lowercase(utf8[tokens[end].utf8Range])) { end += 1 }
        if TokenizedBlock.timeZones.contains(Tokenizer.lowercase(utf8[tokens[end].utf8Range])) { end += 1 }
        // ("p.m." keeps its last period as a token of its own.)
        while end < tokens.count - 1, tokens[end].kind == .punctuation, end < 7 {
            let mark = tokens[end]
            guard mark.word == .colon || mark.word == .period || ["-", "\u{2013}", "\u{2014}"].contains(firstScalar(of: mark, in: utf8)) else { break }
            end += 1
        }
        return end
    }

    /// The marks of a time before or after noon, joined to its minutes ("11.15am") or not ("11:15 p.m.").
    static let meridiems: Set<String> = ["am", "pm", "a.m", "p.m"]

    /// Time zones written after a live blog entry's time ("11:40 GMT").
    static let timeZones: Set<String> = ["gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "ist", "aest", "jst"]

    /// The lowercased text of token `k`, for the few rules that need the string itself.
    public func lower(_ k: Int) -> String {
        let token = tokens[k]
        return token.word == .other ? Tokenizer.lowercase(utf8[token.utf8Range]) : Vocabulary.shared.text(of: token.word)
    }

    /// Whether the lowercased text of token `k` is `text` (lowercase ASCII letters): `lower(k) == text`, without
    /// making the string of a word outside the vocabulary, which the rules asked of a name's every word.
    public func lower(_ k: Int, is text: String) -> Bool {
        let token = tokens[k]
        guard token.word == .other else { return Vocabulary.shared.spells(token.word, text) }
        let bytes = utf8[token.utf8Range]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return Tokenizer.lowercase(bytes) == text }
        return bytes.elementsEqual(text.utf8) { $0.asciiLowercased == $1 }
    }

    /// Whether token `k` is all ASCII.
    public func isASCII(_ k: Int) -> Bool {
        utf8[tokens[k].utf8Range].allSatisfy { $0 < 0x80 }
    }

    /// The scalars of token `k` (a short token's text stays inline, without allocation).
    public func scalars(of k: Int) -> String.UnicodeScalarView {
        text(tokens: k..<(k + 1)).unicodeScalars
    }

    /// The first scalar of token `k`: a mark's own, for the rules that tell dashes and hyphens apart.
    public func firstScalar(of k: Int) -> Unicode.Scalar {
        TokenizedBlock.firstScalar(of: tokens[k], in: utf8)
    }

    /// The first scalar of `token` in the text `utf8`, for a block still being made.
    static func firstScalar(of token: Token, in utf8: [UInt8]) -> Unicode.Scalar {
        utf8.withUnsafeBufferPointer { Tokenizer.scalar(in: $0, at: Int(token.utf8Start)).scalar }
    }

    /// The text of the bytes `range`.
    func text(utf8 range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// The text from the start of token `from` to the end of token `to - 1`.
    public func text(tokens range: Range<Int>) -> String {
        text(utf8: utf8Range(range))
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
        let range = utf8Range(range)
        // An ASCII capital before another ASCII scalar: the bytes copied once into the new string and
        // that letter lowered there (rather than the whole text made, copied to lower one letter, and made again).
        if range.count >= 2, (65...90).contains(utf8[range.lowerBound]), utf8[range.lowerBound + 1] < 0x80 {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                _ = buffer.initialize(from: utf8[range])
                buffer[0] += 32
                return range.count
            }
        }
        let text = text(utf8: range)
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The number of Unicode scalars in the text, where an empty range after the last token stands:
    /// counted from the last token's end, so a block is not read again for the rare range that asks.
    public var scalarCount: Int {
        guard let last = tokens.last else { return Tokenizer.scalarCount(of: utf8) }
        return last.end + Tokenizer.scalarCount(of: utf8[last.utf8Range.upperBound...])
    }

    /// Scalar range covered by a token range.
    public func scalarRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < tokens.count ? tokens[range.lowerBound].start : scalarCount
            return at..<at
        }
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// Byte range of `utf8` covered by a token range.
    func utf8Range(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < tokens.count ? Int(tokens[range.lowerBound].utf8Start) : utf8.count
            return at..<at
        }
        return Int(tokens[range.lowerBound].utf8Start)..<Int(tokens[range.upperBound - 1].utf8End)
    }
}
