/// One statement found in a block, before sources get their ids.
struct Finding: Sendable {
    var kind: Attribution.Kind
    /// Token range of the reported or quoted words.
    var content: Range<Int>
    var entity: Int?
    var speaker: Range<Int>?
    /// Input span of the speaker mention when it stands in an earlier block (a continued speaker).
    var inheritedSpeakerSpan: TextSpan?
    var cue: Range<Int>?
    var via: Via?
    var blockIndex: Int
    /// Which rule found the speaker, reported with the attribution.
    var rule: String
    /// The rest of a sentence broken by its cue (`“A,” X said, “b.”`, `A, X said, b.`): the tokens after the cue.
    var resumed: Range<Int>? = nil

    /// Every token the words run over, the cue clause of a broken sentence included.
    var extent: Range<Int> {
        content.lowerBound..<max(content.upperBound, resumed?.upperBound ?? content.upperBound)
    }
}
