import ArgumentParser
import AttributionKit

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Audit the sourcing of one or more articles."
    )

    @Argument(help: "Article files (plain text, Markdown or JSON); '-' reads standard input.")
    var files: [String] = []

    func run() async throws {
        print("not yet")
    }
}
