import Foundation
import Testing
@testable import AttributionKit

/// End-to-end runs of the built `attrib` binary, which `swift test` builds next to the test bundle.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let story = """
        Ferry Fares Rise Again
        By Jonah Whitfield

        The ferry authority raised fares for the second time this year.

        "Riders will notice," authority chair Ola Berg said.
        """

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("attrib")
    }

    static func run(_ arguments: [String], stdin: String = "") throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func article(_ json: String) throws -> [String: Any] {
        try #require(try object(json)["article"] as? [String: Any])
    }

    @Test
    func oneFilePrintsOneJSONObject() throws {
        let dir = try TemporaryFolder.make(files: ["ferry.txt": Self.story])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["analyze", dir + "/ferry.txt"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let article = try Self.article(run.stdout)
        #expect(article["title"] as? String == "Ferry Fares Rise Again")
        #expect(article["byline"] as? [String] == ["Jonah Whitfield"])
    }

    @Test
    func badFilesAreReportedAndTheGoodOnesStillAnalysed() throws {
        let dir = try TemporaryFolder.make(files: ["ferry.txt": Self.story, "empty.txt": ""])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["analyze", dir + "/missing.txt", dir + "/ferry.txt", dir + "/empty.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "attrib: \(dir)/missing.txt: no such file\nattrib: \(dir)/empty.txt: empty file\nattrib: 2 bad inputs skipped\n")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try Self.article(String(lines[0]))["title"] as? String == "Ferry Fares Rise Again")
    }

    @Test
    func standardInputIsSniffedAndOverridesApply() throws {
        let markdown = "# Tide Tables Change\n\nThe port said so, in a [notice](https://port.example/n).\n"
        let run = try Self.run(["analyze", "--outlet", "Gullport Courier", "-"], stdin: markdown)
        #expect(run.status == 0)
        let article = try Self.article(run.stdout)
        #expect(article["title"] as? String == "Tide Tables Change")
        #expect(article["outlet"] as? String == "Gullport Courier")
        let titled = try Self.run(["analyze", "--title", "Another Headline", "-"], stdin: markdown)
        #expect(try Self.article(titled.stdout)["title"] as? String == "Another Headline")
    }

    @Test
    func outputFileIsWrittenWholeWithNoTemporaryLeftBehind() throws {
        let dir = try TemporaryFolder.make(files: ["ferry.txt": Self.story])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["analyze", "-o", dir + "/report.json", dir + "/ferry.txt", dir + "/nope.txt"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: dir + "/report.json", encoding: .utf8)
        #expect(try Self.article(written)["title"] as? String == "Ferry Fares Rise Again")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["ferry.txt", "report.json"])
    }

    @Test func outputFolderGetsOneReportPerInput() throws {
        let dir = try TemporaryFolder.make(files: ["ferry.txt": Self.story, "tide.md": "# Tide Tables Change\n\nThe port said so.\n"])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["analyze", "-o", dir + "/reports/", dir + "/ferry.txt", dir + "/tide.md", dir + "/gone.json"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("attrib: \(dir)/gone.json: no such file\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/reports").sorted()
        #expect(files.contains("ferry.json") && files.contains("tide.json"))
        let tide = try String(contentsOfFile: dir + "/reports/tide.json", encoding: .utf8)
        #expect(try Self.article(tide)["title"] as? String == "Tide Tables Change")
    }

    @Test func explainTracesEachSpeakerToItsRule() throws {
        let dir = try TemporaryFolder.make(files: ["ferry.txt": Self.story])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["analyze", "--explain", dir + "/ferry.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("speaker “authority chair Ola Berg” → **Ola Berg** · rule *quote, NAME CUE*"))
        let refused = try Self.run(["analyze", "--explain", "--format", "csv", dir + "/ferry.txt"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--explain is a Markdown form"))
    }

    @Test func severalArticlesInOneJSONOutputAreJSONLines() throws {
        let dir = try TemporaryFolder.make(files: [
            "batch.jsonl": "{\"title\": \"One\", \"text\": \"First.\"}\n{\"title\": \"Two\", \"text\": \"Second.\"}\n"
        ])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["analyze", dir + "/batch.jsonl"])
        #expect(run.status == 0)
        let titles = try run.stdout.split(separator: "\n").map { try Self.article(String($0))["title"] as? String }
        #expect(titles == ["One", "Two"])
    }

    @Test func destinationIsAFolderWhenThePathSaysSo() throws {
        let dir = try TemporaryFolder.make(files: [:])
        defer { TemporaryFolder.remove(dir) }
        #expect(ReportWriter.Destination(outputPath: nil) == .standardOutput)
        #expect(ReportWriter.Destination(outputPath: "-") == .standardOutput)
        #expect(ReportWriter.Destination(outputPath: dir) == .directory(dir))
        #expect(ReportWriter.Destination(outputPath: "new/") == .directory("new/"))
        #expect(ReportWriter.Destination(outputPath: dir + "/r.json") == .file(dir + "/r.json"))
    }

    @Test func blocksListsEachBlockWithItsKindAndSpan() throws {
        let dir = try TemporaryFolder.make(files: ["ferry.txt": Self.story])
        defer { TemporaryFolder.remove(dir) }
        let run = try Self.run(["blocks", dir + "/ferry.txt"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[1] == "0\ttitle\t[0,22)\tFerry Fares Rise Again")
        #expect(lines[2] == "1\tbyline\t[23,41)\tBy Jonah Whitfield")
    }
}
