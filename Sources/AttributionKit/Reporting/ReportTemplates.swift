import Foundation
import Mustache

/// The Mustache templates of one folder (`name.format.mustache`, partials starting with `_`),
/// parsed once and checked before use so a missing or broken file is reported by name and line.
public struct ReportTemplates: Sendable {
    public let directory: String
    private let library: MustacheLibrary
    /// Template name → source text (for `export`).
    private let sources: [String: String]
    /// Template name → the partials it calls, with their line numbers, found once at load.
    private let references: [String: [(name: String, line: Int)]]

    static let fileExtension = ".mustache"

    /// Registers the Markdown escaping once, before any template naming it is parsed.
    private static let markdownContentType: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
    }()

    /// Reads and parses every `*.mustache` file of `directory`.
    public init(directory: String) throws {
        Self.markdownContentType
        self.directory = directory
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(Self.fileExtension) }
            .sorted()
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        for file in names {
            let path = directory + "/" + file
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else { throw TemplateError.unreadable(file: path) }
            let name = String(file.dropLast(Self.fileExtension.count))
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError.syntax(
                    file: path, line: error.context.lineNumber, column: error.context.columnNumber,
                    problem: TemplateError.problem(error.error))
            }
            if name.hasSuffix(".md"), !text.contains("CONTENT_TYPE: \(MarkdownContentType.name)") {
                throw TemplateError.markdownEscapingNotDeclared(file: path)
            }
            sources[name] = text
        }
        self.library = library
        self.sources = sources
        references = sources.mapValues(Self.partialReferences)
    }

    /// The templates found by `TemplateLocator` (`--templates DIR` first when given).
    public static func located(explicit: String? = nil) throws -> ReportTemplates {
        try ReportTemplates(directory: TemplateLocator.locate(explicit: explicit))
    }

    /// Template names in this folder (file names without `.mustache`).
    public var names: [String] { sources.keys.sorted() }

    /// Writes every template of this folder into `destination` (created if needed) and returns the
    /// paths written; existing files are kept unless `overwrite` is set.
    public func export(to destination: String, overwrite: Bool = false) throws -> [String] {
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        let targets = names.map { (name: $0, path: destination + "/" + $0 + Self.fileExtension) }
        if !overwrite, let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            throw TemplateError.wouldOverwrite(file: existing.path)
        }
        for target in targets {
            try Data(sources[target.name, default: ""].utf8).write(to: URL(fileURLWithPath: target.path), options: .atomic)
        }
        return targets.map(\.path)
    }

    /// Renders `view` with the template `name`, after checking that it and every partial it calls exist.
    public func render(_ view: Any, template name: String) throws -> String {
        try check(name, referencedFrom: nil, seen: [])
        guard let output = library.render(TemplateContext.box(view), withTemplate: name) else {
            throw TemplateError.missing(file: path(of: name), referencedFrom: nil)
        }
        return output
    }

    private func path(of name: String) -> String {
        directory + "/" + name + Self.fileExtension
    }

    private func check(_ name: String, referencedFrom: String?, seen: Set<String>) throws {
        guard let calls = references[name] else {
            throw TemplateError.missing(file: path(of: name), referencedFrom: referencedFrom)
        }
        guard !seen.contains(name) else { return }
        for (partial, line) in calls {
            try check(partial, referencedFrom: "\(path(of: name)):\(line)", seen: seen.union([name]))
        }
    }

    /// The names after `{{>` and `{{<` with their line numbers (default delimiters).
    static func partialReferences(in text: String) -> [(name: String, line: Int)] {
        var references: [(String, Int)] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { line += 1 }
            if scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
                scalars[index + 2] == ">" || scalars[index + 2] == "<"
            {
                var cursor = index + 3
                while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                var name = String.UnicodeScalarView()
                while cursor < scalars.count, scalars[cursor] != "}", scalars[cursor] != " " {
                    name.append(scalars[cursor])
                    cursor += 1
                }
                if !name.isEmpty, name.first != "*" { references.append((String(name), line)) }
                index = cursor
                continue
            }
            index += 1
        }
        return references
    }
}
