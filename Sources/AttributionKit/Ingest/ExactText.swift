/// A string compared and hashed by its UTF-8 bytes, not by canonical equivalence: much faster to
/// hash, and the same thing for texts known to be in normal form.
struct ExactText: Hashable {
    let text: String

    /// Bytes hashed at each end of a long text: paragraphs that differ almost always differ in
    /// length or near an end, and equal hashes are settled by comparing all the bytes.
    private static let hashedEnd = 16

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            guard bytes.count > 2 * Self.hashedEnd else { return hasher.combine(bytes: bytes) }
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes.prefix(Self.hashedEnd)))
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes.suffix(Self.hashedEnd)))
        }
    }

    /// Lengths first: the dictionary compares a new text with every text it probes past, and texts
    /// that differ nearly always differ in length, told without reading a byte. Texts of one length
    /// are compared as buffers, not byte by byte through their UTF-8 views.
    static func == (left: ExactText, right: ExactText) -> Bool {
        guard left.text.utf8.count == right.text.utf8.count else { return false }
        var left = left.text
        var right = right.text
        return left.withUTF8 { left in right.withUTF8 { left.elementsEqual($0) } }
    }
}
