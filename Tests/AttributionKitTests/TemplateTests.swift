import Foundation
import Testing
@testable import AttributionKit

@Suite struct TemplateTests {
    /// A fresh folder holding copies of the default templates, to break on purpose.
    private func copyOfDefaults() throws -> String {
        let folder = try TemporaryFolder.make()
        _ = try ReportTemplates.located().export(to: folder)
        return folder
    }

    private func write(_ text: String, to folder: String, _ file: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
    }

    @Test func defaultsAreFoundFromTheSourceTreeAndHoldEveryReport() throws {
        let templates = try ReportTemplates.located()
        for name in ["article.md", "article.html", "summary.md", "compare.md", "compare.html"] {
            #expect(templates.names.contains(name))
        }
        #expect(TemplateLocator.defaultCandidates.last == TemplateLocator.sourceTreeDirectory)
    }

    @Test func explicitFolderWinsAndItsCopiesAreUsed() throws {
        let folder = try copyOfDefaults()
        defer { TemporaryFolder.remove(folder) }
        try write("{{% CONTENT_TYPE: MARKDOWN}}\nCustom: {{title}}\n", to: folder, "summary.md.mustache")
        let summary = try ReportRenderer(templateDirectory: folder, form: .summary).render(ReportFixtures.hostileAudit, as: .md)
        #expect(summary.hasPrefix("Custom: \\<script\\>"))
    }

    @Test func missingTemplateIsNamed() throws {
        let folder = try copyOfDefaults()
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.removeItem(atPath: folder + "/article.html.mustache")
        #expect(throws: TemplateError.missing(file: folder + "/article.html.mustache", referencedFrom: nil)) {
            try ReportRenderer(templateDirectory: folder).render(ReportFixtures.harborAudit, as: .html)
        }
        // The other formats still render from that folder.
        #expect(try ReportRenderer(templateDirectory: folder).render(ReportFixtures.harborAudit, as: .md).hasPrefix("# "))
    }

    @Test func missingPartialNamesTheFileAndLineThatCallsIt() throws {
        let folder = try copyOfDefaults()
        defer { TemporaryFolder.remove(folder) }
        try FileManager.default.removeItem(atPath: folder + "/_flags.md.mustache")
        do {
            _ = try ReportRenderer(templateDirectory: folder).render(ReportFixtures.harborAudit, as: .md)
            Issue.record("expected an error")
        } catch let error as TemplateError {
            #expect(error.description.hasPrefix(folder + "/article.md.mustache:"))
            #expect(error.description.hasSuffix("template " + folder + "/_flags.md.mustache not found"))
        }
    }

    @Test func brokenTemplateGivesFileLineAndColumn() throws {
        let folder = try copyOfDefaults()
        defer { TemporaryFolder.remove(folder) }
        try write("{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}}\n{{#sources}}\n- {{label}}\n{{/source}}\n", to: folder, "article.md.mustache")
        do {
            _ = try ReportTemplates(directory: folder)
            Issue.record("expected an error")
        } catch let error as TemplateError {
            guard case .syntax(let file, let line, _, let problem) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(file == folder + "/article.md.mustache")
            #expect(line == 5)
            #expect(problem.contains("does not match"))
        }
    }

    @Test func markdownTemplatesMustSwitchToMarkdownEscaping() throws {
        let folder = try copyOfDefaults()
        defer { TemporaryFolder.remove(folder) }
        try write("# {{title}}\n", to: folder, "article.md.mustache")
        #expect(throws: TemplateError.markdownEscapingNotDeclared(file: folder + "/article.md.mustache")) {
            try ReportTemplates(directory: folder)
        }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: TemplateError.directoryNotFound("/nonexistent/attrib-templates")) {
            try ReportRenderer(templateDirectory: "/nonexistent/attrib-templates").render(ReportFixtures.harborAudit, as: .md)
        }
    }

    @Test func exportWritesEveryDefaultAndKeepsExistingFiles() throws {
        let folder = try copyOfDefaults()
        defer { TemporaryFolder.remove(folder) }
        let exported = try ReportTemplates(directory: folder)
        #expect(exported.names == (try ReportTemplates.located()).names)
        #expect(throws: TemplateError.wouldOverwrite(file: folder + "/_bar-chart.html.mustache")) {
            try exported.export(to: folder)
        }
        #expect(try exported.export(to: folder, overwrite: true).count == exported.names.count)
    }

    @Test func partialReferencesAreFoundWithTheirLines() {
        let references = ReportTemplates.partialReferences(in: "a\n{{> one.md}}\n\nx {{>two}} {{<three}}{{/x}}")
        #expect(references.map(\.name) == ["one.md", "two", "three"])
        #expect(references.map(\.line) == [2, 4, 4])
    }
}
