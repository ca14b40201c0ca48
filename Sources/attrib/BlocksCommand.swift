import ArgumentParser
import AttributionKit
import Foundation

struct BlocksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Show how articles are cut into blocks (kind, input span, text), without analysing them."
    )

    @Argument(help: "Article files (plain text, Markdown or JSON); '-' reads standard input.")
    var files: [String] = []

    @Option(name: .long, help: "Name of the outlet, instead of the inferred one.")
    var outlet: String?

    @Option(name: .long, help: "Headline, instead of the one read from the input.")
    var title: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or '-' for standard input.") }
    }

    func run() async throws {
        let loader = ArticleLoader(overrides: ArticleMetadata(title: title, outlet: outlet))
        var failed = false
        for source in files.map(ArticleSource.init(argument:)) {
            let loaded = loader.load(source)
            for article in loaded.articles { print(BlockListing.render(article), terminator: "") }
            for problem in loaded.problems {
                FileHandle.standardError.write(Data((problem.description + "\n").utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
