/// The rendered reports of one input of a batch (several for JSON Lines) and its problems.
public struct InputReport: Sendable {
    public var source: ArticleSource
    /// The reports, concatenated; JSON reports of several articles are JSON Lines.
    public var text: String
    public var articleCount: Int
    public var format: ReportFormat
    public var problems: [BatchProblem]
    /// The balance score of each article reported, with its origin (for `--fail-under`).
    public var scores: [(origin: String, score: Double)]

    public init(
        source: ArticleSource, text: String, articleCount: Int, format: ReportFormat, problems: [BatchProblem],
        scores: [(origin: String, score: Double)] = []
    ) {
        self.source = source
        self.text = text
        self.articleCount = articleCount
        self.format = format
        self.problems = problems
        self.scores = scores
    }

    /// File extension for this report's own file: `json`, `jsonl`, `md`, `html`, `csv`.
    public var fileExtension: String {
        format.rawValue
    }
}
