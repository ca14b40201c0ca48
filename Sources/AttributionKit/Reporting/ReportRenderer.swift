import Foundation

/// Renders an audit (or a comparison of many) in one of the report formats: JSON and CSV directly, Markdown and HTML
/// through the Mustache templates (`article.md`, `summary.md`, `explain.md`, `article.html`).
///
/// Every output ends with exactly one line break, so batches can be concatenated as they are.
public struct ReportRenderer: Sendable {
    private let cache: TemplateCache
    /// The form of Markdown article reports: full, the summary for ticket comments, or the explanation of each speaker.
    public let form: ArticleReportForm

    /// Templates come from `templateDirectory` when given, else from `TemplateLocator`'s defaults;
    /// they are loaded on the first Markdown or HTML report.
    public init(templateDirectory: String? = nil, form: ArticleReportForm = .full) {
        cache = TemplateCache(explicitDirectory: templateDirectory)
        self.form = form
    }

    public init(templates: ReportTemplates, form: ArticleReportForm = .full) {
        cache = TemplateCache(templates: templates)
        self.form = form
    }

    /// The template folder in use (loading it if needed).
    public func templates() throws -> ReportTemplates {
        try cache.templates()
    }

    /// The article report; a renderer made with the summary or explanation form writes only Markdown.
    public func render(_ audit: Audit, as format: ReportFormat) throws -> String {
        if form != .full, format != .md { throw ReportError.formNeedsMarkdown(form, format) }
        switch format {
        case .json, .jsonl: return String(decoding: try renderUTF8(audit, as: format), as: UTF8.self)
        case .csv: return CSVReport(audit: audit).render()
        case .md:
            let view: Any = form == .explanation ? ExplanationView(audit) : ArticleReportView(audit)
            return Self.endingWithOneNewline(try cache.templates().render(view, template: form.template))
        case .html:
            return Self.endingWithOneNewline(try cache.templates().render(ArticleReportView(audit), template: "article.html"))
        }
    }

    /// The article report as UTF-8, for output written as bytes: JSON is written as bytes and
    /// stays bytes (a corpus run would otherwise decode every report into a string and encode it back).
    public func renderUTF8(_ audit: Audit, as format: ReportFormat) throws -> Data {
        if form != .full, format != .md { throw ReportError.formNeedsMarkdown(form, format) }
        switch format {
        case .json: return JSONReport(audit: audit).render(pretty: true)
        case .jsonl: return JSONReport(audit: audit).render(pretty: false)
        case .csv, .md, .html: return Data(try render(audit, as: format).utf8)
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
