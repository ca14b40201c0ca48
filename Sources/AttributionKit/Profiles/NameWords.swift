/// The words of a name or title, lowercased, with the possessive 's and punctuation removed
/// ("U.S." → "us", "Iran's" → "iran", "Brig. Gen." → "brig gen"), so that names written
/// differently compare equal. Each word remembers whether it was capitalised in the text.
///
/// Works on UTF-8 bytes: ASCII letters are lowercased, other letters kept as written, and the
/// general-punctuation block (curly quotes, dashes) separates words like ASCII punctuation.
struct NameWords: Hashable {
    /// Each word with what the lookups need of it, in one array: a name allocates once.
    private var entries: [Word]

    /// A word as read, with its hash and its capital mark.
    fileprivate struct Word: Hashable {
        /// The word, held inline when it is short ASCII (most are): no string is made for it.
        var key: WordKey
        /// The word's hash for the word tries (`NameWords.hash`), worked out once as the word is
        /// read rather than at every table lookup.
        var hash: UInt64
        /// Whether the word began with a capital letter or a digit, as names do.
        var isCapitalized: Bool
    }

    /// The words' texts, read in place in the entries.
    struct Words: RandomAccessCollection {
        fileprivate let entries: [Word]

        var startIndex: Int { 0 }
        var endIndex: Int { entries.count }

        subscript(index: Int) -> String {
            entries[index].key.string
        }
    }

    /// The words, lowercased.
    var words: Words {
        Words(entries: entries)
    }

    init(_ text: String) {
        var entries: [Word] = []
        // Room for a word every four bytes (at most one every two): names, titles and descriptions
        // then rarely regrow (reallocate and copy) word by word.
        let length = text.utf8.count
        entries.reserveCapacity(min((length + 1) / 2, length / 4 + 2))
        NameWords.readWords(of: text) { word, hash, isCapitalized in
            entries.append(Word(key: WordKey(word, isASCII: hash != nil), hash: hash ?? 0, isCapitalized: isCapitalized))
        }
        self.init(entries: entries)
    }

    /// Hands each word of `text` to `body` in order, lowercased in scratch memory, with its
    /// `NameWords.hash` (worked out as the word is read, not in a second pass; nil for a word beyond
    /// ASCII) and whether it began with a capital letter or a digit ("&" is the word "and").
    private static func readWords(of text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64?, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // The word being read, lowercased, in scratch memory as long as the text.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { current in
                var length = 0
                var currentCapitalized = false
                // The running hash of the word and its bytes ORed together, as `NameWords.hash` makes them.
                var hash = ByteTable.hashSeed
                var bits: UInt8 = 0
                func append(_ byte: UInt8) {
                    current[length] = byte
                    length += 1
                    hash = ByteTable.hash(hash, adding: byte)
                    bits |= byte
                }
                func finish() {
                    if length > 0 {
                        body(UnsafeBufferPointer(rebasing: current[..<length]), bits >= 0x80 ? nil : ByteTable.finished(hash), currentCapitalized)
                        length = 0
                        hash = ByteTable.hashSeed
                        bits = 0
                    }
                }
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    // A lowercase letter, most of any name, is taken before anything else is asked.
                    if byte &- 0x61 < 26 {
                        if length == 0 { currentCapitalized = false }
                        append(byte)
                        index += 1
                        continue
                    }
                    // An apostrophe: ASCII ' or U+2018/U+2019 (E2 80 98/99).
                    var apostropheLength = 0
                    if byte == 0x27 {
                        apostropheLength = 1
                    } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                        apostropheLength = 3
                    }
                    if apostropheLength > 0 {
                        // Possessive 's ends the word; other apostrophes are dropped ("B'Tselem" → "btselem").
                        let next = index + apostropheLength
                        let isPossessive = next < bytes.count && (bytes[next] == 0x73 || bytes[next] == 0x53)
                            && (next + 1 == bytes.count || !NameWords.isWordByte(bytes[next + 1]))
                        if isPossessive {
                            finish()
                            index = next + 1
                        } else {
                            index = next
                        }
                        continue
                    }
                    switch byte {
                    case 0x41...0x5A:
                        if length == 0 { currentCapitalized = true }
                        append(byte + 32)
                    case 0x30...0x39:
                        if length == 0 { currentCapitalized = true }
                        append(byte)
                    case 0x2E:
                        // Dots inside abbreviations vanish ("U.S."), so the letters stay one word.
                        break
                    case 0x26:
                        finish()
                        let and: StaticString = "and"
                        let word = UnsafeBufferPointer(start: and.utf8Start, count: and.utf8CodeUnitCount)
                        body(word, NameWords.hash(word), false)
                    case 0xE2 where index + 1 < bytes.count && bytes[index + 1] == 0x80,
                        0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                        // General punctuation (dashes, quotes, spaces) and the no-break space separate words.
                        finish()
                        index += byte == 0xE2 ? 3 : 2
                        continue
                    case 0x80...:
                        // Other non-ASCII text is taken as letters, as written; an initial is taken as a capital.
                        if length == 0 { currentCapitalized = byte >= 0xC0 }
                        append(byte)
                    default:
                        finish()
                    }
                    index += 1
                }
                finish()
            }
        }
    }

    /// No words, made without reading a text.
    init() {
        self.init(entries: [])
    }

    private init(entries: [Word]) {
        self.entries = entries
    }

    /// The words in `range`, each still marked capitalised or not.
    subscript(_ range: Range<Int>) -> NameWords {
        NameWords(entries: Array(entries[range]))
    }

    /// Adds the word at `index` of `other`, with its capital mark and its hash.
    mutating func append(_ index: Int, of other: NameWords) {
        entries.append(other.entries[index])
    }

    /// Whether the word at `index` began with a capital letter or a digit.
    func isCapitalized(_ index: Int) -> Bool {
        entries[index].isCapitalized
    }

    /// Whether any word is capitalized: a name rather than a plain phrase.
    var hasCapitalizedWord: Bool {
        entries.contains { $0.isCapitalized }
    }

    /// The `NameWords.hash` of the word at `index`.
    func hash(at index: Int) -> UInt64 {
        entries[index].hash
    }

    /// The word at `index` as the word tries compare it.
    func key(at index: Int) -> WordKey {
        entries[index].key
    }

    /// Whether the word at `index` is the ASCII word `word` ("and"), asked without making a string of it.
    func word(at index: Int, is word: StaticString) -> Bool {
        entries[index].key.isWord(word)
    }

    /// The byte table's hash of a word's UTF-8 (`ByteTable.hash`), the hash the word tries file words under.
    ///
    /// Words are compared as `String`s (canonical equivalence), so spellings of one word that differ
    /// in bytes must share a hash: every word with a non-ASCII byte gets the same one (they are rare
    /// in names), and `==` tells them apart.
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // One pass: the bytes hashed and ORed together, the word beyond ASCII when the high bit is set.
        var hash = ByteTable.hashSeed
        var bits: UInt8 = 0
        for byte in utf8 {
            hash = ByteTable.hash(hash, adding: byte)
            bits |= byte
        }
        return bits >= 0x80 ? 0 : ByteTable.finished(hash)
    }

    static func hash(of word: String) -> UInt64 {
        var word = word
        return word.withUTF8(hash)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte >= 0x80
    }

    /// The words of a whole name as looked up, a leading "the" dropped.
    var phrase: Words.SubSequence {
        words[phraseRange]
    }

    /// The positions of `phrase`.
    var phraseRange: Range<Int> {
        entries.first?.key.isWord("the") == true ? 1..<entries.count : 0..<entries.count
    }

    /// The lookup key of a whole name: its phrase joined by spaces (words are never empty).
    var key: String {
        var key = ""
        for word in phrase {
            if !key.isEmpty { key += " " }
            key += word
        }
        return key
    }

    /// `NameWords(text).key`, written as the words are read, without the word arrays.
    static func key(_ text: String) -> String {
        var key = ""
        var isFirst = true
        readWords(of: text) { word, _, _ in
            defer { isFirst = false }
            if isFirst, word.elementsEqual("the".utf8) { return }
            if !key.isEmpty { key += " " }
            key += String(decoding: word, as: UTF8.self)
        }
        return key
    }

    /// Whether `name` is the name whose key is `key` ("The Harbour Ledger" for "harbour ledger"),
    /// the key made once for many names.
    static func name(_ name: String?, hasKey key: String?) -> Bool {
        guard let name, let key else { return false }
        var keyCopy = key
        // ASCII strings are equal when their bytes are: the words are matched with the key as they are
        // read, without a key made for the name. Text beyond ASCII (rare) is compared as strings.
        let matchesInASCII = keyCopy.withUTF8 { key -> Bool? in
            guard !key.contains(where: { $0 >= 0x80 }) else { return nil }
            var matched = 0
            var matches = true
            var isASCII = true
            var isFirst = true
            readWords(of: name) { word, _, _ in
                defer { isFirst = false }
                if !matches || (isFirst && word.elementsEqual("the".utf8)) { return }
                isASCII = isASCII && !word.contains { $0 >= 0x80 }
                // Words after the first follow one space, as in a key.
                let start = matched == 0 ? 0 : matched + 1
                matches = start + word.count <= key.count && (matched == 0 || key[start - 1] == UInt8(ascii: " "))
                    && word.elementsEqual(key[start..<(start + word.count)])
                matched = start + word.count
            }
            return isASCII ? matches && matched == key.count : nil
        }
        return matchesInASCII ?? (NameWords.key(name) == key)
    }
}
