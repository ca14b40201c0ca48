/// The comparison of many articles' sourcing by outlet, author or month.
///
/// Built by adding audits one at a time and merged exactly (sums and counts, never means), so a
/// corpus can be tallied in parts (`compare --partial`, `attrib merge`, the history database) and
/// combined in any order with the same result. Codable for storing those parts.
public struct SourcingComparison: Sendable, Codable, Equatable {
    /// Bumped when the stored shape changes.
    public static let formatVersion = 1

    public var version = SourcingComparison.formatVersion
    public var grouping: ComparisonGrouping
    /// Articles added; grouped by author, an article with two authors counts once here and in both groups.
    public var articles = 0
    public var groups: [String: GroupTally] = [:]

    public init(grouping: ComparisonGrouping) {
        self.grouping = grouping
    }

    public mutating func add(_ audit: Audit) {
        articles += 1
        for key in grouping.keys(for: audit.article) {
            groups[key, default: GroupTally()].add(audit)
        }
    }

    /// Adds another comparison's tallies into this one; both must group the same way.
    public mutating func merge(_ other: SourcingComparison) throws(ComparisonError) {
        guard other.grouping == grouping else { throw .groupingMismatch(grouping, other.grouping) }
        guard other.version == version else { throw .versionMismatch(other.version) }
        articles += other.articles
        for (key, tally) in other.groups { groups[key, default: GroupTally()].merge(tally) }
    }

    public func merged(with other: SourcingComparison) throws(ComparisonError) -> SourcingComparison {
        var result = self
        try result.merge(other)
        return result
    }

    /// Group keys in report order: alphabetical (months therefore chronological), placeholders last.
    public var orderedKeys: [String] {
        groups.keys.sorted { ($0.hasPrefix("(") ? 1 : 0, $0) < ($1.hasPrefix("(") ? 1 : 0, $1) }
    }
}
