/// One token of a block's text: a word, number, punctuation mark or quotation mark,
/// with its position as a range of Unicode scalar indices into the block's text (the offsets
/// reports give) and as a range of its UTF-8 bytes (where the block reads its text).
///
/// A plain value without references (the text is a `Word` number), so token arrays copy cheaply.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote
    }

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Lowercased text as a vocabulary word (`.other` outside it); for punctuation and quotation
    /// marks the mark itself. `TokenizedBlock.lower(_:)` gives the string.
    public var word: Word
    /// Where the token's UTF-8 starts in `TokenizedBlock.utf8`. The two byte offsets are 32 bits
    /// each (a block is far below 2 GB), placed where they fill the padding of the token, which
    /// stays 48 bytes.
    public var utf8Start: Int32
    /// The word lists the lowercased text belongs to and its endings.
    public var traits: WordTraits
    /// The first scalar is an uppercase letter.
    public var isCapitalized: Bool
    /// Whitespace (or the start of the text) stands right before the token.
    public var spaceBefore: Bool
    /// Whitespace (or the end of the text) stands right after the token.
    public var spaceAfter: Bool
    /// The quotation mark's shape, for `.quote` tokens.
    public var mark: QuoteMark?
    /// Where the token's UTF-8 ends in `TokenizedBlock.utf8`.
    public var utf8End: Int32

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
