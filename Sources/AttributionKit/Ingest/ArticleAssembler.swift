/// Builds the `Article` from classified block candidates: blocks with their kinds and
/// offsets, duplicate marks, metadata from the input first and inferred values second.
enum ArticleAssembler {
    static func assemble(
        _ candidates: [BlockCandidate], titleRule: BlockClassifier.TitleRule, metadata: ArticleMetadata,
        text: SourceText, origin: String, format: InputFormat
    ) -> Article {
        let result = BlockClassifier.classify(candidates, titleRule: titleRule)
        // The blocks' pieces: the candidates, unless the lede opens with a wire dateline.
        var pieces = candidates
        var kinds = result.kinds
        // The agency a wire dateline credits ("GULLPORT (AP) —"), which wrote the story.
        var wireAgency: String? = nil
        if let lede = kinds.firstIndex(of: .body), let length = WireDatelineDetector.prefixLength(of: candidates[lede].text) {
            wireAgency = WireDatelineDetector.agency(in: candidates[lede].text.prefix(length))
            pieces.replaceSubrange(lede...lede, with: splitDateline(candidates[lede], at: length))
            kinds.insert(.dateline, at: lede)
        }
        var blocks = zip(pieces, kinds).map { piece, kind in
            Block(kind: kind, text: text.text(of: piece), offsets: piece.offsets, links: piece.links)
        }
        DuplicateMarker.mark(&blocks)
        // A date line, not the place of a wire dateline, is the article's date.
        let date = metadata.date ?? zip(candidates, result.kinds).first { $0.1 == .dateline }?.0.string
        return Article(
            id: metadata.url ?? ContentHash.fnv1a(text.utf8),
            origin: origin,
            title: metadata.title ?? result.title,
            outlet: metadata.outlet ?? wireAgency
                ?? CreditLineOutlet.infer(from: pieces.indices.filter { blocks[$0].kind != .title }.map { pieces[$0].text })
                ?? SelfReferenceOutlet.infer(from: blocks.indices.filter { blocks[$0].isProse }.map { pieces[$0].text }),
            byline: metadata.byline.isEmpty ? result.byline : metadata.byline,
            date: date,
            url: metadata.url,
            format: format,
            blocks: blocks
        )
    }

    /// The lede cut after its wire dateline (`length` bytes): the dateline ("GULLPORT (AP) —") and the body.
    private static func splitDateline(_ candidate: BlockCandidate, at length: Int) -> [BlockCandidate] {
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
        return [dateline, body]
    }
}
