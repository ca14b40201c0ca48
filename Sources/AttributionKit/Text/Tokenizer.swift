/// Cuts a block's UTF-8 text into tokens in one pass over its bytes.
///
/// Abbreviations ("Gen.", "U.S.", "Oct."), initials and acronyms keep their period, so the
/// sentence splitter never sees it; apostrophes inside words ("it’s", "don't") stay in the word,
/// a possessive "’s" becomes its own token.
public struct Tokenizer: Sendable {
    let vocabulary: Vocabulary

    public init() {
        vocabulary = .shared
    }

    /// The words of the title "Under Secretary", whose "Under" is no preposition.
    static let under = Word("under")
    static let secretary = Word("secretary")

    /// Makes the "Per" at `k` a given name: a word outside the vocabulary, with none of the preposition's traits.
    static func makeGivenName(_ k: Int, in tokens: inout [Token]) {
        tokens[k].word = .other
        tokens[k].traits = []
    }

    /// Whether the tokens before `k` lead up to a name: an honorific or title ("Mr.", "Captain"), or a relation or title and a
    /// comma ("her husband, …").
    static func introducesName(before k: Int, in tokens: [Token]) -> Bool {
        let title: WordTraits = [.honorific, .titleWord, .genderedTitle]
        guard k > 0 else { return false }
        if tokens[k - 1].has(title) { return true }
        return k > 1 && tokens[k - 1].word == .comma && tokens[k - 2].has(title.union(.anonymousHead))
    }

    /// The tokens of a block's UTF-8 text; their `start` and `end` count Unicode scalars, their
    /// `utf8Start` and `utf8End` bytes.
    public func tokenize(_ utf8: [UInt8]) -> [Token] {
        var marks: [Int] = []
        return utf8.withUnsafeBufferPointer { tokenize($0, marks: &marks) }
    }

    /// `tokenize(_:)` through a buffer pointer, which the closures below capture without retaining
    /// an array; `marks` gets the indices of the quotation marks, for the passes that read only them.
    /// An ASCII byte (most text) is its scalar; other scalars are decoded where they occur.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, marks: inout [Int]) -> [Token] {
        var tokens: [Token] = []
        // Prose holds about one token per five bytes; room for one per four spares most blocks a
        // regrowth, which would double the capacity that a retained block keeps.
        tokens.reserveCapacity(text.count / 4 + 4)
        // The lowercase UTF-8 of a word beyond ASCII, reused from word to word.
        var lowered: [UInt8] = []
        let n = text.count
        var i = 0
        // The bytes before `i` that continue a scalar: byte `i` starts scalar `i - continuations`, so
        // only text beyond ASCII adds to the count.
        var continuations = 0
        var space = true
        while i < n {
            let (c, width) = Tokenizer.scalar(in: text, at: i)
            if Tokenizer.isSpace(c) {
                i += width
                continuations += width - 1
                continue
            }
            let start = i
            let scalar = i - continuations
            var token: Token
            var end: Int
            if Tokenizer.isAlnum(c) {
                let isASCII: Bool
                (end, isASCII) = wordEnd(text, from: i)
                var count = isASCII ? end - start : Tokenizer.scalarCount(of: text[start..<end])
                let kind: Token.Kind = Tokenizer.isDigit(c) ? .number : .word
                // A capital letter and period ending the text, or before a quotation and after no name, closes a sentence
                // ("… in a post on X.", "… wrote on X. “We …"), not an initial ("Robert C. “Bobby” Scott").
                let isInitial = count == 1 && Tokenizer.isUpper(c) && end + 1 < n
                    && (tokens.last?.isCapitalized ?? false || !Tokenizer.opensQuotation(text, afterSpaceAt: end + 1))
                // Keep the period of abbreviations, initials and acronyms.
                let mayKeepPeriod = end < n && text[end] == UInt8(ascii: ".") && kind == .word
                if isASCII {
                    // Most words: read and lowercased straight from the bytes; the word with its period
                    // is the text up to and with the period.
                    if mayKeepPeriod,
                        keepsPeriod(
                            count: end - start, isInitial: isInitial, byte: { text[start + $0].asciiLowercased },
                            isAbbreviationFrom: { asciiEntry(text, (start + $0)..<(end + 1))?.traits.contains(.abbreviation) ?? false })
                    {
                        end += 1
                        count += 1
                    }
                    var (word, traits) = asciiWord(text, start..<end)
                    // "The WHO said": in capitals, the World Health Organization rather than the pronoun.
                    if word == .who, count == 3, (65...90).contains(text[start + 1]) {
                        (word, traits) = (.other, WordTraits.endings(count: count, byte: { text[start + $0].asciiLowercased }))
                    }
                    token = Token(
                        kind: kind, start: scalar, end: scalar + count, word: word, utf8Start: Int32(start), utf8End: Int32(end),
                        traits: traits, isCapitalized: Tokenizer.isUpper(c) || Tokenizer.opensArticledName(text, start, count: count),
                        spaceBefore: space, spaceAfter: false)
                } else {
                    Tokenizer.lowercase(text[start..<end], into: &lowered)
                    if mayKeepPeriod,
                        keepsPeriod(
                            count: lowered.count, isInitial: isInitial, byte: { lowered[$0] },
                            isAbbreviationFrom: { from in
                                // The bytes from `from` on, then the period.
                                let word = vocabulary.word(count: lowered.count - from + 1) {
                                    from + $0 < lowered.count ? lowered[from + $0] : UInt8(ascii: ".")
                                }
                                return vocabulary.traits(of: word).contains(.abbreviation)
                            })
                    {
                        lowered.append(UInt8(ascii: "."))
                        end += 1
                        count += 1
                    }
                    token = self.token(
                        kind, start..<end, scalar..<(scalar + count), count: lowered.count, byte: { lowered[$0] },
                        isCapitalized: Tokenizer.isUpper(c) || Tokenizer.opensArticledName(text, start, count: count), spaceBefore: space)
                }
            } else if c == "'" || c == "`", i + 1 < n, text[i + 1] == text[i],
                // "…at all,''' said": after a word, the first of three closes the single quote nested inside.
                space || c == "`" || i + 2 >= n || text[i + 2] != text[i]
            {
                // '' and `` stand for double quotation marks in some wire copy.
                end = i + 2
                token = self.token(.quote, i..<end, scalar..<(scalar + 2), mark: "\"", spaceBefore: space)
                token.mark = c == "`" ? .doubleOpen : .doubleStraight
                marks.append(tokens.count)
            } else if let mark = Tokenizer.quoteMark(c) {
                let next = i + width
                // A possessive "’s" after a word is a word of its own, not a quotation mark.
                if (mark == .singleClose || mark == .singleStraight), !space, next < n,
                    text[next] == UInt8(ascii: "s") || text[next] == UInt8(ascii: "S"),
                    next + 1 >= n || !Tokenizer.isAlnum(Tokenizer.scalar(in: text, at: next + 1).scalar)
                {
                    end = next + 1
                    token = Token(
                        kind: .word, start: scalar, end: scalar + 2, word: .possessive, utf8Start: Int32(i), utf8End: Int32(end),
                        traits: vocabulary.traits(of: .possessive), isCapitalized: false, spaceBefore: false, spaceAfter: false)
                } else {
                    end = next
                    token = self.token(.quote, i..<end, scalar..<(scalar + 1), mark: c, spaceBefore: space)
                    token.mark = mark
                    marks.append(tokens.count)
                }
            } else {
                end = i + width
                var count = 1
                // "..." is one mark, like "…".
                if c == ".", end + 1 < n, text[end] == UInt8(ascii: "."), text[end + 1] == UInt8(ascii: ".") {
                    end += 2
                    count = 3
                }
                token = self.token(.punctuation, start..<end, scalar..<(scalar + count), mark: count == 3 ? "…" : c, spaceBefore: space)
            }
            // Whitespace right after the token is read here, so the token is appended once, complete.
            token.spaceAfter = end >= n || Tokenizer.isSpace(Tokenizer.scalar(in: text, at: end).scalar)
            // "Treasury Under Secretary Jane Roe": "Under" qualifies the title as "Deputy" would; it is no preposition.
            // (Only capitalized title words compare their word, few tokens.)
            if token.isCapitalized, token.has(.titleWord), token.word == Tokenizer.secretary, let previous = tokens.last,
                previous.isCapitalized, previous.word == Tokenizer.under
            {
                tokens[tokens.count - 1].traits = [.titleModifier, .titleWord]
            }
            // "said her husband, Per Holm", "Mr. Per Lund": a capitalized "Per" before a name, after a title or a relation and
            // comma, is a given name, no "per" of a source ("Per Xinhua, …" opens a sentence); so is one before a name and a
            // verb of saying ("Per Lund said …").
            // (The word before is asked first: it is rarely "Per".)
            if let previous = tokens.last, previous.word == .per, previous.isCapitalized, token.isCapitalized, token.isWord, !token.has(.functionWord),
                Tokenizer.introducesName(before: tokens.count - 1, in: tokens)
            {
                Tokenizer.makeGivenName(tokens.count - 1, in: &tokens)
            } else if token.has(.speechVerb), !token.isCapitalized, tokens.count >= 2, tokens[tokens.count - 2].word == .per,
                tokens[tokens.count - 2].isCapitalized, tokens[tokens.count - 1].isWord, tokens[tokens.count - 1].isCapitalized,
                !tokens[tokens.count - 1].has(.functionWord)
            {
                Tokenizer.makeGivenName(tokens.count - 2, in: &tokens)
            }
            tokens.append(token)
            continuations += (end - start) - (token.end - token.start)
            i = end
            // The next token stands after whitespace just when this one stands before it.
            space = token.spaceAfter
        }
        return tokens
    }

    /// The vocabulary word and traits of the ASCII text `text[bytes]` lowercased: a short word
    /// (nearly every one) packed and found with one probe, a longer one looked up byte by byte.
    @inline(__always)
    func asciiWord(_ text: UnsafeBufferPointer<UInt8>, _ bytes: Range<Int>) -> (word: Word, traits: WordTraits) {
        if let entry = asciiEntry(text, bytes) { return entry }
        // A vocabulary word's traits hold its endings; only a word outside it is read for them.
        let endings = WordTraits.endings(count: bytes.count) { text[bytes.lowerBound + $0].asciiLowercased }
        return (.other, isFormerTitle(text, bytes) ? endings.union(.titleWord) : endings)
    }

    /// Whether the ASCII word `text[bytes]` is a title with "ex-" before it ("Ex-Senator Paul Veer", "ex-mayor"): a
    /// former role, no word of the name it stands before. Only words outside the vocabulary are asked, three bytes first.
    @inline(__always)
    private func isFormerTitle(_ text: UnsafeBufferPointer<UInt8>, _ bytes: Range<Int>) -> Bool {
        let start = bytes.lowerBound
        guard bytes.count > 3, text[start].asciiLowercased == UInt8(ascii: "e"), text[start + 1].asciiLowercased == UInt8(ascii: "x"),
            text[start + 2] == UInt8(ascii: "-")
        else { return false }
        return asciiEntry(text, (start + 3)..<bytes.upperBound)?.traits.contains(.titleWord) ?? false
    }

    /// The vocabulary word and traits of the ASCII text `text[bytes]` lowercased, or nil for a word
    /// outside the vocabulary.
    @inline(__always)
    func asciiEntry(_ text: UnsafeBufferPointer<UInt8>, _ bytes: Range<Int>) -> (word: Word, traits: WordTraits)? {
        if bytes.count <= ShortWord.capacity { return vocabulary.entry(ShortWord.lowercasing(text, bytes), count: bytes.count) }
        let word = vocabulary.word(count: bytes.count) { text[bytes.lowerBound + $0].asciiLowercased }
        return word == .other ? nil : (word, vocabulary.traits(of: word))
    }

    /// A mark's token, its text the one scalar `mark`: an ASCII mark's word and traits from the
    /// vocabulary's table of them, another's looked up from the scalar's own UTF-8 (no buffer).
    func token(_ kind: Token.Kind, _ bytes: Range<Int>, _ scalars: Range<Int>, mark: Unicode.Scalar, spaceBefore: Bool) -> Token {
        if mark.isASCII {
            let (word, traits) = vocabulary.asciiToken(UInt8(mark.value))
            return Token(
                kind: kind, start: scalars.lowerBound, end: scalars.upperBound, word: word, utf8Start: Int32(bytes.lowerBound),
                utf8End: Int32(bytes.upperBound), traits: traits, isCapitalized: false, spaceBefore: spaceBefore, spaceAfter: false)
        }
        let utf8 = mark.utf8
        return token(kind, bytes, scalars, count: utf8.count, byte: { utf8[$0] }, isCapitalized: false, spaceBefore: spaceBefore)
    }

    /// A token over the bytes `bytes` and scalars `scalars` of the text, whose lowercased text is
    /// `count` bytes of UTF-8, `byte(j)` giving the `j`th; `spaceAfter` is set by the caller.
    @inline(__always)
    func token(
        _ kind: Token.Kind, _ bytes: Range<Int>, _ scalars: Range<Int>, count: Int, byte: (Int) -> UInt8, isCapitalized: Bool,
        spaceBefore: Bool
    ) -> Token {
        let word = vocabulary.word(count: count, byte: byte)
        // A vocabulary word's traits hold its endings; only a word outside it is read for them.
        return Token(
            kind: kind, start: scalars.lowerBound, end: scalars.upperBound, word: word, utf8Start: Int32(bytes.lowerBound),
            utf8End: Int32(bytes.upperBound),
            traits: word == .other ? WordTraits.endings(count: count, byte: byte) : vocabulary.traits(of: word), isCapitalized: isCapitalized,
            spaceBefore: spaceBefore, spaceAfter: false)
    }

    /// Whether a word (`count` lowercase UTF-8 bytes, `byte(j)` the `j`th) followed by "." keeps
    /// it: an acronym ("U.S"), an initial, or an abbreviation, also after a hyphen ("D-Vt.");
    /// `isAbbreviationFrom(j)` tells whether its bytes from the `j`th on, with the period, are one.
    @inline(__always)
    func keepsPeriod(count: Int, isInitial: Bool, byte: (Int) -> UInt8, isAbbreviationFrom: (Int) -> Bool) -> Bool {
        var afterHyphen = 0
        for j in 0..<count {
            if byte(j) == UInt8(ascii: ".") { return true }
            if byte(j) == UInt8(ascii: "-") { afterHyphen = j + 1 }
        }
        // Else the whole word with its period, or the part after the hyphen with it.
        return isInitial || isAbbreviationFrom(0) || (afterHyphen > 0 && isAbbreviationFrom(afterHyphen))
    }

    /// End of the word starting at byte `start`: letters and digits, joined by inner hyphens,
    /// apostrophes before letters (not a possessive "’s") and the periods of acronyms ("U.S");
    /// and whether all its scalars are ASCII.
    func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, isASCII: Bool) {
        let n = text.count
        var i = start
        var segment = 0
        var isASCII = true
        while i < n {
            // ASCII letters and digits, most of any word: eight bytes classified at once where eight
            // remain, with no branch per byte; a bit of a table each near the end of the text.
            if i + 8 <= n {
                let run = Tokenizer.asciiAlnumRun(UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)))
                i += run
                segment += run
                if run == 8 { continue }
            } else if Tokenizer.isASCIIAlnum(text[i]) {
                i += 1
                segment += 1
                continue
            }
            // `text[i]` is no ASCII letter or digit.
            let (c, width) = Tokenizer.scalar(in: text, at: i)
            if !c.isASCII && Tokenizer.isAlnumBeyondASCII(c) {
                isASCII = false
                i += width
                segment += 1
                continue
            }
            // Most words end at a space or a mark that never joins, with no look at what follows.
            guard Tokenizer.mayJoinWord(c) else { break }
            let next = i + width
            guard next < n, Tokenizer.isAlnum(Tokenizer.scalar(in: text, at: next).scalar) else { break }
            // A byte before `i` or at `next` that is an ASCII digit or letter is that scalar: the
            // bytes of longer sequences are all 128 or above.
            switch c {
            case "-", "‑", "&":
                segment = 0
            case "'", "’":
                let s = text[next]
                if (s == UInt8(ascii: "s") || s == UInt8(ascii: "S")) && (next + 1 >= n || !Tokenizer.isAlnum(Tokenizer.scalar(in: text, at: next + 1).scalar)) {
                    return (i, isASCII)
                }
            case ".":
                // "U.S", "a.m": short segments joined by periods; "3.5" inside numbers.
                guard segment <= 2 || Tokenizer.isDigit(text[i - 1]) else { return (i, isASCII) }
                segment = 0
            case ",", "/":
                // "1,200", "9/11", "24/7": marks between digits stay inside the number.
                guard Tokenizer.isDigit(text[i - 1]) && Tokenizer.isDigit(text[next]) else { return (i, isASCII) }
            default:
                return (i, isASCII)
            }
            // The joining mark is part of the word.
            isASCII = isASCII && c.isASCII
            i = next
        }
        return (i, isASCII)
    }

    /// The scalar whose UTF-8 starts at byte `i` of `text`, and its width in bytes, read by the
    /// ingest's UTF-8 reader (the text is a String's UTF-8, so it is valid).
    @inline(__always)
    static func scalar(in text: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let (scalar, end) = text.scalar(at: i)
        return (scalar, end - i)
    }

    /// The number of scalars in valid UTF-8: its bytes that are not continuation bytes.
    static func scalarCount(of utf8: some Collection<UInt8>) -> Int {
        utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The lowercased UTF-8 of the word `utf8` into `lowered`, for words with letters beyond
    /// ASCII (ASCII words are lowercased byte by byte where they are read). Written byte by byte, as
    /// `lowercase(_:)` maps each scalar: most such words hold only a curly apostrophe ("don’t").
    static func lowercase<UTF8Text: RandomAccessCollection<UInt8>>(_ utf8: UTF8Text, into lowered: inout [UInt8]) where UTF8Text.Index == Int {
        lowered.removeAll(keepingCapacity: true)
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte < 0x80 {
                lowered.append(byte.asciiLowercased)
                i += 1
                continue
            }
            let (c, end) = utf8.scalar(at: i)
            if c == "’" {
                lowered.append(UInt8(ascii: "'"))
            } else if c.properties.isUppercase {
                lowered.append(contentsOf: c.properties.lowercaseMapping.utf8)
            } else {
                lowered.append(contentsOf: utf8[i..<end])
            }
            i = end
        }
    }

    /// The lowercased text of the UTF-8 `utf8` (short words stay inline in the string, without
    /// allocation); "’" becomes "'".
    static func lowercase<UTF8Text: RandomAccessCollection<UInt8>>(_ utf8: UTF8Text) -> String where UTF8Text.Index == Int {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (offset, byte) in utf8.enumerated() { buffer[offset] = byte.asciiLowercased }
                return utf8.count
            }
        }
        var lowered: [UInt8] = []
        lowercase(utf8, into: &lowered)
        return String(decoding: lowered, as: UTF8.self)
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return inASCIISet(c.value, low: asciiSpaces, high: 0) }
        return c == "\u{A0}" || c == "\u{2009}" || c == "\u{200B}" || c == "\u{202F}" || c == "\u{3000}"
    }

    /// Whether the ASCII value `v` (below 128) is in the set whose members are the bits of `low`
    /// (values 0-63) and `high` (64-127): a shift and a test, with no branch per range.
    @inline(__always)
    static func inASCIISet(_ v: UInt32, low: UInt64, high: UInt64) -> Bool {
        ((v < 64 ? low : high) >> UInt64(v & 63)) & 1 != 0
    }

    /// Whether `c` may join two parts of a word (see `wordEnd`): "&", "'", ",", "-", ".", "/", the
    /// non-breaking hyphen and the curly apostrophe.
    @inline(__always)
    static func mayJoinWord(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? inASCIISet(c.value, low: asciiJoiners, high: 0) : c == "‑" || c == "’"
    }

    static let asciiJoiners: UInt64 = 1 << 38 | 1 << 39 | 1 << 44 | 1 << 45 | 1 << 46 | 1 << 47
    /// Tab, line feed, carriage return and space.
    static let asciiSpaces: UInt64 = 1 << 9 | 1 << 10 | 1 << 13 | 1 << 32
    /// The digits (48-57), and the capital (65-90) and small (97-122) letters.
    static let asciiDigits: UInt64 = 0x03FF_0000_0000_0000
    static let asciiLetters: UInt64 = 0x07FF_FFFE_07FF_FFFE

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    /// Whether the byte is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 48 && byte <= 57
    }

    /// The number of ASCII letters and digits that open eight bytes (the first byte lowest), 8 for all.
    @inline(__always)
    static func asciiAlnumRun(_ bytes: UInt64) -> Int {
        // Each byte's top bit answers, by adding to its low seven bits (no byte carries into the next):
        // a letter has its small form from "a" (0x61) up and below "{" (0x7B), a digit is from "0"
        // (0x30) up and below ":" (0x3A); a byte of 128 or more is neither.
        let seven = bytes & 0x7F7F_7F7F_7F7F_7F7F
        let small = seven | 0x2020_2020_2020_2020
        let letters = (small &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(small &+ 0x0505_0505_0505_0505)
        let digits = (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646)
        let alnum = (letters | digits) & ~bytes & 0x8080_8080_8080_8080
        return (~alnum & 0x8080_8080_8080_8080).trailingZeroBitCount / 8
    }

    /// Whether the byte is an ASCII letter or digit.
    @inline(__always)
    static func isASCIIAlnum(_ byte: UInt8) -> Bool {
        byte < 128 && inASCIISet(UInt32(byte), low: asciiDigits, high: asciiLetters)
    }

    @inline(__always)
    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return inASCIISet(v, low: asciiDigits, high: asciiLetters) }
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

    /// Whether the word of `count` scalars at byte `start` is a name after an Arabic article,
    /// capitalized in its second part ("al-Harthi", "el-Sayed").
    @inline(__always)
    static func opensArticledName(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, count: Int) -> Bool {
        count > 4 && (text[start] == UInt8(ascii: "a") || text[start] == UInt8(ascii: "e")) && text[start + 1] == UInt8(ascii: "l")
            && text[start + 2] == UInt8(ascii: "-") && isUpper(scalar(in: text, at: start + 3).scalar)
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    /// Whether a space at byte `i` stands before a double quotation mark that may open a quotation ("“", "\"").
    static func opensQuotation(_ text: UnsafeBufferPointer<UInt8>, afterSpaceAt i: Int) -> Bool {
        guard i + 1 < text.count, text[i] == UInt8(ascii: " ") else { return false }
        let mark = quoteMark(scalar(in: text, at: i + 1).scalar)
        return mark == .doubleOpen || mark == .doubleStraight
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
