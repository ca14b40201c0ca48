/// Why a report could not be rendered (template problems are `TemplateError`s).
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case formNeedsMarkdown(ArticleReportForm, ReportFormat)

    public var description: String {
        switch self {
        case .formNeedsMarkdown(let form, let format):
            return "\(form.flag ?? form.rawValue) is a Markdown form; it cannot be combined with --format \(format.rawValue)"
        }
    }
}
