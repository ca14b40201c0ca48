/// What the comparison templates show, computed from a `SourcingComparison` in a fixed order
/// (groups by key, experts by quotes) so the same tallies always render the same report.
struct ComparisonView {
    struct Share {
        let label: String
        let percent: String
    }

    struct Expert {
        let name: String
        let category: String
        let credentials: String?
        /// "3 attributions in 2 articles".
        let countText: String
    }

    struct Group {
        let key: String
        let anchor: String
        let articles: Int
        /// "1 article", "12 articles".
        let articlesText: String
        let meanScore: String
        let spread: String
        let attributions: Int
        let sources: Int
        let womenShare: String
        let anonymousShare: String
        let secondhandShare: String
        let categoryMix: String
        let sideMix: String
        let experts: [Expert]
    }

    struct Mention {
        let key: String
        let quotes: Int
    }

    struct SharedExpert {
        let name: String
        let category: String
        let credentials: String?
        let mentions: [Mention]
        let mentionsText: String
    }

    let grouping: String
    let groupingLabel: String
    let articles: Int
    let groupCount: Int
    let groups: [Group]
    let sharedExperts: [SharedExpert]
    let charts: [BarChart]
    /// Each group's sources split by category.
    let categoryChart: StackedBarChart?
    let generator: String

    static let expertsPerGroup = 5
    static let credentialsShown = 3
    /// Charts show the groups with most articles, so a comparison by author stays readable.
    static let chartedGroups = 20

    init(_ comparison: SourcingComparison) {
        grouping = comparison.grouping.rawValue
        groupingLabel = comparison.grouping.rawValue.prefix(1).uppercased() + comparison.grouping.rawValue.dropFirst()
        articles = comparison.articles
        groupCount = comparison.groups.count
        generator = "attrib \(AttribVersion.current)"
        let keys = comparison.orderedKeys
        groups = keys.enumerated().map { index, key in
            Self.group(key, comparison.groups[key]!, anchor: "g\(index + 1)")
        }
        sharedExperts = Self.sharedExperts(comparison, keys: keys)
        charts = Self.charts(comparison, keys: keys)
        categoryChart = Self.categoryChart(comparison, keys: keys)
    }

    static func credentials(_ tally: ExpertTally) -> String? {
        let shown = Array((ExpertTally.ranked(tally.titles) + ExpertTally.ranked(tally.organizations)).prefix(credentialsShown))
        return shown.isEmpty ? nil : shown.joined(separator: ", ")
    }

    static func expert(_ tally: ExpertTally) -> Expert {
        Expert(
            name: tally.name, category: ReportNumbers.words(tally.category), credentials: credentials(tally),
            countText: ReportNumbers.counted(tally.quotes, "attribution") + " in " + ReportNumbers.counted(tally.articles, "article"))
    }

    /// "think tank 40%, government 30%" from counts, largest first.
    static func mix(_ counts: [String: Int]) -> [Share] {
        let total = counts.values.reduce(0, +)
        return ExpertTally.ranked(counts).map {
            Share(label: ReportNumbers.words($0), percent: ReportNumbers.percent(counts[$0]!, of: total))
        }
    }

    /// The mix as one line, "–" when there is nothing to count.
    private static func mixText(_ counts: [String: Int]) -> String {
        let shares = mix(counts)
        return shares.isEmpty ? "–" : shares.map { "\($0.label) \($0.percent)" }.joined(separator: ", ")
    }

    private static func group(_ key: String, _ tally: GroupTally, anchor: String) -> Group {
        let optionalPercent = { (share: Double?) in share.map(ReportNumbers.percent) ?? "–" }
        return Group(
            key: key, anchor: anchor, articles: tally.articles, articlesText: ReportNumbers.counted(tally.articles, "article"),
            meanScore: ReportNumbers.decimal(tally.meanScore), spread: ReportNumbers.decimal(tally.scoreStandardDeviation),
            attributions: tally.attributions, sources: tally.sources,
            womenShare: optionalPercent(tally.womenShare), anonymousShare: optionalPercent(tally.anonymousShare),
            secondhandShare: optionalPercent(tally.secondhandShare),
            categoryMix: mixText(tally.categories), sideMix: mixText(tally.sides),
            experts: tally.topExperts(expertsPerGroup).map { expert($0.tally) })
    }

    /// Experts quoted in two groups or more: most groups first, then most quotes, then name.
    private static func sharedExperts(_ comparison: SourcingComparison, keys: [String]) -> [SharedExpert] {
        var byPerson: [String: (tally: ExpertTally, mentions: [Mention])] = [:]
        for key in keys {
            for (person, tally) in comparison.groups[key]!.people
            where ExpertTally.expertCategories.contains(tally.category) {
                var entry = byPerson[person] ?? (ExpertTally(), [])
                entry.tally.merge(tally)
                entry.mentions.append(Mention(key: key, quotes: tally.quotes))
                byPerson[person] = entry
            }
        }
        return byPerson.filter { $0.value.mentions.count >= 2 }
            .sorted {
                ($1.value.mentions.count, $1.value.tally.quotes, $0.key) < ($0.value.mentions.count, $0.value.tally.quotes, $1.key)
            }
            .map { _, entry in
                let tally = entry.tally
                return SharedExpert(
                    name: tally.name, category: ReportNumbers.words(tally.category), credentials: credentials(tally),
                    mentions: entry.mentions,
                    mentionsText: entry.mentions.map { "\($0.key) (\($0.quotes))" }.joined(separator: ", "))
            }
    }

    private static func categoryChart(_ comparison: SourcingComparison, keys: [String]) -> StackedBarChart? {
        let shown = charted(comparison, keys: keys)
        let rows = shown.keys.map { (label: $0, counts: comparison.groups[$0]!.categories) }
        guard rows.contains(where: { !$0.counts.isEmpty }) else { return nil }
        return StackedBarChart(
            title: "Sources by category" + shown.suffix, rows: rows,
            kinds: SourceCategory.allCases.map { (kind: $0.rawValue, label: ReportNumbers.words($0.rawValue)) })
    }

    /// The groups the charts show: the `chartedGroups` with most articles, in report order.
    private static func charted(_ comparison: SourcingComparison, keys: [String]) -> (keys: [String], suffix: String) {
        let largest = Set(
            keys.sorted { (comparison.groups[$1]!.articles, $0) < (comparison.groups[$0]!.articles, $1) }
                .prefix(chartedGroups))
        let shown = keys.filter { largest.contains($0) }
        return (shown, shown.count < keys.count ? " (the \(shown.count) largest groups)" : "")
    }

    private static func charts(_ comparison: SourcingComparison, keys: [String]) -> [BarChart] {
        let (shown, suffix) = charted(comparison, keys: keys)
        let bars = { (measure: (GroupTally) -> Double?, format: (Double) -> String) -> [BarChart.Item] in
            shown.compactMap { key in
                measure(comparison.groups[key]!).map {
                    BarChart.Item(label: key, fraction: $0, kind: "group", value: format($0))
                }
            }
        }
        return [
            BarChart(
                title: "Mean balance score" + suffix, items: bars({ $0.meanScore / 100 }, { ReportNumbers.decimal($0 * 100) }),
                scaleMaximum: 1),
            BarChart(title: "Share of women among sources" + suffix, items: bars({ $0.womenShare }, ReportNumbers.percent), scaleMaximum: 1),
            BarChart(title: "Anonymous share of attributions" + suffix, items: bars({ $0.anonymousShare }, ReportNumbers.percent), scaleMaximum: 1),
            BarChart(title: "Secondhand share of attributions" + suffix, items: bars({ $0.secondhandShare }, ReportNumbers.percent), scaleMaximum: 1),
        ].filter { !$0.bars.isEmpty }
    }
}
