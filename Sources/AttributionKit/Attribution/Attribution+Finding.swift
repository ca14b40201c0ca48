extension Attribution {
    /// The statement a finding of `block` makes, its words and spans read while the block is at hand (so the
    /// block's tokens are freed after it); the source's id is given later, once sources are numbered.
    init(_ finding: Finding, in block: TokenizedBlock, offsets: OffsetMap) {
        var text = block.text(tokens: finding.content)
        var span = offsets.inputSpan(block.scalarRange(finding.content))
        if let resumed = finding.resumed {
            text += " … " + block.text(tokens: resumed)
            span.end = offsets.inputSpan(block.scalarRange(resumed)).end
        }
        self.init(
            kind: finding.kind, text: text, sourceID: nil, via: finding.via?.text, viaIsOutlet: finding.via?.isOutlet ?? false,
            cue: finding.cue.map { block.text(tokens: $0) }, rule: finding.rule, blockIndex: finding.blockIndex, span: span,
            speakerSpan: finding.speaker.map { offsets.inputSpan(block.scalarRange($0)) } ?? finding.inheritedSpeakerSpan,
            cueSpan: finding.cue.map { offsets.inputSpan(block.scalarRange($0)) })
    }

    /// Adds a later paragraph of a quote that runs on over several paragraphs.
    mutating func append(paragraph content: Range<Int>, of block: TokenizedBlock, offsets: OffsetMap) {
        text += "\n\n" + block.text(tokens: content)
        span.end = offsets.inputSpan(block.scalarRange(content)).end
    }
}
