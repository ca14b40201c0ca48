/// Finds every statement an article attributes to someone, and who said it.
public struct AttributionEngine: Sendable {
    public init() {}

    public func attribute(_ article: Article) -> AttributionResult {
        AttributionResult(sources: [], attributions: [])
    }
}

/// What the attribution engine found: sources (credentials and gender filled) and their statements.
public struct AttributionResult: Sendable {
    public var sources: [Source]
    public var attributions: [Attribution]

    public init(sources: [Source], attributions: [Attribution]) {
        self.sources = sources
        self.attributions = attributions
    }
}
