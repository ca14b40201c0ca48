/// A lowercase word or mark of the shared `Vocabulary` as a small number, so tokens compare
/// words without hashing or retaining strings; every word outside the vocabulary is `.other`.
public struct Word: Hashable, Sendable {
    let id: UInt32

    init(id: UInt32) {
        self.id = id
    }

    /// The vocabulary word spelled `text`; rules name only words the vocabulary holds.
    init(_ text: String) {
        self = Vocabulary.shared.word(text)
        precondition(self != .other, "“\(text)” is not in the vocabulary")
    }

    static let other = Word(id: 0)

    static let comma = Word(",")
    static let colon = Word(":")
    static let semicolon = Word(";")
    static let period = Word(".")
    static let ellipsis = Word("…")
    static let openParenthesis = Word("(")
    static let closeParenthesis = Word(")")
    static let openBracket = Word("[")
    static let possessive = Word("'s")
    static let ampersand = Word("&")
    static let according = Word("according")
    static let and = Word("and")
    static let `as` = Word("as")
    static let at = Word("at")
    static let but = Word("but")
    static let by = Word("by")
    static let close = Word("close")
    static let during = Word("during")
    static let familiar = Word("familiar")
    static let `for` = Word("for")
    static let from = Word("from")
    static let has = Word("has")
    static let `in` = Word("in")
    static let `is` = Word("is")
    static let it = Word("it")
    static let many = Word("many")
    static let most = Word("most")
    static let not = Word("not")
    static let of = Word("of")
    static let on = Word("on")
    static let or = Word("or")
    static let over = Word("over")
    static let per = Word("per")
    static let some = Word("some")
    static let that = Word("that")
    static let the = Word("the")
    static let to = Word("to")
    static let via = Word("via")
    static let was = Word("was")
    static let `while` = Word("while")
    static let which = Word("which")
    static let who = Word("who")
    static let with = Word("with")
}
