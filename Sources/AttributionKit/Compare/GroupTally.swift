import Foundation

/// The sourcing of all articles in one group (an outlet, an author, a month), kept as sums and
/// counts (the score in thousandths, with its sum of squares) so tallies merge exactly.
public struct GroupTally: Sendable, Codable, Equatable {
    public var articles = 0
    /// Sum of the articles' scores in thousandths of a point, and of their squares: exact integers.
    public var scoreMilliSum = 0
    public var scoreMilliSquares = 0
    public var attributions = 0
    public var quotedWords = 0
    public var unattributed = 0
    public var anonymousAttributions = 0
    public var secondhandAttributions = 0
    public var sources = 0
    public var anonymousSources = 0
    public var women = 0
    public var men = 0
    /// Category code → number of sources.
    public var categories: [String: Int] = [:]
    /// Side → number of sources that speak for it; sources without one are not counted.
    public var sides: [String: Int] = [:]
    /// Named sources by `ExpertTally.key(for:)`.
    public var people: [String: ExpertTally] = [:]

    public init() {}

    mutating func add(_ audit: Audit) {
        articles += 1
        let milli = Self.milli(audit.balance.score)
        scoreMilliSum += milli
        scoreMilliSquares += milli * milli
        let sourcesByID = Dictionary(audit.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var quotesBySource: [String: Int] = [:]
        for attribution in audit.attributions {
            attributions += 1
            quotedWords += attribution.wordCount
            if attribution.viaIsOutlet { secondhandAttributions += 1 }
            guard let id = attribution.sourceID, let source = sourcesByID[id] else {
                unattributed += 1
                continue
            }
            quotesBySource[id, default: 0] += 1
            if source.anonymous { anonymousAttributions += 1 }
        }
        var seenPeople: Set<String> = []
        for source in audit.sources {
            sources += 1
            if source.anonymous { anonymousSources += 1 }
            if source.gender == .female { women += 1 }
            if source.gender == .male { men += 1 }
            categories[source.category.rawValue, default: 0] += 1
            if let side = source.side, !side.isEmpty { sides[side, default: 0] += 1 }
            guard !source.anonymous, let name = source.name else { continue }
            let key = Self.personKey(name)
            if seenPeople.insert(key).inserted {
                people[key, default: ExpertTally()].add(source, quotes: quotesBySource[source.id, default: 0])
            } else {
                // The same person under two ids in one article: one article, all their quotes.
                people[key]?.quotes += quotesBySource[source.id, default: 0]
            }
        }
    }

    mutating func merge(_ other: GroupTally) {
        articles += other.articles
        scoreMilliSum += other.scoreMilliSum
        scoreMilliSquares += other.scoreMilliSquares
        attributions += other.attributions
        quotedWords += other.quotedWords
        unattributed += other.unattributed
        anonymousAttributions += other.anonymousAttributions
        secondhandAttributions += other.secondhandAttributions
        sources += other.sources
        anonymousSources += other.anonymousSources
        women += other.women
        men += other.men
        categories.merge(other.categories, uniquingKeysWith: +)
        sides.merge(other.sides, uniquingKeysWith: +)
        for (key, tally) in other.people { people[key, default: ExpertTally()].merge(tally) }
    }

    public var meanScore: Double {
        articles == 0 ? 0 : Double(scoreMilliSum) / Double(articles) / 1000
    }

    /// Population standard deviation of the scores.
    public var scoreStandardDeviation: Double {
        guard articles > 0 else { return 0 }
        let mean = Double(scoreMilliSum) / Double(articles)
        let variance = Double(scoreMilliSquares) / Double(articles) - mean * mean
        return (max(variance, 0)).squareRoot() / 1000
    }

    /// Women among the sources whose gender the articles state; nil when none is stated.
    public var womenShare: Double? {
        women + men == 0 ? nil : Double(women) / Double(women + men)
    }

    /// Attributions to unnamed sources, among all attributions.
    public var anonymousShare: Double? {
        attributions == 0 ? nil : Double(anonymousAttributions) / Double(attributions)
    }

    /// Attributions taken from another outlet, among all attributions.
    public var secondhandShare: Double? {
        attributions == 0 ? nil : Double(secondhandAttributions) / Double(attributions)
    }

    /// The named sources of expert categories, most quoted first (ties: more articles, then name).
    public func topExperts(_ limit: Int) -> [(key: String, tally: ExpertTally)] {
        Array(
            people.filter { ExpertTally.expertCategories.contains($0.value.category) }
                .sorted { ($1.value.quotes, $1.value.articles, $0.key) < ($0.value.quotes, $0.value.articles, $1.key) }
                .prefix(limit)
                .map { (key: $0.key, tally: $0.value) })
    }

    static func milli(_ score: Double) -> Int {
        score.isFinite ? Int((score * 1000).rounded()) : 0
    }

    /// Names compared without case, accents or repeated spaces ("José  Ruiz" = "jose ruiz").
    static func personKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
