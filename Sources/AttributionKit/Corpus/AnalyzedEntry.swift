import Foundation

/// What a corpus entry became: each article's audit and rendered report, and the problems met.
public struct AnalyzedEntry: Sendable {
    /// One article of the entry with its audit and its report in the run's format.
    public struct Article: Sendable {
        public var audit: Audit
        /// The report's UTF-8, written out as it is.
        public var report: Data
        /// The format `report` is in (JSON reports that share a stream are JSON Lines).
        public var format: ReportFormat
    }

    public var entry: CorpusEntry
    public var articles: [Article]
    public var problems: [BatchProblem]
    /// Size of the entry's input, for progress.
    public var byteCount: Int
}
