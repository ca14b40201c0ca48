/// Computes the sourcing-balance score and the flags of one article.
public struct BalanceScorer: Sendable {
    public init() {}

    public func score(article: Article, sources: [Source], attributions: [Attribution]) -> Balance {
        Balance(score: 0, components: [], flags: [])
    }
}
