/// What an input says about an article besides its text (JSON fields, command-line overrides).
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var byline: [String]
    public var date: String?
    public var url: String?

    public init(title: String? = nil, outlet: String? = nil, byline: [String] = [], date: String? = nil, url: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.date = date
        self.url = url
    }
}
