/// Builds the `Article` from classified block candidates: blocks with their kinds and
/// offsets, duplicate marks, metadata from the input first and inferred values second.
enum ArticleAssembler {
    static func assemble(
        _ candidates: [BlockCandidate], titleRule: BlockClassifier.TitleRule, metadata: ArticleMetadata,
        text: [Unicode.Scalar], origin: String, format: InputFormat
    ) -> Article {
        let result = BlockClassifier.classify(candidates, titleRule: titleRule)
        var blocks = zip(candidates, result.kinds).map { candidate, kind in
            Block(kind: kind, text: candidate.string, offsets: candidate.offsets, links: candidate.links)
        }
        DuplicateMarker.mark(&blocks)
        let date = metadata.date ?? blocks.first { $0.kind == .dateline }?.text
        return Article(
            id: metadata.url ?? ContentHash.fnv1a(text),
            origin: origin,
            title: metadata.title ?? result.title,
            outlet: metadata.outlet
                ?? SelfReferenceOutlet.infer(from: blocks.indices.filter { blocks[$0].isProse }.map { candidates[$0].text }),
            byline: metadata.byline.isEmpty ? result.byline : metadata.byline,
            date: date,
            url: metadata.url,
            format: format,
            blocks: blocks
        )
    }
}
