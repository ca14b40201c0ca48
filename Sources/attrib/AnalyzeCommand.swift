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

    @Option(name: .long, help: "Report format: json (the JSON contract), jsonl, md, html or csv (default: json; md with --summary or --explain).")
    var format: ReportFormat?

    @Option(
        name: [.short, .customLong("output")],
        help: "Write to this file (atomically) instead of standard output; a folder (existing, or ending in '/') gets one report per input.")
    var output: String?

    @Option(name: .long, help: "Name of the outlet that published the article(s), instead of the inferred one.")
    var outlet: String?

    @Option(name: .long, help: "Headline of the article(s), instead of the one read from the input.")
    var title: String?

    @Flag(name: .long, help: "The compact Markdown report (at most 15 lines) for a ticket comment.")
    var summary = false

    @Flag(name: .long, help: "Instead of the report, list each statement with the speaker mention, the source it resolved to and the rule that found it (Markdown).")
    var explain = false

    @Option(name: .long, help: "Exit with status 2 when an article's balance score (0-100) is below this.")
    var failUnder: Double?

    @OptionGroup var batch: BatchOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or '-' for standard input.") }
        if summary, explain { throw ValidationError("Choose one of --summary and --explain.") }
        if form != .full, let format, format != .md {
            throw ValidationError("\(form.flag!) is a Markdown form: use it without --format or with --format md.")
        }
    }

    var form: ArticleReportForm { explain ? .explanation : summary ? .summary : .full }
    var reportFormat: ReportFormat { format ?? (form == .full ? .json : .md) }

    @Flag(name: .long, help: "No progress display on standard error (it is shown only when standard error is a terminal).")
    var quiet = false

    @Option(name: .long, help: "Also store every audit in this SQLite history file (created when missing; see 'attrib compare --db').")
    var db: String?

    @Option(name: .long, help: "Balance weights file ('name = value' lines or a JSON object) overriding the defaults in docs/scoring.md.")
    var weights: String?

    @Option(name: .long, help: "Organisation registry file (tab-separated, same format as the shipped one) whose entries are added to it and win.")
    var registry: String?

    func run() async throws {
        let destination = ReportWriter.Destination(outputPath: output)
        let renderer = ReportRenderer(templateDirectory: batch.templates, form: form)
        let analyzer: Analyzer
        do {
            analyzer = try Analyzer(
                weightsFile: weights.map { URL(fileURLWithPath: $0) }, registryFile: registry.map { URL(fileURLWithPath: $0) })
        } catch {
            FileHandle.standardError.write(Data("attrib: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let corpus = CorpusAnalyzer(
            loader: ArticleLoader(overrides: ArticleMetadata(title: title, outlet: outlet)), analyzer: analyzer, renderer: renderer,
            format: reportFormat, jobs: batch.workers,
            reportsStandAlone: destination.isDirectory || CorpusEntries.namesOneArticleFile(files))
        let progress = ProgressMeter(quiet: quiet) { CorpusEntries(paths: files).totalBytes() }
        let sink: CorpusReportSink
        do {
            sink = try CorpusReportSink(
                destination: destination, format: reportFormat, renderer: renderer, store: try db.map(AuditStore.init(path:)))
        } catch {
            progress.print("attrib: \(error)")
            throw ExitCode(1)
        }
        var badArticles = 0
        var lowScores = 0
        corpus.run(paths: files) { entry in
            let problems = entry.problems + sink.take(entry)
            badArticles += problems.count
            for problem in problems { progress.print(problem.description) }
            for article in entry.articles where failUnder.map({ article.audit.balance.score < $0 }) == true {
                lowScores += 1
                progress.print(
                    "attrib: \(article.audit.article.origin): balance score \(Int(article.audit.balance.score.rounded())) is below \(failUnder!)")
            }
            progress.advance(articles: entry.articles.count, bytes: entry.byteCount)
        }
        do {
            try sink.finish()
        } catch {
            progress.print(error.description)
            badArticles += 1
        }
        progress.finish()
        if badArticles > 0 {
            progress.print("attrib: \(badArticles) bad input\(badArticles == 1 ? "" : "s") skipped")
            throw ExitCode(1)
        }
        if lowScores > 0 { throw ExitCode(2) }
    }
}
