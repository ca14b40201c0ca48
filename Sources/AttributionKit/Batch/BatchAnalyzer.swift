/// Runs the whole pipeline over the inputs of one call: read, analyse, render, write.
///
/// A bad input never stops the batch: its problems are collected and the other inputs are
/// still analysed and written. The command line only parses options and prints the problems.
public struct BatchAnalyzer: Sendable {
    public var loader: ArticleLoader
    public var analyzer: Analyzer
    public var renderer: ReportRenderer

    public init(loader: ArticleLoader = ArticleLoader(), analyzer: Analyzer = Analyzer(), renderer: ReportRenderer = ReportRenderer()) {
        self.loader = loader
        self.analyzer = analyzer
        self.renderer = renderer
    }

    /// Analyses every input in order, hands each one's reports to `writer` (and to `inspect`, which
    /// sees the scores), and returns every problem met.
    public func run(
        _ sources: [ArticleSource], as format: ReportFormat, into writer: inout ReportWriter,
        inspect: (InputReport) -> Void = { _ in }
    ) -> [BatchProblem] {
        var problems: [BatchProblem] = []
        let alone = sources.count == 1 || writer.writesOnePerInput
        for source in sources {
            let report = report(source, as: format, alone: alone)
            inspect(report)
            problems += report.problems
            do {
                try writer.write(report)
            } catch {
                problems.append(error)
            }
        }
        do {
            try writer.finish()
        } catch {
            problems.append(error)
        }
        return problems
    }

    /// The reports of one input. JSON becomes JSON Lines (one compact object per article)
    /// unless the input holds one article and its report stands `alone` in its output.
    public func report(_ source: ArticleSource, as format: ReportFormat, alone: Bool) -> InputReport {
        let loaded = loader.load(source)
        var problems = loaded.problems
        let used: ReportFormat = format == .json && !(alone && loaded.articles.count == 1) ? .jsonl : format
        var text = ""
        var count = 0
        var scores: [(origin: String, score: Double)] = []
        for article in loaded.articles {
            do {
                let audit = analyzer.analyze(article)
                text += try renderer.render(audit, as: used)
                count += 1
                scores.append((article.origin, audit.balance.score))
            } catch {
                problems.append(BatchProblem(origin: article.origin, message: "cannot render the report: \(error)"))
            }
        }
        return InputReport(source: source, text: text, articleCount: count, format: used, problems: problems, scores: scores)
    }
}
