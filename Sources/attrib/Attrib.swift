import ArgumentParser
import AttributionKit

@main
struct Attrib: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attrib",
        abstract: "Audit how news articles use their sources.",
        version: AttribVersion.current,
        subcommands: [AnalyzeCommand.self, BlocksCommand.self, CompareCommand.self, MergeCommand.self, TemplatesCommand.self]
    )
}
