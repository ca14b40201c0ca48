/// Writes the sentences of the balance score (explanations, flags' messages) as UTF-8 into one
/// buffer reused for all of an article's sentences, each made into a string once when done: string
/// interpolation and `String.append` checked and grew the string for every piece.
struct ExplanationText {
    /// Room for a sentence that lists a few sources, grown only for longer ones.
    private let bytes = ByteBuffer(capacity: 512)

    /// The sentence written since the last one, as a string; the buffer is then empty.
    mutating func finish() -> String {
        bytes.takeString()
    }

    /// Text of the code.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        // Through `withUTF8Buffer`: a one-character literal ("“") may be held as a scalar, not as bytes.
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text of the data, read where it stands (a native string's UTF-8 always is). Named apart from
    /// `append(_:)` so a literal is written as the code's bytes, not made into a `String`.
    mutating func append(contentsOf text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) != nil { return }
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `number` in decimal.
    mutating func append(_ number: Int) {
        bytes.appendDecimal(number)
    }
}
