/// Reads a plain-text article: one block per non-blank line (hard-wrapped paragraphs
/// rejoined), the headline on the first line, kinds decided by `BlockClassifier`.
///
/// Every block is a verbatim slice of the input, so its offsets are contiguous.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ text: [Unicode.Scalar], origin: String, metadata: ArticleMetadata = ArticleMetadata()) -> Article {
        ArticleAssembler.assemble(
            candidates(in: text), titleRule: .firstLine, metadata: metadata, text: text, origin: origin, format: .text)
    }

    /// The line candidates of `text`, offsets counted from its first scalar.
    func candidates(in text: [Unicode.Scalar]) -> [BlockCandidate] {
        let lines = HardWrapJoiner.join(TextLines.ranges(in: text), in: text)
        return lines.map { BlockCandidate(structure: .line, text: text[$0], offsets: .contiguous(start: $0.lowerBound)) }
    }
}
