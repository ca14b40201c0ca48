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

    /// Number of words in `text`, the unit of "share of quoted words".
    public var wordCount: Int {
        var text = text
        let counted = text.withUTF8 { utf8 -> Int? in
            var count = 0
            var inWord = false
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte == 0x20 || byte == 0x0A else {
                    if !inWord { count += 1 }
                    inWord = true
                    continue
                }
                // A space or line break that shares a Character with its neighbour ("\r\n", a
                // combining mark after a space) separates nothing: those rare texts count by Characters.
                var previous = index - 1
                while previous > 0, utf8[previous] & 0xC0 == 0x80 { previous -= 1 }
                let joined = byte == 0x0A
                    ? index > 0 && utf8[index - 1] == 0x0D
                    : (index > 0 && !Self.neverJoinsSpace(utf8, at: previous))
                        || (index + 1 < utf8.count && !Self.neverJoinsSpace(utf8, at: index + 1))
                if joined { return nil }
                inWord = false
            }
            return count
        }
        return counted ?? text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }

    /// Whether the scalar starting at `lead` can never share a Character with a space next to it:
    /// ASCII, Latin below U+0300 and general punctuation (curly quotes, dashes) other than the joiners.
    private static func neverJoinsSpace(_ utf8: UnsafeBufferPointer<UInt8>, at lead: Int) -> Bool {
        let byte = utf8[lead]
        if byte < 0x80 || (0xC2...0xCB).contains(byte) { return true }
        guard byte == 0xE2, lead + 2 < utf8.count else { return false }
        let (second, third) = (utf8[lead + 1], utf8[lead + 2])
        return second == 0x80 ? third != 0x8C && third != 0x8D : second == 0x81 && third < 0xB0
    }
}
