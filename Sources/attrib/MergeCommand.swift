import ArgumentParser
import AttributionKit
import Foundation

/// `attrib merge`: the reduce step that combines partial comparisons into one report.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine partial comparisons (from 'attrib compare --partial') and report them like compare.",
        discussion: """
            Each file holds one or more partials, one JSON object a line ('-' reads standard input, as the \
            reduce step of Hadoop Streaming or Spark gets them). Merging is exact: the partials of any split \
            of a corpus merge into what one 'attrib compare' over the whole corpus reports. All partials must \
            group the same way (--by of compare).
            """
    )

    @Argument(help: "Partial comparison files; '-' reads standard input.")
    var partials: [String] = []

    @Option(name: .long, help: "Report format: md, html, json or csv.")
    var format: ReportFormat = .md

    @Flag(name: .long, help: "Write the merged tallies as one partial again (to merge in several rounds).")
    var partial = false

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Folder of Mustache templates to use instead of the installed ones (see 'attrib templates export').")
    var templates: String?

    func validate() throws {
        if partials.isEmpty { throw ValidationError("Give at least one partial comparison file, or '-' for standard input.") }
        if format == .jsonl { throw ValidationError("A comparison is one report: use --format json.") }
    }

    func run() async throws {
        do {
            let merged = try ComparisonPartial.merge(paths: partials)
            try ComparisonOutput.write(
                merged, as: format, partial: partial, renderer: ReportRenderer(templateDirectory: templates), to: output)
        } catch let problem as BatchProblem {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("attrib: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
