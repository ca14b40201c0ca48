import Foundation

/// Renders an audit (or a comparison of many) in one of the report formats: JSON and CSV directly, Markdown and HTML
/// through the Mustache templates (`article.md`, `summary.md`, `article.html`).
///
/// Every output ends with exactly one line break, so batches can be concatenated as they are.
public struct ReportRenderer: Sendable {
    private let cache: TemplateCache
    /// Markdown article reports in the compact form (at most 15 lines) for ticket comments.
    public let summary: Bool

    /// Templates come from `templateDirectory` when given, else from `TemplateLocator`'s defaults;
    /// they are loaded on the first Markdown or HTML report.
    public init(templateDirectory: String? = nil, summary: Bool = false) {
        cache = TemplateCache(explicitDirectory: templateDirectory)
        self.summary = summary
    }

    public init(templates: ReportTemplates, summary: Bool = false) {
        cache = TemplateCache(templates: templates)
        self.summary = summary
    }

    /// The template folder in use (loading it if needed).
    public func templates() throws -> ReportTemplates {
        try cache.templates()
    }

    /// The article report; a renderer made with `summary` writes Markdown in the compact form and refuses other formats.
    public func render(_ audit: Audit, as format: ReportFormat) throws -> String {
        if summary, format != .md { throw ReportError.summaryNeedsMarkdown(format) }
        switch format {
        case .json: return JSONReport(audit: audit).render(pretty: true)
        case .jsonl: return JSONReport(audit: audit).render(pretty: false)
        case .csv: return CSVReport(audit: audit).render()
        case .md:
            return Self.endingWithOneNewline(
                try cache.templates().render(ArticleReportView(audit), template: summary ? "summary.md" : "article.md"))
        case .html:
            return Self.endingWithOneNewline(try cache.templates().render(ArticleReportView(audit), template: "article.html"))
        }
    }

    /// Renders a comparison: Markdown and HTML through `compare.md` / `compare.html`, JSON (`jsonl`: on one line), CSV.
    public func render(_ comparison: SourcingComparison, as format: ReportFormat) throws -> String {
        switch format {
        case .json: return ComparisonReport(comparison: comparison).json(pretty: true)
        case .jsonl: return ComparisonReport(comparison: comparison).json(pretty: false)
        case .csv: return ComparisonReport(comparison: comparison).csv()
        case .md:
            return Self.endingWithOneNewline(try cache.templates().render(ComparisonView(comparison), template: "compare.md"))
        case .html:
            return Self.endingWithOneNewline(try cache.templates().render(ComparisonView(comparison), template: "compare.html"))
        }
    }

    static func endingWithOneNewline(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true { text.removeLast() }
        return text + "\n"
    }
}
