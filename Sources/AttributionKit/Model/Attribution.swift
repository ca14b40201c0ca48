/// One statement the article attributes to a source: a quote or a reported claim.
public struct Attribution: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A whole statement in quotation marks.
        case direct
        /// A few quoted words inside the writer's sentence.
        case partial
        /// Reported speech without quotation marks.
        case indirect
    }

    public var kind: Kind
    /// The quoted or reported words only, without cue or speaker.
    public var text: String
    /// The `id` of the source in the audit, nil when no speaker was found.
    public var sourceID: String?
    /// The ids of the sources that made the statement together with `sourceID`, named after it ("Mara Oden and Teo Vale
    /// said": Teo Vale's, Mara Oden being `sourceID`); empty for a statement of one source.
    public var jointSourceIDs: [String] = []
    /// Outlet or channel the words came through ("Washington Examiner", "in a statement").
    public var via: String?
    /// Whether `via` names another news outlet (secondhand), not a channel such as an email.
    public var viaIsOutlet: Bool
    /// The cue as written ("said", "according to", "told").
    public var cue: String?
    /// The pattern that found the speaker ("quote, CUE NAME", "according to NAME"), so a reader can check it.
    public var rule: String?
    /// Index of the block the statement stands in.
    public var blockIndex: Int
    public var span: TextSpan
    public var speakerSpan: TextSpan?
    public var cueSpan: TextSpan?

    public init(
        kind: Kind, text: String, sourceID: String?, via: String? = nil, viaIsOutlet: Bool = false,
        cue: String? = nil, rule: String? = nil, blockIndex: Int, span: TextSpan, speakerSpan: TextSpan? = nil, cueSpan: TextSpan? = nil
    ) {
        self.kind = kind
        self.text = text
        self.sourceID = sourceID
        self.via = via
        self.viaIsOutlet = viaIsOutlet
        self.cue = cue
        self.rule = rule
        self.blockIndex = blockIndex
        self.span = span
        self.speakerSpan = speakerSpan
        self.cueSpan = cueSpan
    }

    /// Number of words in `text`, the unit of "share of quoted words": runs of characters between
    /// ASCII white space (the words' own scripts never contain those bytes, so UTF-8 can be read directly).
    public var wordCount: Int {
        Attribution.wordCount(of: text)
    }

    /// `wordCount` of a statement's text, for a caller holding statements in an array: reading the
    /// property of an element copies the whole statement, every string in it retained and released.
    public static func wordCount(of text: String) -> Int {
        // The string's own UTF-8 where it stands (a native string's always is): `withUTF8` would
        // need a mutable copy, retained and released for every statement.
        if let count = text.utf8.withContiguousStorageIfAvailable(wordCount(utf8:)) { return count }
        var text = text
        return text.withUTF8(wordCount(utf8:))
    }

    private static func wordCount(utf8: UnsafeBufferPointer<UInt8>) -> Int {
        // Bits 9, 10, 13 and 32: tab, line feed, carriage return and space.
        let spaces: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20
        var count = 0
        var previousIsSpace = 1
        // Counted without branches, in integers (Bools would be tested one by one): a word starts
        // at each byte that is not a space and follows one.
        for byte in utf8 {
            // 1 for a space, else 0; bytes above 0x3F read bit 63, which is clear.
            let isSpace = Int(truncatingIfNeeded: spaces &>> UInt64(min(byte, 0x3F))) & 1
            count &+= previousIsSpace & (isSpace ^ 1)
            previousIsSpace = isSpace
        }
        return count
    }
}
