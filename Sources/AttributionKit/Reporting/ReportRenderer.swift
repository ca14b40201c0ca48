import Foundation

/// Renders an audit in one of the report formats (JSON and CSV directly, Markdown and HTML through templates).
///
/// Every output ends with exactly one line break, so batches can be concatenated as they are.
public struct ReportRenderer: Sendable {
    public init() {}

    public func render(_ audit: Audit, as format: ReportFormat) throws -> String {
        switch format {
        case .json: return JSONReport(audit: audit).render(pretty: true)
        case .jsonl: return JSONReport(audit: audit).render(pretty: false)
        case .csv: return CSVReport(audit: audit).render()
        case .md, .html: throw ReportError.unsupported(format)
        }
    }
}

/// Why a report could not be rendered.
public enum ReportError: Error, CustomStringConvertible {
    case unsupported(ReportFormat)

    public var description: String {
        switch self {
        case .unsupported(let format): return "the \(format.rawValue) report is not available yet"
        }
    }
}
