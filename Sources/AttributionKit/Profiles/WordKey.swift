/// A word as the word tries compare it: ASCII of up to 16 bytes is held inline and compared as two
/// integers, with no `String` made for it; any other word is held as its `String` and compared as
/// one (canonical equivalence and all). Words compare as their strings would: the words of names
/// are lowercased, so no word beyond ASCII equals an ASCII one.
struct WordKey: Hashable, Sendable {
    /// The inline word's bytes, eight to an integer, zero past its end.
    private var low: UInt64
    private var high: UInt64
    private var text: String?
    /// The inline word's length; -1 for a word held as `text`.
    private var count: Int32

    /// The key of the UTF-8 `word`; `isASCII` when no byte of it is beyond ASCII.
    init(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        var bytes: (UInt64, UInt64) = (0, 0)
        guard isASCII, word.count <= MemoryLayout.size(ofValue: bytes) else {
            (low, high) = bytes
            count = -1
            text = String(decoding: word, as: UTF8.self)
            return
        }
        withUnsafeMutableBytes(of: &bytes) { $0.copyMemory(from: UnsafeRawBufferPointer(word)) }
        (low, high) = bytes
        count = Int32(word.count)
        text = nil
    }

    init(_ word: String) {
        var word = word
        self = word.withUTF8 { WordKey($0, isASCII: !$0.contains { $0 >= 0x80 }) }
    }

    /// Inline words compare as integers; the text is read only for words held as strings.
    static func == (left: WordKey, right: WordKey) -> Bool {
        left.low == right.low && left.high == right.high && left.count == right.count && (left.count >= 0 || left.text == right.text)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
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
        let bytes = (low, high)
        return withUnsafeBytes(of: bytes) { String(decoding: $0.prefix(Int(count)), as: UTF8.self) }
    }
}
