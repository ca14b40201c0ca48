/// A string compared and hashed by its UTF-8 bytes, not by canonical equivalence: much faster to
/// hash, and the same thing for texts known to be in normal form.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    /// All the bytes: hashing only a text's length and ends made thousands of paragraphs of one shape
    /// ("“…,” said …") collide, and the dictionary then compared each with all the others.
    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
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
