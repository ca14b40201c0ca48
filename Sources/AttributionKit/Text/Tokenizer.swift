/// Cuts a block's text into tokens in one pass over its Unicode scalars.
///
/// Abbreviations ("Gen.", "U.S.", "Oct."), initials and acronyms keep their period, so the
/// sentence splitter never sees it; apostrophes inside words ("it’s", "don't") stay in the word,
/// a possessive "’s" becomes its own token.
public struct Tokenizer: Sendable {
    let vocabulary: Vocabulary

    public init() {
        vocabulary = .shared
    }

    public func tokenize(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 4)
        // The lowercase UTF-8 of the current token, reused from token to token.
        var lowered: [UInt8] = []
        let n = text.count
        var i = 0
        var space = true
        while i < n {
            let c = text[i]
            if Tokenizer.isSpace(c) {
                space = true
                if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
                i += 1
                continue
            }
            let start = i
            if Tokenizer.isAlnum(c) {
                var end = wordEnd(text, from: i)
                let isNumber = Tokenizer.isDigit(c)
                Tokenizer.lowercase(text, start, end, into: &lowered)
                // Keep the period of abbreviations, initials and acronyms.
                if end < n, text[end] == ".", !isNumber,
                    keepsPeriod(&lowered, isInitial: end - start == 1 && Tokenizer.isUpper(text[start]))
                {
                    end += 1
                }
                tokens.append(
                    token(
                        isNumber ? .number : .word, start, end, lowered, isCapitalized: Tokenizer.isUpper(c), spaceBefore: space,
                        spaceAfter: end >= n))
                i = end
            } else if (c == "'" || c == "`"), i + 1 < n, text[i + 1] == c {
                // '' and `` stand for double quotation marks in some wire copy.
                var quote = token(.quote, i, i + 2, Tokenizer.doubleMark, isCapitalized: false, spaceBefore: space, spaceAfter: i + 2 >= n)
                quote.mark = c == "`" ? .doubleOpen : .doubleStraight
                tokens.append(quote)
                i += 2
            } else if let mark = Tokenizer.quoteMark(c) {
                // A possessive "’s" after a word is a word of its own, not a quotation mark.
                if (mark == .singleClose || mark == .singleStraight), !space, i + 1 < n,
                    text[i + 1] == "s" || text[i + 1] == "S",
                    i + 2 >= n || !Tokenizer.isAlnum(text[i + 2])
                {
                    tokens.append(token(.word, i, i + 2, Tokenizer.possessive, isCapitalized: false, spaceBefore: false, spaceAfter: i + 2 >= n))
                    i += 2
                } else {
                    Tokenizer.encode(c, into: &lowered)
                    var quote = token(.quote, i, i + 1, lowered, isCapitalized: false, spaceBefore: space, spaceAfter: i + 1 >= n)
                    quote.mark = mark
                    tokens.append(quote)
                    i += 1
                }
            } else {
                var end = i + 1
                // "..." is one mark, like "…".
                if c == ".", end + 1 < n, text[end] == ".", text[end + 1] == "." { end += 2 }
                Tokenizer.encode(c, into: &lowered)
                let mark = end - i == 3 ? Tokenizer.ellipsis : lowered
                tokens.append(token(.punctuation, start, end, mark, isCapitalized: false, spaceBefore: space, spaceAfter: end >= n))
                i = end
            }
            space = false
        }
        return tokens
    }

    /// A token whose lowercased text is `lowered`, looked up once in the vocabulary.
    func token(
        _ kind: Token.Kind, _ start: Int, _ end: Int, _ lowered: [UInt8], isCapitalized: Bool, spaceBefore: Bool, spaceAfter: Bool
    ) -> Token {
        let word = vocabulary.word(spelled: lowered)
        return Token(
            kind: kind, start: start, end: end, word: word, traits: vocabulary.traits(of: word).union(WordTraits.endings(of: lowered)),
            isCapitalized: isCapitalized, spaceBefore: spaceBefore, spaceAfter: spaceAfter, mark: nil)
    }

    /// Whether a word followed by "." keeps it (and then appends it to `lowered`): an abbreviation,
    /// also after a hyphen ("D-Vt."), an initial, or an acronym ("U.S").
    func keepsPeriod(_ lowered: inout [UInt8], isInitial: Bool) -> Bool {
        let period = UInt8(ascii: ".")
        let afterHyphen = (lowered.lastIndex(of: UInt8(ascii: "-")) ?? -1) + 1
        let keeps = isInitial || lowered.contains(period)
            || vocabulary.traits(of: vocabulary.word(spelled: lowered + [period])).contains(.abbreviation)
            || vocabulary.traits(of: vocabulary.word(spelled: Array(lowered[afterHyphen...]) + [period])).contains(.abbreviation)
        if keeps { lowered.append(period) }
        return keeps
    }

    static let doubleMark = Array("\"".utf8)
    static let possessive = Array("'s".utf8)
    static let ellipsis = Array("…".utf8)

    /// End of the word starting at `i`: letters and digits, joined by inner hyphens,
    /// apostrophes before letters (not a possessive "’s") and the periods of acronyms ("U.S").
    func wordEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        let n = text.count
        var i = start
        var segment = 0
        while i < n {
            let c = text[i]
            if Tokenizer.isAlnum(c) {
                i += 1
                segment += 1
                continue
            }
            guard i + 1 < n, Tokenizer.isAlnum(text[i + 1]) else { break }
            switch c {
            case "-", "‑", "&":
                segment = 0
                i += 1
            case "'", "’":
                let s = text[i + 1]
                if (s == "s" || s == "S") && (i + 2 >= n || !Tokenizer.isAlnum(text[i + 2])) { return i }
                i += 1
            case ".":
                // "U.S", "a.m": short segments joined by periods; "3.5" inside numbers.
                if segment <= 2 || Tokenizer.isDigit(text[i - 1]) {
                    segment = 0
                    i += 1
                } else {
                    return i
                }
            case ",":
                if Tokenizer.isDigit(text[i - 1]) && Tokenizer.isDigit(text[i + 1]) {
                    i += 1
                } else {
                    return i
                }
            default:
                return i
            }
        }
        return i
    }

    /// The lowercased UTF-8 of `text[start..<end]` into `lowered` (ASCII straight, other scripts
    /// through `lowercase`).
    static func lowercase(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, into lowered: inout [UInt8]) {
        lowered.removeAll(keepingCapacity: true)
        for i in start..<end {
            let v = text[i].value
            guard v < 128 else {
                lowered.removeAll(keepingCapacity: true)
                lowered.append(contentsOf: lowercase(text, start, end).utf8)
                return
            }
            lowered.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
        }
    }

    /// The lowercased text of `text[start..<end]`, written straight into the string's storage
    /// (short words stay inline, without allocation); "’" becomes "'".
    static func lowercase(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var ascii = true
        for i in start..<end where text[i].value >= 128 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for i in start..<end {
                    let v = UInt8(text[i].value)
                    buffer[i - start] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return end - start
            }
        }
        var view = String.UnicodeScalarView()
        for i in start..<end {
            let c = text[i]
            if c == "’" {
                view.append("'")
            } else if c.properties.isUppercase {
                view.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                view.append(c)
            }
        }
        return String(view)
    }

    /// The UTF-8 of one scalar into `utf8`.
    static func encode(_ c: Unicode.Scalar, into utf8: inout [UInt8]) {
        utf8.removeAll(keepingCapacity: true)
        UTF8.encode(c) { utf8.append($0) }
    }

    /// The text of some scalars, encoded straight into the string's storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for c in scalars { count += UTF8.width(c) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for c in scalars {
                UTF8.encode(c) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{2009}" || c == "\u{200B}"
            || c == "\u{202F}" || c == "\u{3000}"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    static func quoteMark(_ c: Unicode.Scalar) -> QuoteMark? {
        switch c {
        case "“", "„", "«": return .doubleOpen
        case "”", "»": return .doubleClose
        case "\"": return .doubleStraight
        case "‘", "‚": return .singleOpen
        case "’": return .singleClose
        case "'": return .singleStraight
        default: return nil
        }
    }
}
