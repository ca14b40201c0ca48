import ArgumentParser
import AttributionKit
import Foundation

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Audit the sourcing of one or more articles.",
        discussion: """
            Reads plain text, Markdown (.md, .markdown) or JSON (.json, .jsonl: trafilatura or \
            news-please fields, one object or one per line). Standard input ('-') is sniffed. \
            Several articles to one output: JSON becomes JSON Lines, other formats are concatenated.
            """
    )

    @Argument(help: "Article files (plain text, Markdown or JSON); '-' reads standard input.")
    var files: [String] = []

    @Option(name: .long, help: "Report format: json (the JSON contract), jsonl, md, html or csv.")
    var format: ReportFormat = .json

    @Option(
        name: [.short, .customLong("output")],
        help: "Write to this file (atomically) instead of standard output; a folder (existing, or ending in '/') gets one report per input.")
    var output: String?

    @Option(name: .long, help: "Name of the outlet that published the article(s), instead of the inferred one.")
    var outlet: String?

    @Option(name: .long, help: "Headline of the article(s), instead of the one read from the input.")
    var title: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or '-' for standard input.") }
    }

    func run() async throws {
        let batch = BatchAnalyzer(loader: ArticleLoader(overrides: ArticleMetadata(title: title, outlet: outlet)))
        var writer = ReportWriter(ReportWriter.Destination(outputPath: output))
        let problems = batch.run(files.map(ArticleSource.init(argument:)), as: format, into: &writer)
        for problem in problems {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
