/// Output formats of the article report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case json, jsonl, md, html, csv
}
