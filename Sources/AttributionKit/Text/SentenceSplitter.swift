/// Cuts a block's tokens into sentences, never inside a quotation span.
///
/// A sentence ends at ".", "!", "?" (abbreviations keep their period inside the word token, so
/// "Gen." or "U.S." never end one), together with closing marks right after it, when the next
/// token starts a new sentence: a capitalized word, a number, an opening mark or the block's end.
public struct SentenceSplitter: Sendable {
    /// Reporting verbs: a quote ending in "!" or "?" followed by `Smith said` keeps its sentence.
    let cues: Set<String>
    /// Abbreviations that may still end a sentence ("in the U.S. He said"), before a word from `starters`.
    let closingAbbreviations: Set<String>
    /// Words that open sentences: pronouns and function words.
    let starters: Set<String>

    public init(cues: Set<String> = [], closingAbbreviations: Set<String> = [], starters: Set<String> = []) {
        self.cues = cues
        self.closingAbbreviations = closingAbbreviations
        self.starters = starters
    }

    public func split(_ tokens: [Token], quotes: [QuoteSpan]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var k = 0
        var q = 0
        let n = tokens.count
        while k < n {
            // Inside a quote: only its end can close a sentence.
            if q < quotes.count, quotes[q].first == k {
                let quote = quotes[q]
                q += 1
                k = quote.last
                let lastInside = quote.content.upperBound - 1
                if lastInside >= quote.content.lowerBound, tokens[lastInside].isSentenceFinal, startsSentence(tokens, at: k),
                    tokens[lastInside].lower == "." || !cueFollows(tokens, at: k)
                {
                    sentences.append(start..<k)
                    start = k
                }
                continue
            }
            if tokens[k].isWord, closingAbbreviations.contains(tokens[k].lower), k + 1 < n, tokens[k + 1].isCapitalized,
                starters.contains(tokens[k + 1].lower)
            {
                sentences.append(start..<(k + 1))
                start = k + 1
                k += 1
                continue
            }
            if tokens[k].isSentenceFinal {
                var end = k + 1
                while end < n, tokens[end].kind == .punctuation, tokens[end].lower == ")" || tokens[end].isSentenceFinal {
                    end += 1
                }
                if tokens[k].lower != "…" || (end < n && tokens[end].isCapitalized), startsSentence(tokens, at: end) {
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

    /// A reporting verb within the next few words, before any sentence end: `“Wow!” Smith said.`
    func cueFollows(_ tokens: [Token], at k: Int) -> Bool {
        var i = k
        while i < tokens.count, i < k + 7 {
            let t = tokens[i]
            guard t.isWord else { return false }
            if cues.contains(t.lower) { return true }
            i += 1
        }
        return false
    }

    func startsSentence(_ tokens: [Token], at k: Int) -> Bool {
        guard k < tokens.count else { return true }
        let t = tokens[k]
        if t.kind == .quote { return t.mark != .doubleClose && t.mark != .singleClose }
        return t.isCapitalized || t.kind == .number || (t.kind == .punctuation && (t.lower == "(" || t.lower == "["))
    }
}
