import Foundation

/// Output formats of the article report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case json, jsonl, md, html, csv
}

/// Renders an audit in one of the report formats (JSON directly, Markdown and HTML through templates).
public struct ReportRenderer: Sendable {
    public init() {}

    public func render(_ audit: Audit, as format: ReportFormat) throws -> String {
        ""
    }
}
