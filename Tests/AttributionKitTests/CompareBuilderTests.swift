import Foundation
import Testing
@testable import AttributionKit

@Suite struct CompareBuilderTests {
    /// A folder of fictional articles: two plain text files (one in a subfolder) and a JSON Lines file
    /// with two good lines and one truncated line.
    private func corpus() throws -> String {
        let folder = try TemporaryFolder.make()
        try FileManager.default.createDirectory(atPath: folder + "/week2", withIntermediateDirectories: true)
        let story = { (title: String, speaker: String) in
            "\(title)\n\nBy Mira Tallis\n\n\"The tide gauges are failing,\" said \(speaker), a senior fellow at the Coastal Policy Institute.\n"
        }
        try story("Gauges fail on the north quay", "Edda Holm").write(toFile: folder + "/one.txt", atomically: true, encoding: .utf8)
        try story("Gauges fail again", "Edda Holm").write(toFile: folder + "/week2/two.txt", atomically: true, encoding: .utf8)
        let line = { (site: String, date: String) in
            #"{"title": "Quay levy vote", "text": "\"We will vote in May,\" said Council member Ruth Vance.", "sitename": "\#(site)", "date": "\#(date)"}"#
        }
        let lines = [line("Harbor Courier", "2026-05-01"), line("Harbor Courier", "2026-06-11"), #"{"title": "cut"#]
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/feed.jsonl", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func readsFoldersRecursivelyAndJSONLinesAndReportsBadLines() throws {
        let folder = try corpus()
        defer { TemporaryFolder.remove(folder) }
        let built = ComparisonBuilder().build(paths: [folder], grouping: .outlet)
        #expect(built.comparison.articles == 4)
        #expect(built.comparison.groups["Harbor Courier"]?.articles == 2)
        #expect(built.problems.count == 1)
        #expect(built.problems.first?.origin == folder + "/feed.jsonl:3")
    }

    @Test func monthGroupsFollowTheArticlesDates() throws {
        let folder = try corpus()
        defer { TemporaryFolder.remove(folder) }
        let built = ComparisonBuilder().build(paths: [folder + "/feed.jsonl"], grouping: .month)
        #expect(built.comparison.orderedKeys == ["2026-05", "2026-06"])
    }
}
