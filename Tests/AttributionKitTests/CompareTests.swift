import Foundation
import Testing
@testable import AttributionKit

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct CompareTests {
    /// A short fictional article quoting `expert` (a think-tank fellow) and an unnamed official.
    private func audit(
        outlet: String?, date: String?, byline: [String] = ["Jane Okafor"], score: Double, expert: String = "Tomas Reyl",
        gender: Gender? = .male, secondhand: Bool = false
    ) -> Audit {
        ReportFixtures.build(
            title: "Quay fees \(score)",
            paragraphs: [
                "\"Fees will fall by winter,\" said \(expert), a fellow at the Harbor Policy Institute.",
                "An official said the board had not yet voted.",
            ],
            quotes: [
                ("Fees will fall by winter,", .direct, "s1", secondhand ? "Coastal Wire" : nil, secondhand, "said"),
                ("the board had not yet voted", .indirect, "s2", nil, false, "said"),
            ],
            sources: [
                Source(
                    id: "s1", name: expert, titles: ["fellow"], organizations: ["Harbor Policy Institute"], category: .thinkTank,
                    gender: gender, side: "Veldmark"),
                Source(id: "s2", anonymous: true, description: "an official", category: .anonymous),
            ],
            outlet: outlet, date: date, byline: byline, score: score)
    }

    private var audits: [Audit] {
        [
            audit(outlet: "Lakeside Ledger", date: "2026-03-14", score: 60),
            audit(outlet: "Lakeside Ledger", date: "March 20, 2026", score: 80, expert: "Ilse Marrow", gender: .female),
            audit(outlet: "Coastal Wire", date: "2026-04-02T08:00:00Z", byline: ["Omar Seddik", "Jane Okafor"], score: 45.5, secondhand: true),
            audit(outlet: nil, date: nil, byline: [], score: 30),
        ]
    }

    @Test func groupsHoldMeanSpreadAndShares() throws {
        var comparison = SourcingComparison(grouping: .outlet)
        for audit in audits { comparison.add(audit) }
        #expect(comparison.orderedKeys == ["Coastal Wire", "Lakeside Ledger", "(unknown outlet)"])
        let ledger = try #require(comparison.groups["Lakeside Ledger"])
        #expect(ledger.articles == 2)
        #expect(ledger.meanScore == 70)
        #expect(ledger.scoreStandardDeviation == 10)
        #expect(ledger.womenShare == 0.5)
        #expect(ledger.anonymousShare == 0.5)
        #expect(ledger.secondhandShare == 0)
        #expect(ledger.categories == ["think_tank": 2, "anonymous": 2])
        #expect(ledger.topExperts(5).map(\.tally.name) == ["Ilse Marrow", "Tomas Reyl"])
        #expect(comparison.groups["Coastal Wire"]?.secondhandShare == 0.5)
    }

    @Test func mergingPartsEqualsAddingEverythingInAnyOrder() throws {
        var whole = SourcingComparison(grouping: .author)
        for audit in audits { whole.add(audit) }
        var first = SourcingComparison(grouping: .author)
        var second = SourcingComparison(grouping: .author)
        for (index, audit) in audits.enumerated() {
            if index % 2 == 0 { first.add(audit) } else { second.add(audit) }
        }
        #expect(try first.merged(with: second) == whole)
        #expect(try second.merged(with: first) == whole)
        #expect(whole.articles == 4)
        #expect(whole.groups["Jane Okafor"]?.articles == 3)
    }

    @Test func storedTalliesRoundTripThroughJSON() throws {
        var comparison = SourcingComparison(grouping: .month)
        for audit in audits { comparison.add(audit) }
        let data = try JSONEncoder().encode(comparison)
        #expect(try JSONDecoder().decode(SourcingComparison.self, from: data) == comparison)
    }

    @Test func differentGroupingsDoNotMerge() {
        #expect(throws: ComparisonError.groupingMismatch(.outlet, .month)) {
            try SourcingComparison(grouping: .outlet).merged(with: SourcingComparison(grouping: .month))
        }
    }

    @Test func monthsAreReadFromCommonDateForms() {
        #expect(MonthKey.parse("2026-03-14") == "2026-03")
        #expect(MonthKey.parse("2026-04-02T08:00:00Z") == "2026-04")
        #expect(MonthKey.parse("2026/7/1") == "2026-07")
        #expect(MonthKey.parse("March 20, 2026") == "2026-03")
        #expect(MonthKey.parse("Tue, 14 Sep 2025 10:00") == "2025-09")
        #expect(MonthKey.parse("yesterday") == nil)
        var comparison = SourcingComparison(grouping: .month)
        for audit in audits { comparison.add(audit) }
        #expect(comparison.orderedKeys == ["2026-03", "2026-04", "(no date)"])
    }

    @Test func expertsQuotedInSeveralGroupsAreListed() throws {
        var comparison = SourcingComparison(grouping: .outlet)
        for audit in audits { comparison.add(audit) }
        let shared = ComparisonView(comparison).sharedExperts
        #expect(shared.map(\.name) == ["Tomas Reyl"])
        #expect(shared.first?.mentionsText == "Coastal Wire (1), Lakeside Ledger (1), (unknown outlet) (1)")
    }

    @Test func markdownComparisonKeepsItsTables() throws {
        var comparison = SourcingComparison(grouping: .outlet)
        for audit in audits { comparison.add(audit) }
        comparison.add(audit(outlet: "Pipe | *Star* <script>", date: nil, score: 50, expert: "Ana <b>Ostrova</b>"))
        let markdown = try ReportRenderer().render(comparison, as: .md)
        #expect(markdown.hasPrefix("# Sourcing comparison by outlet\n"))
        #expect(markdown.contains("| Lakeside Ledger | 2 | 70.0 | 10.0 | 4 | 4 | 50% | 50% | 0% |"))
        #expect(markdown.contains("| Pipe \\| \\*Star\\* \\<script\\> | 1 |"))
        #expect(!markdown.contains("<script>"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            let pipes = line.split(separator: "|", omittingEmptySubsequences: false).count - line.components(separatedBy: "\\|").count + 1
            #expect(pipes == 11 || pipes == 5, "table row broken: \(line)")
        }
    }

    @Test func htmlComparisonIsWellFormedAndEscaped() throws {
        var comparison = SourcingComparison(grouping: .outlet)
        for audit in audits { comparison.add(audit) }
        comparison.add(audit(outlet: "Pipe | *Star* <script>", date: nil, score: 50, expert: "Ana & <b>Ostrova</b>"))
        let html = try ReportRenderer().render(comparison, as: .html)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<figcaption>Mean balance score</figcaption>"))
        #expect(html.contains("<figcaption>Sources by category</figcaption>"))
        #expect(html.contains("<title>think tank 50%</title>"))
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test func csvAndJSONHaveOneEntryPerGroup() throws {
        var comparison = SourcingComparison(grouping: .outlet)
        for audit in audits { comparison.add(audit) }
        let csv = try ReportRenderer().render(comparison, as: .csv)
        #expect(csv.components(separatedBy: "\r\n").dropLast().count == 4)
        #expect(csv.contains("\r\nLakeside Ledger,2,70.00,10.00,4,4,0.5000,0.5000,0.0000,anonymous 2; think_tank 2,Veldmark 2,"))
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(try ReportRenderer().render(comparison, as: .json).utf8)) as? [String: Any])
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.map { $0["group"] as? String } == ["Coastal Wire", "Lakeside Ledger", "(unknown outlet)"])
        #expect((groups[1]["score"] as? [String: Any])?["mean"] as? Double == 70)
        #expect(groups[2]["womenShare"] as? Double == 0)
        #expect(groups[1]["unattributed"] as? Int == 0)
        #expect(groups[1]["quotedWords"] as? Int == 22)
    }
}
