import CCmark

/// Reads a Markdown article through libcmark's AST: headings, paragraphs, block quotes and
/// list items become blocks whose text has the inline markup removed, every scalar mapped
/// back to the input, and hyperlinks kept with their anchor text.
public struct MarkdownReader: Sendable {
    public init() {}

    /// `bytes` must be the UTF-8 of `text` (libcmark parses bytes; offsets count scalars).
    public func read(
        _ text: [Unicode.Scalar], bytes: [UInt8], origin: String, metadata: ArticleMetadata = ArticleMetadata()
    ) -> Article {
        ArticleAssembler.assemble(
            candidates(text, bytes: bytes), titleRule: .firstHeading, metadata: metadata,
            text: SourceText(validUTF8: bytes, makingString: false), origin: origin, format: .markdown)
    }

    func candidates(_ text: [Unicode.Scalar], bytes: [UInt8]) -> [BlockCandidate] {
        guard !bytes.isEmpty else { return [] }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let document else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        let lines = SourceLineIndex(text)
        var candidates: [BlockCandidate] = []
        var containers: [BlockCandidate.Structure] = []
        var current: (structure: BlockCandidate.Structure, aligner: MarkdownTextAligner)? = nil
        var imageDepth = 0

        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_BLOCK_QUOTE:
                if entering { containers.append(.blockQuote) } else { containers.removeLast() }
            case CMARK_NODE_ITEM:
                if entering { containers.append(.listItem) } else { containers.removeLast() }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    let isHeading = cmark_node_get_type(node) == CMARK_NODE_HEADING
                    let structure: BlockCandidate.Structure =
                        isHeading ? .heading(level: Int(cmark_node_get_heading_level(node))) : containers.last ?? .paragraph
                    current = (structure, MarkdownTextAligner(source: text, range: sourceRange(of: node, lines)))
                } else if let block = current {
                    current = nil
                    if let candidate = candidate(block.structure, block.aligner) { candidates.append(candidate) }
                }
            case CMARK_NODE_IMAGE:
                if entering {
                    if imageDepth == 0 { current?.aligner.skipImage() }
                    imageDepth += 1
                } else {
                    imageDepth -= 1
                }
            case _ where imageDepth > 0:
                continue
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                current?.aligner.appendLiteral(literal(of: node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                current?.aligner.appendLineBreak()
            case CMARK_NODE_HTML_INLINE:
                current?.aligner.skipLiteral(literal(of: node))
            case CMARK_NODE_LINK:
                if entering {
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    current?.aligner.openLink(destination: url)
                } else {
                    current?.aligner.closeLink()
                }
            default:
                continue
            }
        }
        return candidates
    }

    /// The block's text with surrounding white space trimmed; nil when nothing is left (an image alone).
    private func candidate(_ structure: BlockCandidate.Structure, _ aligner: MarkdownTextAligner) -> BlockCandidate? {
        let scalars = aligner.text
        let trimmed = TextLines.trimmed(0..<scalars.count, of: scalars)
        guard !trimmed.isEmpty else { return nil }
        let positions = aligner.positions
        let offsets = OffsetMap.mapped(Array(positions[trimmed]) + [positions[trimmed.upperBound - 1] + 1])
        let links = aligner.links.compactMap { link -> Link? in
            let lower = max(link.range.lowerBound, trimmed.lowerBound) - trimmed.lowerBound
            let upper = min(link.range.upperBound, trimmed.upperBound) - trimmed.lowerBound
            guard lower < upper else { return nil }
            return Link(text: link.text, destination: link.destination, range: lower..<upper)
        }
        return BlockCandidate(
            structure: structure, text: Array(String(scalars: scalars[trimmed]).utf8)[...], length: trimmed.count, offsets: offsets,
            links: links)
    }

    private func sourceRange(of node: OpaquePointer, _ lines: SourceLineIndex) -> Range<Int> {
        let start = lines.scalarIndex(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))
        let end = lines.scalarIndex(line: cmark_node_get_end_line(node), column: cmark_node_get_end_column(node) + 1)
        return start..<max(start, end)
    }

    private func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
