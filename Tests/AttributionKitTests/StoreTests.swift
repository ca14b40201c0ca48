import Foundation
import GRDB
import Testing
@testable import AttributionKit

@Test func storedAuditsRebuildTheSameComparisonForEveryGrouping() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let store = try AuditStore(path: folder + "/history.sqlite")
    let audits = CorpusTestArticles.audits()
    for audit in audits { try store.save(audit) }
    #expect(try store.articleCount() == audits.count)
    for grouping in ComparisonGrouping.allCases {
        var direct = SourcingComparison(grouping: grouping)
        for audit in audits { direct.add(audit) }
        #expect(try store.comparison(grouping: grouping) == direct)
    }
}

@Test func storedAuditKeepsSourcesCredentialsSpansAndScoreComponents() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let store = try AuditStore(path: folder + "/history.sqlite")
    let audit = CorpusTestArticles.audits()[0]
    try store.save(audit)
    var stored: [Audit] = []
    try store.forEachAudit { stored.append($0) }
    #expect(stored.count == 1)
    #expect(stored[0].sources == audit.sources)
    #expect(stored[0].attributions == audit.attributions)
    #expect(stored[0].balance == audit.balance)
    #expect(stored[0].article.url == audit.article.url)
    #expect(stored[0].article.byline == audit.article.byline)
}

@Test func storedAuditKeepsTheOtherSourcesOfAJointStatement() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let store = try AuditStore(path: folder + "/history.sqlite")
    var audit = CorpusTestArticles.audits()[0]
    let ids = audit.sources.map(\.id)
    try #require(ids.count >= 3 && !audit.attributions.isEmpty)
    audit.attributions[0].jointSourceIDs = Array(ids[1...2])
    try store.save(audit)
    var stored: [Audit] = []
    try store.forEachAudit { stored.append($0) }
    #expect(stored[0].attributions.map(\.jointSourceIDs) == audit.attributions.map(\.jointSourceIDs))
}

@Test func reanalysingAnArticleReplacesItsRowsInsteadOfAddingThem() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let path = folder + "/history.sqlite"
    let audits = CorpusTestArticles.audits()
    for _ in 0..<3 {
        // A new store each time: reopening runs the migrator on an existing file.
        let store = try AuditStore(path: path)
        for audit in audits { try store.save(audit) }
    }
    let counts = try DatabaseQueue(path: path).read { db in
        try ["articles", "sources", "attributions", "scores", "scoreComponents"].map {
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0
        }
    }
    let sources: Int = audits.map(\.sources.count).reduce(0, +)
    let attributions: Int = audits.map(\.attributions.count).reduce(0, +)
    let components: Int = audits.map(\.balance.components.count).reduce(0, +)
    let expected: [Int] = [audits.count, sources, attributions, audits.count, components]
    #expect(counts == expected)
}

@Test func aSaveThatFailsHalfwayLeavesTheEarlierVersionWhole() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let store = try AuditStore(path: folder + "/history.sqlite")
    let audit = CorpusTestArticles.audits()[0]
    try store.save(audit)
    // Two sources with one id break the sources table's key after the article row is replaced.
    var broken = audit
    broken.article.title = "Changed"
    broken.sources = [Source(id: "twin", name: "Una Twin"), Source(id: "twin", name: "Una Twin")]
    #expect(throws: (any Error).self) { try store.save(broken) }
    var stored: [Audit] = []
    try store.forEachAudit { stored.append($0) }
    #expect(stored.map(\.article.title) == [audit.article.title])
    #expect(stored[0].sources == audit.sources)
}

@Test func historyFiltersByDayWithMonthsAsBounds() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let store = try AuditStore(path: folder + "/history.sqlite")
    for audit in CorpusTestArticles.audits() { try store.save(audit) }
    var titles: [String] = []
    try store.forEachAudit(in: try DayRange(since: "2031-04", until: "2031-05-03")) { titles.append($0.article.title ?? "") }
    #expect(titles == ["Ministry Defends Ferry Subsidy", "Wind Farm Approved Over Fishers' Objections", "School Levy Fails by 112 Votes"])
    #expect(throws: DayRangeError(value: "last week")) { try DayRange(since: "last week") }
}

@Test func compareFromTheHistoryMatchesCompareOverTheArticlesAndReanalysingDoesNotCountTwice() throws {
    let folder = try TemporaryFolder.make(files: ["feed.jsonl": CorpusTestArticles.jsonLines])
    defer { TemporaryFolder.remove(folder) }
    let history = folder + "/history.sqlite"
    for _ in 0..<2 {
        let analyzed = try CommandLineTests.run(["analyze", "--quiet", "--db", history, "--format", "jsonl", folder + "/feed.jsonl"])
        #expect(analyzed.status == 0)
        #expect(analyzed.stdout.split(separator: "\n").count == CorpusTestArticles.lines.count)
    }
    let fromHistory = try CommandLineTests.run(["compare", "--db", history, "--by", "month", "--format", "csv"])
    let fromArticles = try CommandLineTests.run(["compare", "--by", "month", "--format", "csv", folder + "/feed.jsonl"])
    #expect(fromHistory.status == 0)
    #expect(fromHistory.stdout == fromArticles.stdout)
    let april = try CommandLineTests.run(["compare", "--db", history, "--since", "2031-04", "--until", "2031-04", "--format", "csv"])
    // CSV rows end in CRLF, one grapheme for Swift strings.
    #expect(april.stdout.split(whereSeparator: \.isNewline).count == 2)
    #expect(april.stdout.contains("Corran Ledger,2,"))
}
