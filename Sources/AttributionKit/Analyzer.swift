/// The whole pipeline for one article: attribution, source profiles, balance score.
///
/// Stages talk through plain value types, so each can be used on its own.
public struct Analyzer: Sendable {
    public var engine: AttributionEngine
    public var profiler: SourceProfiler
    public var scorer: BalanceScorer

    public init(
        engine: AttributionEngine = AttributionEngine(),
        profiler: SourceProfiler = SourceProfiler(),
        scorer: BalanceScorer = BalanceScorer()
    ) {
        self.engine = engine
        self.profiler = profiler
        self.scorer = scorer
    }

    public func analyze(_ article: Article) -> Audit {
        let found = engine.attribute(article)
        var attributions = found.attributions
        let foundSources = found.sources
        // Ending `found` here leaves each array with one holder, so both are changed in place below.
        _ = consume found
        // What a source told the article's own outlet is firsthand (`Article.isOwnOutlet`, the
        // outlet's key made once); statements are copied only in an article where that happens.
        if attributions.contains(where: \.viaIsOutlet) {
            let outletKey = article.outlet.map(NameWords.key)
            for index in attributions.indices
            where attributions[index].viaIsOutlet && NameWords.name(attributions[index].via, hasKey: outletKey) {
                attributions[index].viaIsOutlet = false
            }
        }
        let sources = profiler.profile(consume foundSources, in: article)
        let balance = scorer.score(article: article, sources: sources, attributions: attributions, ownOutletCleared: true)
        return Audit(article: article, sources: sources, attributions: attributions, balance: balance)
    }
}
