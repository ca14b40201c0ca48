/// A finding's words and spans in the input, read while its block is at hand, so that the block's
/// tokens are freed after it rather than kept for the whole article.
struct PlacedFinding: Sendable {
    var text: String
    var span: TextSpan
    var speakerSpan: TextSpan?
    var cue: String?
    var cueSpan: TextSpan?
    /// The cue says the speaker wrote the words themselves ("wrote", "posted"): no interview outlet carries over.
    var writtenByThemselves: Bool

    init(_ finding: Finding, in block: TokenizedBlock, offsets: OffsetMap) {
        text = block.text(tokens: finding.content)
        span = offsets.inputSpan(block.scalarRange(finding.content))
        if let resumed = finding.resumed {
            text += " … " + block.text(tokens: resumed)
            span.end = offsets.inputSpan(block.scalarRange(resumed)).end
        }
        speakerSpan = finding.speaker.map { offsets.inputSpan(block.scalarRange($0)) } ?? finding.inheritedSpeakerSpan
        cue = finding.cue.map { block.text(tokens: $0) }
        cueSpan = finding.cue.map { offsets.inputSpan(block.scalarRange($0)) }
        writtenByThemselves = finding.cue.map { block.tokens[$0.lowerBound].has(.ownChannelCue) } ?? false
    }

    /// Adds a later paragraph of a quote that runs on over several paragraphs.
    mutating func append(paragraph content: Range<Int>, of block: TokenizedBlock, offsets: OffsetMap) {
        text += "\n\n" + block.text(tokens: content)
        span.end = offsets.inputSpan(block.scalarRange(content)).end
    }
}
