/// The sourcing audit of one article: everything the reports show.
public struct Audit: Sendable {
    public var article: Article
    public var sources: [Source]
    public var attributions: [Attribution]
    public var balance: Balance

    public init(article: Article, sources: [Source], attributions: [Attribution], balance: Balance) {
        self.article = article
        self.sources = sources
        self.attributions = attributions
        self.balance = balance
    }

    public func source(id: String?) -> Source? {
        guard let id else { return nil }
        return sources.first { $0.id == id }
    }
}
