/// The words of a name or title, lowercased, with the possessive 's and punctuation removed
/// ("U.S." → "us", "Iran's" → "iran", "Brig. Gen." → "brig gen"), so that names written
/// differently compare equal. Each word remembers whether it was capitalised in the text.
///
/// Works on UTF-8 bytes: ASCII letters are lowercased, other letters kept as written, and the
/// general-punctuation block (curly quotes, dashes) separates words like ASCII punctuation.
struct NameWords: Hashable {
    var words: [String]
    /// Whether each word began with a capital letter or a digit, as names do.
    var capitalized: [Bool]

    init(_ text: String) {
        var text = text
        (words, capitalized) = text.withUTF8 { bytes in
            // The word being read, lowercased, in scratch memory as long as the text.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { current in
                var words: [String] = []
                var capitalized: [Bool] = []
                // Most names and titles have a few words; growing from one would reallocate several times.
                let expected = min(8, (bytes.count + 1) / 2)
                words.reserveCapacity(expected)
                capitalized.reserveCapacity(expected)
                var length = 0
                var currentCapitalized = false
                func append(_ byte: UInt8) {
                    current[length] = byte
                    length += 1
                }
                func finish() {
                    if length > 0 {
                        words.append(String(decoding: UnsafeBufferPointer(rebasing: current[..<length]), as: UTF8.self))
                        capitalized.append(currentCapitalized)
                        length = 0
                    }
                }
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
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
                    case 0x61...0x7A:
                        if length == 0 { currentCapitalized = false }
                        append(byte)
                    case 0x30...0x39:
                        if length == 0 { currentCapitalized = true }
                        append(byte)
                    case 0x2E:
                        // Dots inside abbreviations vanish ("U.S."), so the letters stay one word.
                        break
                    case 0x26:
                        finish()
                        words.append("and")
                        capitalized.append(false)
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
                return (words, capitalized)
            }
        }
    }

    private init(words: [String], capitalized: [Bool]) {
        self.words = words
        self.capitalized = capitalized
    }

    /// The words in `range`, each still marked capitalised or not.
    subscript(_ range: Range<Int>) -> NameWords {
        NameWords(words: Array(words[range]), capitalized: Array(capitalized[range]))
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte >= 0x80
    }

    /// The words of a whole name as looked up, a leading "the" dropped.
    var phrase: ArraySlice<String> {
        words.first == "the" ? words.dropFirst() : words[...]
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

    static func key(_ text: String) -> String {
        NameWords(text).key
    }

    /// Whether `name` is the name whose key is `key` ("The Harbour Ledger" for "harbour ledger"),
    /// the key made once for many names.
    static func name(_ name: String?, hasKey key: String?) -> Bool {
        guard let name, let key else { return false }
        return NameWords.key(name) == key
    }
}
