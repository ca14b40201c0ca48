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

    @Flag(name: .long, help: "With --format md: the compact report (at most 15 lines) for a ticket comment.")
    var summary = false

    @Option(name: .long, help: "Exit with status 2 when an article's balance score (0-100) is below this.")
    var failUnder: Double?

    @Option(name: .long, help: "Folder of Mustache templates to use instead of the installed ones (see 'attrib templates export').")
    var templates: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or '-' for standard input.") }
        if summary, format != .md { throw ValidationError("--summary is a Markdown form: use it with --format md.") }
    }

    func run() async throws {
        let batch = BatchAnalyzer(
            loader: ArticleLoader(overrides: ArticleMetadata(title: title, outlet: outlet)),
            renderer: ReportRenderer(templateDirectory: templates, summary: summary))
        var writer = ReportWriter(ReportWriter.Destination(outputPath: output))
        var lowScores: [String] = []
        let problems = batch.run(files.map(ArticleSource.init(argument:)), as: format, into: &writer) { report in
            guard let failUnder else { return }
            for scored in report.scores where scored.score < failUnder {
                lowScores.append("\(scored.origin): balance score \(Int(scored.score.rounded())) is below \(failUnder)")
            }
        }
        for message in problems.map(\.description) + lowScores {
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        if !problems.isEmpty { throw ExitCode(1) }
        if !lowScores.isEmpty { throw ExitCode(2) }
    }
}
