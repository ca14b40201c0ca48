/// What a comparison groups articles by.
public enum ComparisonGrouping: String, Sendable, Codable, CaseIterable {
    case outlet, author, month

    static let unknownOutlet = "(unknown outlet)"
    static let noByline = "(no byline)"
    static let noDate = "(no date)"

    /// The groups an article counts in: one outlet, each of its authors, one month (`YYYY-MM`).
    public func keys(for article: Article) -> [String] {
        switch self {
        case .outlet:
            return [article.outlet.flatMap { $0.isEmpty ? nil : $0 } ?? Self.unknownOutlet]
        case .author:
            var authors: [String] = []
            for name in article.byline where !name.isEmpty && !authors.contains(name) { authors.append(name) }
            return authors.isEmpty ? [Self.noByline] : authors
        case .month:
            return [article.date.flatMap(MonthKey.parse) ?? Self.noDate]
        }
    }
}
