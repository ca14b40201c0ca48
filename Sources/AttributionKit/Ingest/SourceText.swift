/// An input's text (a file, or a JSON field) as UTF-8, with the string it makes when the reader has
/// one: a block that is a verbatim stretch of the text copies its string from it, which needs no
/// validating again.
struct SourceText {
    /// Valid UTF-8.
    let utf8: [UInt8]
    private let string: String?

    /// The text of `string`.
    init(_ string: String) {
        self.string = string
        utf8 = Array(string.utf8)
    }

    /// Text already checked to be valid UTF-8; `string` is made only when `makingString` (blocks
    /// of a Markdown input are not slices of it).
    init(validUTF8 utf8: [UInt8], makingString: Bool = true) {
        self.utf8 = utf8
        string = makingString ? String(decoding: utf8, as: UTF8.self) : nil
    }

    /// The string of a block candidate.
    func text(of candidate: BlockCandidate) -> String {
        guard let string, case .contiguous = candidate.offsets else { return candidate.string }
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: candidate.text.startIndex)
        let upper = utf8.index(utf8.startIndex, offsetBy: candidate.text.endIndex)
        return String(string[lower..<upper])
    }
}
