/// Reads a plain-text article: one block per non-blank line (hard-wrapped paragraphs
/// rejoined), the headline on the first line, kinds decided by `BlockClassifier`.
///
/// Every block is a verbatim slice of the input, so its offsets are contiguous.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ text: [Unicode.Scalar], origin: String, metadata: ArticleMetadata = ArticleMetadata()) -> Article {
        read(SourceText(String(scalars: text[...])), origin: origin, metadata: metadata)
    }

    func read(_ text: SourceText, origin: String, metadata: ArticleMetadata = ArticleMetadata()) -> Article {
        ArticleAssembler.assemble(
            candidates(in: text.utf8), titleRule: .firstLine, metadata: metadata, text: text, origin: origin, format: .text)
    }

    /// The line candidates of `text` (UTF-8), offsets counted in scalars from its first.
    func candidates(in text: [UInt8]) -> [BlockCandidate] {
        HardWrapJoiner.join(TextLines.lines(in: text), in: text).map { line in
            BlockCandidate(structure: .line, text: text[line.range], length: line.length, offsets: .contiguous(start: line.scalarStart))
        }
    }
}
