import ArgumentParser
import AttributionKit
import Foundation

struct TemplatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Show or copy the Mustache templates the reports are rendered from.",
        subcommands: [Export.self, Path.self]
    )

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the default templates into a folder, to edit and use with --templates.")

        @Argument(help: "Folder to write the templates into (created if needed).")
        var directory: String

        @Flag(name: .long, help: "Overwrite templates already in the folder.")
        var force = false

        func run() async throws {
            do {
                let written = try ReportTemplates.located().export(to: directory, overwrite: force)
                print("wrote \(written.count) templates to \(directory)")
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }

    struct Path: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the folder the default templates are read from, and the folders searched.")

        func run() async throws {
            do {
                print(try TemplateLocator.locate())
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
