/// Why a report could not be rendered (template problems are `TemplateError`s).
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case summaryNeedsMarkdown(ReportFormat)

    public var description: String {
        switch self {
        case .summaryNeedsMarkdown(let format):
            return "--summary is a Markdown form; it cannot be combined with --format \(format.rawValue)"
        }
    }
}
