import Foundation

/// Analyses a whole corpus on several threads: reads entries lazily, ingests, analyses and renders
/// each on a worker, and hands the results back in input order, holding only a bounded window in memory.
public struct CorpusAnalyzer: Sendable {
    public var loader: ArticleLoader
    public var analyzer: Analyzer
    public var renderer: ReportRenderer
    /// Format of each article's report.
    public var format: ReportFormat
    /// Worker threads (1 analyses on the calling thread).
    public var jobs: Int
    /// Whether each report has an output of its own (a folder of reports, or a run naming one file):
    /// JSON reports then stay pretty; several in one stream become JSON Lines.
    public var reportsStandAlone: Bool

    public init(
        loader: ArticleLoader = ArticleLoader(), analyzer: Analyzer = Analyzer(), renderer: ReportRenderer = ReportRenderer(),
        format: ReportFormat = .jsonl, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        reportsStandAlone: Bool = false
    ) {
        self.loader = loader
        self.analyzer = analyzer
        self.renderer = renderer
        self.format = format
        self.jobs = jobs
        self.reportsStandAlone = reportsStandAlone
    }

    /// Analyses every article the paths name and calls `emit` once per entry, in input order.
    /// Bad entries come back with their problems; the run goes on. Rethrows what `emit` throws.
    public func run(
        paths: [String], standardInput: Int32 = 0, emit: (AnalyzedEntry) throws -> Void
    ) rethrows {
        let pipeline = OrderedParallelPipeline(workers: jobs)
        try pipeline.run(CorpusEntries(paths: paths, standardInput: standardInput), transform: analyze, emit: emit)
    }

    /// Ingests, analyses and renders one entry.
    @Sendable public func analyze(_ entry: CorpusEntry) -> AnalyzedEntry {
        let loaded = loader.load(entry)
        var problems = loaded.problems
        let alone = reportsStandAlone && loaded.articles.count == 1
        let used: ReportFormat = format == .json && !alone ? .jsonl : format
        var articles: [AnalyzedEntry.Article] = []
        articles.reserveCapacity(loaded.articles.count)
        for article in loaded.articles {
            let audit = analyzer.analyze(article)
            do {
                articles.append(AnalyzedEntry.Article(
                    audit: audit, report: try renderer.renderUTF8(audit, as: used), format: used))
            } catch {
                problems.append(BatchProblem(origin: article.origin, message: "cannot render the report: \(error)"))
            }
        }
        return AnalyzedEntry(entry: entry, articles: articles, problems: problems, byteCount: entry.byteCount)
    }
}
