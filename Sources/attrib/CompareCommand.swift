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

    @OptionGroup var batch: BatchOptions

    @Option(name: .long, help: "Compare the audits stored in this history file (written by 'attrib analyze --db') instead of reading articles.")
    var db: String?

    @Option(name: .long, help: "With --db: only articles dated on or after this day (YYYY-MM-DD, or YYYY-MM for the month's first day).")
    var since: String?

    @Option(name: .long, help: "With --db: only articles dated on or before this day (YYYY-MM-DD, or YYYY-MM for the month's last day).")
    var until: String?

    @Flag(name: .long, help: "Write the comparison's exact tallies as one line of JSON instead of a report, for 'attrib merge'.")
    var partial = false

    func validate() throws {
        if db != nil, !paths.isEmpty { throw ValidationError("Give article paths or --db, not both.") }
        if db == nil, since != nil || until != nil { throw ValidationError("--since and --until filter the history: use them with --db.") }
        do {
            _ = try DayRange(since: since, until: until)
        } catch {
            throw ValidationError(error.description)
        }
        if paths.isEmpty, db == nil { throw ValidationError("Give at least one article file or folder, or '-' for standard input.") }
        if format == .jsonl { throw ValidationError("A comparison is one report: use --format json.") }
    }

    func run() async throws {
        let built: (comparison: SourcingComparison, problems: [BatchProblem])
        if let db {
            do {
                built = (try AuditStore.comparison(ofHistoryAt: db, grouping: by, in: try DayRange(since: since, until: until)), [])
            } catch {
                let message = (error as? BatchProblem)?.description ?? "attrib: \(db): \(error)"
                FileHandle.standardError.write(Data((message + "\n").utf8))
                throw ExitCode(1)
            }
        } else {
            built = ComparisonBuilder(jobs: batch.workers).build(paths: paths, grouping: by)
        }
        for problem in built.problems {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        }
        do {
            try ComparisonOutput.write(
                built.comparison, as: format, partial: partial, renderer: ReportRenderer(templateDirectory: batch.templates), to: output)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        if !built.problems.isEmpty { throw ExitCode(1) }
    }
}
