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
            kind: finding.kind, text: text, sourceID: nil, via: finding.via?.text ?? Attribution.platform(ofCue: finding.cue, in: block),
            viaIsOutlet: finding.via?.isOutlet ?? false,
            cue: finding.cue.map { block.text(tokens: $0) }, rule: finding.rule, blockIndex: finding.blockIndex, span: span,
            speakerSpan: finding.speaker.map { offsets.inputSpan(block.scalarRange($0)) } ?? finding.inheritedSpeakerSpan,
            cueSpan: finding.cue.map { offsets.inputSpan(block.scalarRange($0)) })
    }

    /// The platform a cue names by itself when the sentence names no channel: "Pell tweeted that …" came "on Twitter", read
    /// like "wrote on Facebook" or "said on her Telegram channel"; nil for any other cue.
    static func platform(ofCue cue: Range<Int>?, in block: TokenizedBlock) -> String? {
        guard let cue, Attribution.tweetForms.contains(block.tokens[cue.lowerBound].word) else { return nil }
        return "on Twitter"
    }

    /// The forms of "tweet" as a cue.
    static let tweetForms: Set<Word> = [Word("tweeted"), Word("tweets"), Word("tweet"), Word("tweeting")]

    /// Adds a later paragraph of a quote that runs on over several paragraphs.
    mutating func append(paragraph content: Range<Int>, of block: TokenizedBlock, offsets: OffsetMap) {
        text += "\n\n" + block.text(tokens: content)
        span.end = offsets.inputSpan(block.scalarRange(content)).end
    }
}
