import Foundation
import Testing
@testable import AttributionKit

@Test(arguments: [1, 2, 4])
func corpusRunGivesTheSameResultsInInputOrderOnAnyNumberOfWorkers(jobs: Int) {
    // A bad line in the middle: reported with its line number, the rest still analysed.
    var lines = CorpusTestArticles.lines
    lines.insert("{\"title\": \"Cut off", at: 3)
    let input = pipeReading(lines.joined(separator: "\n"))
    defer { close(input) }
    var titles: [String] = []
    var problems: [String] = []
    var reports: [String] = []
    CorpusAnalyzer(format: .jsonl, jobs: jobs).run(paths: ["-"], standardInput: input) { entry in
        titles += entry.articles.map { $0.audit.article.title ?? "" }
        reports += entry.articles.map { String(decoding: $0.report, as: UTF8.self) }
        problems += entry.problems.map(\.origin)
    }
    // The same lines analysed one by one on this thread.
    let sequential = lines.enumerated().flatMap { index, line in
        ArticleLoader().load(.line(source: "-", number: index + 1, bytes: Array(line.utf8))).articles.map(Analyzer().analyze)
    }
    #expect(sequential.count == CorpusTestArticles.lines.count)
    #expect(titles == sequential.map { $0.article.title ?? "" })
    #expect(problems == ["-:4"])
    #expect(reports == sequential.map { try! ReportRenderer().render($0, as: .jsonl) })
    #expect(reports.allSatisfy { $0.hasSuffix("}\n") && $0.dropLast().firstIndex(of: "\n") == nil })
}

@Test func folderOutputWritesOneReportPerArticleWithDistinctNamesAndTheComparison() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    // The same articles twice: the second copies must get names of their own.
    let corpus = folder + "/feed.jsonl"
    try (CorpusTestArticles.jsonLines + CorpusTestArticles.jsonLines).write(toFile: corpus, atomically: true, encoding: .utf8)
    let renderer = ReportRenderer()
    let sink = try CorpusReportSink(destination: .directory(folder + "/reports"), format: .json, renderer: renderer)
    var problems: [BatchProblem] = []
    CorpusAnalyzer(renderer: renderer, format: .json, jobs: 2, reportsStandAlone: true).run(paths: [corpus]) { entry in
        problems += entry.problems + sink.take(entry)
    }
    try sink.finish()
    #expect(problems.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/reports").sorted()
    #expect(names.count == 2 * CorpusTestArticles.lines.count + 1)
    #expect(names.contains("comparison.json"))
    #expect(names.contains("rail-spur.json") && names.contains("rail-spur-2.json"))
    let comparison = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/reports/comparison.json")))
    #expect((comparison as? [String: Any])?["articles"] as? Int == 2 * CorpusTestArticles.lines.count)
}

@Test func reportFileNamesComeFromTheURLOrTheFileAndNeverCollide() {
    var namer = ReportFileNamer(reserved: ["comparison"])
    let named = { (origin: String, url: String?) -> Article in
        Article(id: url ?? origin, origin: origin, url: url, format: .json, blocks: [])
    }
    #expect(namer.name(for: named("feed.jsonl:3", "https://tallow.example/news/rail-spur?ref=home")) == "rail-spur")
    #expect(namer.name(for: named("feed.jsonl:4", "https://tallow.example/news/Rail-Spur/")) == "rail-spur-2")
    #expect(namer.name(for: named("feed.jsonl:5", "https://corran.example/wind-farm/index.html")) == "wind-farm")
    #expect(namer.name(for: named("/data/2031/feed.jsonl:12", nil)) == "feed-12")
    #expect(namer.name(for: named("/data/vestmark-drone-deal.json", "https://nordvik.example/drone-deal-audit")) == "vestmark-drone-deal")
    #expect(namer.name(for: named("/data/Comparison.txt", nil)) == "comparison-2")
    #expect(namer.name(for: named("-", nil)) == "stdin")
    #expect(namer.name(for: named("/data/Ærø Ferry — Report.md", nil)) == "r-ferry-report")
}

@Test func aFileOutputAppearsOnlyWhenTheRunEnds() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let target = folder + "/all.jsonl"
    let stream = try ReportStream(path: target)
    try stream.write(Data("{\"a\":1}\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: target))
    try stream.finish()
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "{\"a\":1}\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["all.jsonl"])
}
