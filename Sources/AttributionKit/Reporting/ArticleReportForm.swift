/// The forms an article report takes in Markdown: the full report, the compact summary for a ticket
/// comment, or the explanation that traces each statement to the rule that found its speaker.
public enum ArticleReportForm: String, Sendable, CaseIterable {
    case full
    case summary
    case explanation

    /// The Markdown template that renders this form.
    var template: String {
        switch self {
        case .full: return "article.md"
        case .summary: return "summary.md"
        case .explanation: return "explain.md"
        }
    }

    /// The command-line flag that asks for this form, for messages.
    public var flag: String? {
        switch self {
        case .full: return nil
        case .summary: return "--summary"
        case .explanation: return "--explain"
        }
    }
}
