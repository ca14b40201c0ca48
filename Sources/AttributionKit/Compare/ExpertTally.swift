/// How often one named source is quoted within a group, with the credentials the articles give.
/// Counts only, so tallies add up exactly whatever order articles arrive in.
public struct ExpertTally: Sendable, Codable, Equatable {
    /// Spellings of the name seen, with how many articles used each.
    public var names: [String: Int] = [:]
    public var quotes = 0
    public var articles = 0
    /// Category code → number of articles that profiled the source so.
    public var categories: [String: Int] = [:]
    public var titles: [String: Int] = [:]
    public var organizations: [String: Int] = [:]

    public init() {}

    /// The categories whose named sources count as experts in comparisons.
    public static let expertCategories: Set<String> = [
        SourceCategory.thinkTank, .academic, .formerOfficial, .legal, .ngo, .military,
    ].reduce(into: []) { $0.insert($1.rawValue) }

    mutating func add(_ source: Source, quotes: Int) {
        if let name = source.name { names[name, default: 0] += 1 }
        self.quotes += quotes
        articles += 1
        categories[source.category.rawValue, default: 0] += 1
        for title in Set(source.titles) { titles[title, default: 0] += 1 }
        for organization in Set(source.organizations) { organizations[organization, default: 0] += 1 }
    }

    mutating func merge(_ other: ExpertTally) {
        names.merge(other.names, uniquingKeysWith: +)
        quotes += other.quotes
        articles += other.articles
        categories.merge(other.categories, uniquingKeysWith: +)
        titles.merge(other.titles, uniquingKeysWith: +)
        organizations.merge(other.organizations, uniquingKeysWith: +)
    }

    /// The most used spelling (ties: alphabetical), for display.
    public var name: String { Self.mostCommon(names) ?? "" }
    public var category: String { Self.mostCommon(categories) ?? SourceCategory.other.rawValue }

    /// Keys by descending count, ties alphabetical: the deterministic order reports use.
    static func ranked(_ counts: [String: Int]) -> [String] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    static func mostCommon(_ counts: [String: Int]) -> String? {
        ranked(counts).first
    }
}
