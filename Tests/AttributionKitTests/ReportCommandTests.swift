import Foundation
import Testing
@testable import AttributionKit

/// The report options of the built `attrib` binary, end to end (helpers from `CommandLineTests`).
@Suite struct ReportCommandTests {
    private typealias CLI = CommandLineTests

    @Test func failUnderExitsTwoNamingTheArticle() throws {
        let folder = try TemporaryFolder.make(files: ["fares.txt": CLI.story])
        defer { TemporaryFolder.remove(folder) }
        let low = try CLI.run(["analyze", "--fail-under", "101", folder + "/fares.txt"])
        #expect(low.status == 2)
        #expect(low.stderr.contains(folder + "/fares.txt: balance score"))
        #expect(try CLI.object(low.stdout)["balance"] != nil)
        #expect(try CLI.run(["analyze", "--fail-under", "0", folder + "/fares.txt"]).status == 0)
    }

    @Test func summaryIsShortMarkdownOnly() throws {
        let run = try CLI.run(["analyze", "--format", "md", "--summary", "-"], stdin: CLI.story)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("**Sourcing audit: Ferry Fares Rise Again**"))
        #expect(run.stdout.split(separator: "\n", omittingEmptySubsequences: false).count <= 16)
        #expect(try CLI.run(["analyze", "--format", "json", "--summary", "-"], stdin: CLI.story).status != 0)
    }

    @Test func exportedTemplatesAreUsedAndBrokenOnesNamed() throws {
        let folder = try TemporaryFolder.make(files: [:])
        defer { TemporaryFolder.remove(folder) }
        let export = try CLI.run(["templates", "export", folder + "/t"])
        #expect(export.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/t/article.html.mustache"))
        let again = try CLI.run(["templates", "export", folder + "/t"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))

        try Data("{{% CONTENT_TYPE: MARKDOWN}}\nMine: {{title}}\n".utf8).write(to: URL(fileURLWithPath: folder + "/t/article.md.mustache"))
        let custom = try CLI.run(["analyze", "--format", "md", "--templates", folder + "/t", "-"], stdin: CLI.story)
        #expect(custom.stdout == "Mine: Ferry Fares Rise Again\n")

        try Data("{{% CONTENT_TYPE: MARKDOWN}}\n\n{{#sources}}\n".utf8).write(to: URL(fileURLWithPath: folder + "/t/article.md.mustache"))
        let broken = try CLI.run(["analyze", "--format", "md", "--templates", folder + "/t", "-"], stdin: CLI.story)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains(folder + "/t/article.md.mustache:"))
    }

    @Test func compareReportsEachOutletOfAFolder() throws {
        let json = { (site: String) in
            #"{"title": "Quay levy", "text": "\"We will vote in May,\" said council member Ruth Vance.", "sitename": "\#(site)"}"#
        }
        let folder = try TemporaryFolder.make(files: ["a.json": json("Harbor Courier"), "b.json": json("Tide Daily"), "c.json": json("Tide Daily")])
        defer { TemporaryFolder.remove(folder) }
        let run = try CLI.run(["compare", "--format", "json", folder])
        #expect(run.status == 0)
        let groups = try #require(try CLI.object(run.stdout)["groups"] as? [[String: Any]])
        #expect(groups.map { $0["group"] as? String } == ["Harbor Courier", "Tide Daily"])
        #expect(groups.map { $0["articles"] as? Int } == [1, 2])
        let markdown = try CLI.run(["compare", "--by", "author", folder])
        #expect(markdown.stdout.hasPrefix("# Sourcing comparison by author\n"))
    }
}
