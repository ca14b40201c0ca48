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
        let lines = HardWrapJoiner.join(TextLines.ranges(in: text[...]), in: text[...])
        // Scalars are counted once over the text: each line's, and those between the lines.
        var scalarOffset = 0
        var byteOffset = 0
        return lines.map { line in
            scalarOffset += text[byteOffset..<line.lowerBound].scalarCount
            let length = text[line].scalarCount
            defer {
                scalarOffset += length
                byteOffset = line.upperBound
            }
            return BlockCandidate(structure: .line, text: text[line], length: length, offsets: .contiguous(start: scalarOffset))
        }
    }
}
