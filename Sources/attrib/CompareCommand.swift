import ArgumentParser
import AttributionKit
import Foundation

/// Lets `--by` take outlet, author or month.
extension ComparisonGrouping: ExpressibleByArgument {}

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare how groups of articles use their sources (by outlet, author or month).",
        discussion: """
            Reads every article the paths name (folders recursively, files, JSON Lines one article a line, \
            '-' for standard input), analyses each, and reports per group: articles, mean and spread of the \
            balance score, most quoted experts with their credentials, category and side mix, share of women, \
            anonymous and secondhand shares, and the experts several groups quote.
            """
    )

    @Argument(help: "Article files, folders (read recursively) or JSON Lines files; '-' reads standard input.")
    var paths: [String] = []

    @Option(name: .long, help: "Group articles by outlet, author (each byline name) or month (YYYY-MM of the date).")
    var by: ComparisonGrouping = .outlet

    @Option(name: .long, help: "Report format: md, html, json or csv.")
    var format: ReportFormat = .md

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Folder of Mustache templates to use instead of the installed ones (see 'attrib templates export').")
    var templates: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one article file or folder, or '-' for standard input.") }
        if format == .jsonl { throw ValidationError("A comparison is one report: use --format json.") }
    }

    func run() async throws {
        let built = ComparisonBuilder().build(paths: paths, grouping: by)
        for problem in built.problems {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        }
        do {
            let report = try ReportRenderer(templateDirectory: templates).render(built.comparison, as: format)
            if let output, output != "-" {
                try AtomicFileWriter.write(report, to: output)
            } else {
                FileHandle.standardOutput.write(Data(report.utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        if !built.problems.isEmpty { throw ExitCode(1) }
    }
}
