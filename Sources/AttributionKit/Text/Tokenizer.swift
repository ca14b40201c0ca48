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
        // The latest token, appended once the next one starts, so whitespace after it sets its
        // `spaceAfter` in place rather than in the array.
        var latest: Token? = nil
        while i < n {
            let c = text[i]
            if Tokenizer.isSpace(c) {
                space = true
                latest?.spaceAfter = true
                i += 1
                continue
            }
            if let latest { tokens.append(latest) }
            let start = i
            if Tokenizer.isAlnum(c) {
                var (end, isASCII, hash) = wordEnd(text, from: i)
                let kind: Token.Kind = Tokenizer.isDigit(c) ? .number : .word
                // A capital letter and period ending the text closes a sentence ("… in a post on X."), not an initial.
                let isInitial = end - start == 1 && Tokenizer.isUpper(c) && end + 1 < n
                // Keep the period of abbreviations, initials and acronyms.
                let mayKeepPeriod = end < n && text[end] == "." && kind == .word
                let word: Token
                if isASCII {
                    // Most words: read and lowercased straight from the scalars, through a buffer pointer
                    // that the closures capture without retaining the array, and hashed as they were scanned.
                    word = text.withUnsafeBufferPointer { scalars in
                        let lower = { (j: Int) in Tokenizer.asciiLowercase(scalars[start + j]) }
                        if mayKeepPeriod, keepsPeriod(count: end - start, hash: hash, isInitial: isInitial, byte: lower) {
                            end += 1
                            hash = ByteTable.hash(hash, adding: UInt8(ascii: "."))
                        }
                        return token(
                            kind, start, end, count: end - start, hash: hash, byte: lower, isCapitalized: Tokenizer.isUpper(c),
                            spaceBefore: space, spaceAfter: end >= n)
                    }
                } else {
                    Tokenizer.lowercase(text, start, end, into: &lowered)
                    if mayKeepPeriod,
                        keepsPeriod(count: lowered.count, hash: ByteTable.runningHash(of: lowered), isInitial: isInitial, byte: { lowered[$0] })
                    {
                        lowered.append(UInt8(ascii: "."))
                        end += 1
                    }
                    word = token(kind, start, end, lowered, isCapitalized: Tokenizer.isUpper(c), spaceBefore: space, spaceAfter: end >= n)
                }
                latest = word
                i = end
            } else if (c == "'" || c == "`"), i + 1 < n, text[i + 1] == c {
                // '' and `` stand for double quotation marks in some wire copy.
                var quote = token(.quote, i, i + 2, mark: "\"", spaceBefore: space, spaceAfter: i + 2 >= n)
                quote.mark = c == "`" ? .doubleOpen : .doubleStraight
                latest = quote
                i += 2
            } else if let mark = Tokenizer.quoteMark(c) {
                // A possessive "’s" after a word is a word of its own, not a quotation mark.
                if (mark == .singleClose || mark == .singleStraight), !space, i + 1 < n,
                    text[i + 1] == "s" || text[i + 1] == "S",
                    i + 2 >= n || !Tokenizer.isAlnum(text[i + 2])
                {
                    latest = token(.word, i, i + 2, Tokenizer.possessive, isCapitalized: false, spaceBefore: false, spaceAfter: i + 2 >= n)
                    i += 2
                } else {
                    var quote = token(.quote, i, i + 1, mark: c, spaceBefore: space, spaceAfter: i + 1 >= n)
                    quote.mark = mark
                    latest = quote
                    i += 1
                }
            } else {
                var end = i + 1
                // "..." is one mark, like "…".
                if c == ".", end + 1 < n, text[end] == ".", text[end + 1] == "." { end += 2 }
                latest = token(.punctuation, start, end, mark: end - i == 3 ? "…" : c, spaceBefore: space, spaceAfter: end >= n)
                i = end
            }
            space = false
        }
        if let latest { tokens.append(latest) }
        return tokens
    }

    /// A token whose lowercased text is `lowered`, looked up once in the vocabulary.
    func token(
        _ kind: Token.Kind, _ start: Int, _ end: Int, _ lowered: [UInt8], isCapitalized: Bool, spaceBefore: Bool, spaceAfter: Bool
    ) -> Token {
        token(
            kind, start, end, count: lowered.count, hash: ByteTable.runningHash(of: lowered), byte: { lowered[$0] }, isCapitalized: isCapitalized,
            spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    /// A mark's token, its text the one scalar `mark` (read from the scalar's own UTF-8, no buffer).
    func token(_ kind: Token.Kind, _ start: Int, _ end: Int, mark: Unicode.Scalar, spaceBefore: Bool, spaceAfter: Bool) -> Token {
        let utf8 = mark.utf8
        return token(
            kind, start, end, count: utf8.count, hash: ByteTable.runningHash(of: utf8), byte: { utf8[$0] },
            isCapitalized: false, spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    /// A token whose lowercased text is `count` bytes of UTF-8, `byte(j)` giving the `j`th, `hash`
    /// their running `ByteTable` hash.
    @inline(__always)
    func token(
        _ kind: Token.Kind, _ start: Int, _ end: Int, count: Int, hash: UInt64, byte: (Int) -> UInt8, isCapitalized: Bool,
        spaceBefore: Bool, spaceAfter: Bool
    ) -> Token {
        let word = vocabulary.word(count: count, hash: ByteTable.finished(hash), byte: byte)
        return Token(
            kind: kind, start: start, end: end, word: word,
            traits: vocabulary.traits(of: word).union(WordTraits.endings(count: count, byte: byte)), isCapitalized: isCapitalized,
            spaceBefore: spaceBefore, spaceAfter: spaceAfter, mark: nil)
    }

    /// Whether a word (`count` lowercase UTF-8 bytes, `byte(j)` the `j`th, `hash` their running
    /// `ByteTable` hash) followed by "." keeps it: an acronym ("U.S"), an initial, or an
    /// abbreviation, also after a hyphen ("D-Vt.").
    @inline(__always)
    func keepsPeriod(count: Int, hash: UInt64, isInitial: Bool, byte: (Int) -> UInt8) -> Bool {
        let period = UInt8(ascii: ".")
        var afterHyphen = 0
        for j in 0..<count {
            if byte(j) == period { return true }
            if byte(j) == UInt8(ascii: "-") { afterHyphen = j + 1 }
        }
        if isInitial { return true }
        func withPeriod(_ j: Int) -> UInt8 { j < count ? byte(j) : period }
        let whole = vocabulary.word(count: count + 1, hash: ByteTable.finished(ByteTable.hash(hash, adding: period)), byte: withPeriod)
        if vocabulary.traits(of: whole).contains(.abbreviation) { return true }
        guard afterHyphen > 0 else { return false }
        // The part after the hyphen, with the period.
        let last = vocabulary.word(count: count - afterHyphen + 1) { withPeriod(afterHyphen + $0) }
        return vocabulary.traits(of: last).contains(.abbreviation)
    }

    /// The possessive's text, which the tokenizer writes "'s" whatever its apostrophe.
    static let possessive = Array("'s".utf8)

    /// End of the word starting at `i`: letters and digits, joined by inner hyphens,
    /// apostrophes before letters (not a possessive "’s") and the periods of acronyms ("U.S");
    /// whether all its scalars are ASCII, and then the running `ByteTable` hash of its lowercase.
    func wordEnd(_ text: [Unicode.Scalar], from start: Int) -> (end: Int, isASCII: Bool, hash: UInt64) {
        let n = text.count
        var i = start
        var segment = 0
        // The scalars of the word ORed together: all ASCII when below 128.
        var bits: UInt32 = 0
        var hash = ByteTable.hashSeed
        // Takes the scalar at `i` into the word.
        func take() {
            bits |= text[i].value
            hash = ByteTable.hash(hash, adding: Tokenizer.asciiLowercase(text[i]))
            i += 1
        }
        while i < n {
            let c = text[i]
            if Tokenizer.isAlnum(c) {
                take()
                segment += 1
                continue
            }
            guard i + 1 < n, Tokenizer.isAlnum(text[i + 1]) else { break }
            switch c {
            case "-", "‑", "&":
                take()
                segment = 0
            case "'", "’":
                let s = text[i + 1]
                if (s == "s" || s == "S") && (i + 2 >= n || !Tokenizer.isAlnum(text[i + 2])) { return (i, bits < 128, hash) }
                take()
            case ".":
                // "U.S", "a.m": short segments joined by periods; "3.5" inside numbers.
                guard segment <= 2 || Tokenizer.isDigit(text[i - 1]) else { return (i, bits < 128, hash) }
                take()
                segment = 0
            case ",", "/":
                // "1,200", "9/11", "24/7": marks between digits stay inside the number.
                guard Tokenizer.isDigit(text[i - 1]) && Tokenizer.isDigit(text[i + 1]) else { return (i, bits < 128, hash) }
                take()
            default:
                return (i, bits < 128, hash)
            }
        }
        return (i, bits < 128, hash)
    }

    /// The lowercased UTF-8 of `text[start..<end]` into `lowered`, for words with letters beyond
    /// ASCII (ASCII words are lowercased byte by byte where they are read).
    static func lowercase(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, into lowered: inout [UInt8]) {
        lowered.removeAll(keepingCapacity: true)
        lowered.append(contentsOf: lowercase(text, start, end).utf8)
    }

    /// The lowercased text of `text[start..<end]`, written straight into the string's storage
    /// (short words stay inline, without allocation); "’" becomes "'".
    static func lowercase(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        if let ascii = String(asciiLowercasing: text[start..<end]) { return ascii }
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

    /// The lowercase of an ASCII scalar, as a byte.
    @inline(__always)
    static func asciiLowercase(_ c: Unicode.Scalar) -> UInt8 {
        UInt8(truncatingIfNeeded: c.value).asciiLowercased
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{2009}" || c == "\u{200B}"
            || c == "\u{202F}" || c == "\u{3000}"
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    @inline(__always)
    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return isAlnumBeyondASCII(c)
    }

    /// `isAlnum` for scalars beyond ASCII, out of line so the ASCII path stays a few comparisons.
    @inline(never)
    static func isAlnumBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        // General Punctuation (curly quotes, dashes, spaces) holds no letter or digit: skip the property lookup.
        if c.value >= 0x2000 && c.value <= 0x206F { return false }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Letters (the Unicode Alphabetic property), checked by range for ASCII.
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inline(__always)
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
