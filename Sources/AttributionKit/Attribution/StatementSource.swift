/// Who stands behind a statement before sources get their ids: what the engine keeps of a finding
/// beside its `Attribution`, small enough to hold in an array of its own.
struct StatementSource: Sendable {
    var entity: Int?
    /// The cue says the speaker wrote the words themselves ("wrote", "posted"): no interview outlet carries over.
    var writtenByThemselves: Bool
    /// The cue is "wrote" alone, which names no channel of its own (unlike "tweeted").
    var wrote: Bool
    /// The latest paragraph a quote running on over several paragraphs reached, by block index.
    var continuedTo: Int? = nil

    init(_ finding: Finding, in block: TokenizedBlock) {
        entity = finding.entity
        writtenByThemselves = finding.cue.map { block.tokens[$0.lowerBound].has(.ownChannelCue) } ?? false
        wrote = finding.cue.map { ViaFinder.writeForms.contains(block.tokens[$0.lowerBound].word) } ?? false
    }
}
