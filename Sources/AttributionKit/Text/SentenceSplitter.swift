/// Cuts a block's tokens into sentences, never inside a quotation span.
///
/// A sentence ends at ".", "!", "?" (abbreviations keep their period inside the word token, so
/// "Gen." or "U.S." never end one), together with closing marks right after it, when the next
/// token starts a new sentence: a capitalized word, a number, an opening mark or the block's end.
///
/// A quote ending in "!" or "?" followed by a speech verb (`Smith said`) keeps its sentence; a
/// closing abbreviation ("in the U.S. He said") or an initial ("Plan B. The council") ends one
/// before a capitalized sentence starter.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ tokens: [Token], quotes: [QuoteSpan]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        // A sentence runs to some twenty tokens or more: room made once, not grown from one.
        sentences.reserveCapacity(tokens.count / 16 + 2)
        var start = 0
        var k = 0
        var q = 0
        // The first token of quote `q`, -1 once no quote is left.
        var quoteStart = quotes.first?.first ?? -1
        let n = tokens.count
        // The traits of every token that may end a sentence, but a quote's first mark: a final mark, a
        // closing abbreviation, an initial (which ends in its period).
        let mayEndSentence: WordTraits = [.sentenceFinalMark, .closingAbbreviation, .endsInPeriod]
        while k < n {
            // Most tokens end no sentence: a test of their traits skips them.
            if tokens[k].traits.isDisjoint(with: mayEndSentence), k != quoteStart {
                k += 1
                continue
            }
            // Inside a quote: only its end can close a sentence.
            if k == quoteStart {
                let quote = quotes[q]
                q += 1
                quoteStart = q < quotes.count ? quotes[q].first : -1
                k = quote.last
                let lastInside = quote.content.upperBound - 1
                if lastInside >= quote.content.lowerBound, tokens[lastInside].isSentenceFinal, startsSentence(tokens, at: k),
                    tokens[lastInside].word == .period || !cueFollows(tokens, at: k)
                {
                    sentences.append(start..<k)
                    start = k
                }
                continue
            }
            if tokens[k].isWord, k + 1 < n, endsSentenceBefore(tokens, at: k) {
                sentences.append(start..<(k + 1))
                start = k + 1
                k += 1
                continue
            }
            if tokens[k].isSentenceFinal {
                var end = k + 1
                while end < n, tokens[end].kind == .punctuation, tokens[end].word == .closeParenthesis || tokens[end].isSentenceFinal {
                    end += 1
                }
                if tokens[k].word != .ellipsis || (end < n && tokens[end].isCapitalized), startsSentence(tokens, at: end) {
                    sentences.append(start..<end)
                    start = end
                    k = end
                    continue
                }
            }
            k += 1
        }
        if start < n { sentences.append(start..<n) }
        return sentences
    }

    /// Whether the word at `k`, ending in its period, ends its sentence: a closing abbreviation or an initial
    /// before a capitalized sentence starter; an initial before an opening quote ("said in a post on X. “How …");
    /// a closing abbreviation or "no." before an opening quote and a capital ("ended at 11 p.m. “This was …",
    /// not "the U.S. “national interest”" nor "the U.S. “Remain in Mexico” policy"); and "no." before any
    /// capitalized word but a number ("Holloway said no. Marsh said …", not "No. 10").
    func endsSentenceBefore(_ tokens: [Token], at k: Int) -> Bool {
        let token = tokens[k]
        let next = tokens[k + 1]
        let isNumberSign = token.word == SentenceSplitter.numberSign
        if token.has(.closingAbbreviation) || isInitial(token) {
            if next.isCapitalized, next.has(.sentenceStarter) { return true }
            if isInitial(token), opensQuote(next) { return true }
        }
        if token.has(.closingAbbreviation) || isNumberSign, opensQuote(next), k + 2 < tokens.count, tokens[k + 2].isCapitalized,
            !opensTitle(tokens, at: k + 2)
        {
            return true
        }
        return isNumberSign && next.isCapitalized && next.kind != .number
    }

    /// Whether the quote whose first word is at `k` is a title, its words capitalized but for small ones ("the U.S.
    /// “Remain in Mexico” policy"), rather than a sentence.
    func opensTitle(_ tokens: [Token], at k: Int) -> Bool {
        var i = k
        while i < tokens.count, i < k + 8, tokens[i].isWord {
            guard tokens[i].isCapitalized || tokens[i].has(.functionWord) else { return false }
            i += 1
        }
        return i < tokens.count && tokens[i].kind == .quote
    }

    /// "no.", an abbreviation only before a number.
    static let numberSign = Word("no.")

    /// A capital letter with its period ("Plan B." before "The council …"): an initial only before a name.
    func isInitial(_ token: Token) -> Bool {
        token.end - token.start == 2 && token.isCapitalized && token.has(.endsInPeriod)
    }

    /// A reporting verb within the next few words, before any sentence end: `“Wow!” Smith said.`
    func cueFollows(_ tokens: [Token], at k: Int) -> Bool {
        var i = k
        while i < tokens.count, i < k + 7 {
            let t = tokens[i]
            guard t.isWord else { return false }
            if t.has(.speechVerb) || Vocabulary.shared.phrasalCueLength(in: tokens, at: i) != nil { return true }
            i += 1
        }
        return false
    }

    /// Whether a quotation mark may open a quote: any but a closing mark.
    func opensQuote(_ t: Token) -> Bool {
        t.kind == .quote && t.mark != .doubleClose && t.mark != .singleClose
    }

    func startsSentence(_ tokens: [Token], at k: Int) -> Bool {
        guard k < tokens.count else { return true }
        let t = tokens[k]
        if t.kind == .quote { return opensQuote(t) }
        return t.isCapitalized || t.kind == .number || (t.kind == .punctuation && (t.word == .openParenthesis || t.word == .openBracket))
    }
}
