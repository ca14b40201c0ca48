/// A word as the word tries compare it: ASCII of up to 16 bytes is held inline as a `ShortWord` and
/// compared as two integers, with no `String` made for it; any other word is held as its `String`
/// and compared as one (canonical equivalence and all). Words compare as their strings would: the
/// words of names are lowercased, so no word beyond ASCII equals an ASCII one.
struct WordKey: Hashable, Sendable {
    private var inline: ShortWord
    private var text: String?
    /// The inline word's length; -1 for a word held as `text`.
    private var count: Int32

    /// The key of the UTF-8 `word`; `isASCII` when no byte of it is beyond ASCII.
    init(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        guard isASCII, word.count <= ShortWord.capacity else {
            inline = ShortWord()
            count = -1
            text = String(decoding: word, as: UTF8.self)
            return
        }
        inline = ShortWord(count: word.count) { word[$0] }
        count = Int32(word.count)
        text = nil
    }

    init(_ word: String) {
        var word = word
        self = word.withUTF8 { WordKey($0, isASCII: !$0.contains { $0 >= 0x80 }) }
    }

    /// Inline words compare as integers; the text is read only for words held as strings.
    static func == (left: WordKey, right: WordKey) -> Bool {
        left.inline == right.inline && left.count == right.count && (left.count >= 0 || left.text == right.text)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(inline.low)
        hasher.combine(inline.high)
        hasher.combine(count)
        if count < 0 { hasher.combine(text) }
    }

    /// Whether this is the ASCII word `word` of the code ("and", "the").
    func isWord(_ word: StaticString) -> Bool {
        count == word.utf8CodeUnitCount && self == WordKey(UnsafeBufferPointer(start: word.utf8Start, count: Int(count)), isASCII: true)
    }

    /// The word.
    var string: String {
        if let text { return text }
        let bytes = (inline.low, inline.high)
        return withUnsafeBytes(of: bytes) { String(decoding: $0.prefix(Int(count)), as: UTF8.self) }
    }
}
