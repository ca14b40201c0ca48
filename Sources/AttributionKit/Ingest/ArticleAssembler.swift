/// Builds the `Article` from classified block candidates: blocks with their kinds and
/// offsets, duplicate marks, metadata from the input first and inferred values second.
enum ArticleAssembler {
    static func assemble(
        _ candidates: [BlockCandidate], titleRule: BlockClassifier.TitleRule, metadata: ArticleMetadata,
        text: SourceText, origin: String, format: InputFormat
    ) -> Article {
        let result = BlockClassifier.classify(candidates, titleRule: titleRule)
        var pieces: [(candidate: BlockCandidate, kind: Block.Kind)] = []
        pieces.reserveCapacity(candidates.count + 1)
        var sawBody = false
        // The agency a wire dateline credits ("GULLPORT (AP) —"), which wrote the story.
        var wireAgency: String? = nil
        for (candidate, kind) in zip(candidates, result.kinds) {
            if kind == .body && !sawBody {
                sawBody = true
                if let length = WireDatelineDetector.prefixLength(of: candidate.text) {
                    wireAgency = WireDatelineDetector.agency(in: candidate.text.prefix(length))
                    pieces += splitDateline(candidate, at: length)
                    continue
                }
            }
            pieces.append((candidate, kind))
        }
        var blocks = pieces.map {
            Block(kind: $0.kind, text: text.text(of: $0.candidate), offsets: $0.candidate.offsets, links: $0.candidate.links)
        }
        DuplicateMarker.mark(&blocks)
        // A date line, not the place of a wire dateline, is the article's date.
        let date = metadata.date ?? zip(candidates, result.kinds).first { $0.1 == .dateline }?.0.string
        return Article(
            id: metadata.url ?? ContentHash.fnv1a(text.utf8),
            origin: origin,
            title: metadata.title ?? result.title,
            outlet: metadata.outlet ?? wireAgency
                ?? SelfReferenceOutlet.infer(from: blocks.indices.filter { blocks[$0].isProse }.map { pieces[$0].candidate.text }),
            byline: metadata.byline.isEmpty ? result.byline : metadata.byline,
            date: date,
            url: metadata.url,
            format: format,
            blocks: blocks
        )
    }

    /// The lede cut after its wire dateline (`length` bytes): the dateline ("GULLPORT (AP) —") and the body.
    private static func splitDateline(_ candidate: BlockCandidate, at length: Int) -> [(candidate: BlockCandidate, kind: Block.Kind)] {
        let text = candidate.text
        var datelineEnd = text.startIndex + length
        while datelineEnd > text.startIndex {
            let before = text.scalar(before: datelineEnd)
            guard TextLines.isBlank(before.scalar) else { break }
            datelineEnd = before.start
        }
        let datelineText = text[..<datelineEnd]
        // Offsets and links count scalars.
        let datelineLength = datelineText.scalarCount
        let bodyStart = text.prefix(length).scalarCount
        let links = candidate.links.compactMap { link -> Link? in
            guard link.range.lowerBound >= bodyStart else { return nil }
            return Link(
                text: link.text, destination: link.destination,
                range: (link.range.lowerBound - bodyStart)..<(link.range.upperBound - bodyStart))
        }
        let dateline = BlockCandidate(
            structure: candidate.structure, text: datelineText, length: datelineLength, offsets: candidate.offsets.slice(0..<datelineLength))
        let body = BlockCandidate(
            structure: candidate.structure, text: text.dropFirst(length), length: candidate.length - bodyStart,
            offsets: candidate.offsets.slice(bodyStart..<candidate.length), links: links)
        return [(dateline, .dateline), (body, .body)]
    }
}
