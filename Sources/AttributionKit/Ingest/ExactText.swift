/// A string compared and hashed by its UTF-8 bytes, not by canonical equivalence: much faster to
/// hash, and the same thing for texts known to be in normal form.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (left: ExactText, right: ExactText) -> Bool {
        left.text.utf8.elementsEqual(right.text.utf8)
    }
}
