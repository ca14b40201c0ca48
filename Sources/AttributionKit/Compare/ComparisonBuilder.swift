import Foundation

/// Reads the articles a comparison names (folders walked recursively, files, JSON Lines, `-`),
/// analyses them on several threads and adds each audit, in input order, to a `SourcingComparison`;
/// bad inputs are collected as problems and the rest of the corpus is still compared.
public struct ComparisonBuilder: Sendable {
    public var loader: ArticleLoader
    public var analyzer: Analyzer
    /// Worker threads (1 analyses on the calling thread).
    public var jobs: Int

    public init(
        loader: ArticleLoader = ArticleLoader(), analyzer: Analyzer = Analyzer(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.loader = loader
        self.analyzer = analyzer
        self.jobs = jobs
    }

    public func build(
        paths: [String], grouping: ComparisonGrouping, standardInput: Int32 = 0
    ) -> (comparison: SourcingComparison, problems: [BatchProblem]) {
        var comparison = SourcingComparison(grouping: grouping)
        var problems: [BatchProblem] = []
        let loader = loader
        let analyzer = analyzer
        OrderedParallelPipeline(workers: jobs).run(
            CorpusEntries(paths: paths, standardInput: standardInput),
            transform: { (entry: CorpusEntry) -> (audits: [Audit], problems: [BatchProblem]) in
                let loaded = loader.load(entry)
                return (loaded.articles.map(analyzer.analyze), loaded.problems)
            },
            emit: { (analyzed: (audits: [Audit], problems: [BatchProblem])) in
                problems += analyzed.problems
                for audit in analyzed.audits { comparison.add(audit) }
            })
        return (comparison, problems)
    }
}
