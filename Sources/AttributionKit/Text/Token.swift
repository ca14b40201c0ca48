/// One token of a block's text: a word, number, punctuation mark or quotation mark,
/// with its position as a range of Unicode scalar indices into the block's text (the offsets
/// reports give) and as a range of its UTF-8 bytes (where the block reads its text).
///
/// A plain value without references (the text is a `Word` number), so token arrays copy cheaply.
/// Its 31 bytes of fields, widest first, make a stride of 32: two tokens to a cache line for the
/// passes over a block's tokens. Offsets are stored in 32 bits (a block is far below 2 GB).
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote
    }

    /// The word lists the lowercased text belongs to and its endings.
    public var traits: WordTraits
    private var scalarStart: Int32
    private var scalarEnd: Int32
    /// Where the token's UTF-8 starts in `TokenizedBlock.utf8`.
    public var utf8Start: Int32
    /// Where the token's UTF-8 ends in `TokenizedBlock.utf8`.
    public var utf8End: Int32
    /// Lowercased text as a vocabulary word (`.other` outside it); for punctuation and quotation
    /// marks the mark itself. `TokenizedBlock.lower(_:)` gives the string.
    public var word: Word
    public var kind: Kind
    /// The first scalar is an uppercase letter.
    public var isCapitalized: Bool
    /// Whitespace (or the start of the text) stands right before the token.
    public var spaceBefore: Bool
    /// Whitespace (or the end of the text) stands right after the token.
    public var spaceAfter: Bool
    /// The quotation mark's shape, for `.quote` tokens.
    public var mark: QuoteMark?

    init(
        kind: Kind, start: Int, end: Int, word: Word, utf8Start: Int32, utf8End: Int32, traits: WordTraits, isCapitalized: Bool,
        spaceBefore: Bool, spaceAfter: Bool, mark: QuoteMark? = nil
    ) {
        self.traits = traits
        self.word = word
        scalarStart = Int32(start)
        scalarEnd = Int32(end)
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.mark = mark
    }

    /// The Unicode scalar index in the block's text where the token starts.
    public var start: Int {
        get { Int(scalarStart) }
        set { scalarStart = Int32(newValue) }
    }

    /// The Unicode scalar index in the block's text right after the token.
    public var end: Int {
        get { Int(scalarEnd) }
        set { scalarEnd = Int32(newValue) }
    }

    public var range: Range<Int> { start..<end }
    /// The token's bytes in `TokenizedBlock.utf8`.
    public var utf8Range: Range<Int> { Int(utf8Start)..<Int(utf8End) }
    public var isWord: Bool { kind == .word }

    /// Whether the lowercased text belongs to any of the lists or has any of the endings in `traits`.
    public func has(_ traits: WordTraits) -> Bool {
        !self.traits.isDisjoint(with: traits)
    }

    /// Whether the token ends a sentence when nothing else forbids it.
    public var isSentenceFinal: Bool {
        kind == .punctuation && has(.sentenceFinalMark)
    }
}

/// The shapes of quotation marks: curly marks say which side they stand on, straight marks do not.
public enum QuoteMark: UInt8, Sendable {
    case doubleOpen, doubleClose, doubleStraight, singleOpen, singleClose, singleStraight

    public var isDouble: Bool {
        self == .doubleOpen || self == .doubleClose || self == .doubleStraight
    }
}
