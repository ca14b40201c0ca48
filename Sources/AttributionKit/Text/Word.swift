/// A lowercase word or mark of the shared `Vocabulary` as a small number, so tokens compare
/// words without hashing or retaining strings; every word outside the vocabulary is `.other`.
///
/// Sixteen bits hold the few thousand words of the lexicons and keep `Token` at 32 bytes.
public struct Word: Hashable, Sendable {
    let id: UInt16

    init(id: UInt16) {
        self.id = id
    }

    /// The vocabulary word spelled `text`; rules name only words the vocabulary holds.
    init(_ text: String) {
        self = Vocabulary.shared.word(text)
        precondition(self != .other, "“\(text)” is not in the vocabulary")
    }

    static let other = Word(id: 0)

    // The words of `Vocabulary.keywords`, which the vocabulary numbers first and in order: constants,
    // so comparing a token with one costs no lazy initialisation of a global.
    static let comma = Word(id: 1)  // ","
    static let colon = Word(id: 2)  // ":"
    static let semicolon = Word(id: 3)  // ";"
    static let period = Word(id: 4)  // "."
    static let ellipsis = Word(id: 7)  // "…"
    static let openParenthesis = Word(id: 8)  // "("
    static let closeParenthesis = Word(id: 9)  // ")"
    static let openBracket = Word(id: 10)  // "["
    static let possessive = Word(id: 22)  // "'s"
    static let ampersand = Word(id: 11)  // "&"
    static let according = Word(id: 23)  // "according"
    static let and = Word(id: 24)  // "and"
    static let `as` = Word(id: 25)  // "as"
    static let at = Word(id: 26)  // "at"
    static let but = Word(id: 27)  // "but"
    static let by = Word(id: 28)  // "by"
    static let during = Word(id: 29)  // "during"
    static let `for` = Word(id: 30)  // "for"
    static let from = Word(id: 31)  // "from"
    static let has = Word(id: 32)  // "has"
    static let `in` = Word(id: 33)  // "in"
    static let `is` = Word(id: 34)  // "is"
    static let it = Word(id: 35)  // "it"
    static let many = Word(id: 36)  // "many"
    static let most = Word(id: 37)  // "most"
    static let not = Word(id: 38)  // "not"
    static let of = Word(id: 39)  // "of"
    static let on = Word(id: 40)  // "on"
    static let or = Word(id: 41)  // "or"
    static let over = Word(id: 42)  // "over"
    static let per = Word(id: 43)  // "per"
    static let some = Word(id: 44)  // "some"
    static let that = Word(id: 45)  // "that"
    static let the = Word(id: 46)  // "the"
    static let to = Word(id: 47)  // "to"
    static let via = Word(id: 48)  // "via"
    static let was = Word(id: 49)  // "was"
    static let `while` = Word(id: 51)  // "while"
    static let which = Word(id: 50)  // "which"
    static let who = Word(id: 52)  // "who"
    static let with = Word(id: 53)  // "with"
}
