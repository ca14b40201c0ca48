import Foundation

/// Takes a corpus run's analysed entries in order and sends them where the command line asked:
/// one stream (standard output or a file written atomically at the end), or a folder with one
/// report per article plus the corpus comparison; optionally also into the history database.
public final class CorpusReportSink {
    private let destination: ReportWriter.Destination
    private let renderer: ReportRenderer
    private let comparisonFormat: ReportFormat
    private let store: AuditStore?
    private var stream: ReportStream?
    private var namer = ReportFileNamer(reserved: [CorpusReportSink.comparisonName])
    private var comparison = SourcingComparison(grouping: .outlet)
    private var articlesWritten = 0

    /// Name (without extension) of the comparison written beside the reports of a folder.
    public static let comparisonName = "comparison"

    public init(
        destination: ReportWriter.Destination, format: ReportFormat, renderer: ReportRenderer, store: AuditStore? = nil
    ) throws(BatchProblem) {
        self.destination = destination
        self.renderer = renderer
        comparisonFormat = format == .jsonl ? .json : format
        self.store = store
        switch destination {
        case .standardOutput: stream = try ReportStream(path: nil)
        case .file(let path): stream = try ReportStream(path: path)
        case .directory(let folder):
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BatchProblem(origin: folder, message: "cannot create the folder")
            }
        }
    }

    /// Writes (and stores) the entry's articles; returns the problems of doing so.
    public func take(_ entry: AnalyzedEntry) -> [BatchProblem] {
        var problems: [BatchProblem] = []
        for article in entry.articles {
            do {
                try write(article)
                articlesWritten += 1
            } catch {
                problems.append(error)
            }
            if let store {
                do {
                    try store.save(article.audit)
                } catch {
                    problems.append(BatchProblem(origin: article.audit.article.origin, message: "cannot store the audit: \(error)"))
                }
            }
        }
        return problems
    }

    /// Ends the run: moves the output file into place, or writes the folder's comparison.
    public func finish() throws(BatchProblem) {
        if let stream {
            try stream.finish(keep: articlesWritten > 0)
            return
        }
        guard case .directory(let folder) = destination, articlesWritten > 0 else { return }
        let path = (folder as NSString).appendingPathComponent(Self.comparisonName + "." + comparisonFormat.rawValue)
        let report: String
        do {
            report = try renderer.render(comparison, as: comparisonFormat)
        } catch {
            throw BatchProblem(origin: path, message: "cannot render the comparison: \(error)")
        }
        try AtomicFileWriter.write(report, to: path)
    }

    private func write(_ article: AnalyzedEntry.Article) throws(BatchProblem) {
        if let stream {
            try stream.write(article.report)
            return
        }
        guard case .directory(let folder) = destination else { return }
        comparison.add(article.audit)
        let name = namer.name(for: article.audit.article) + "." + (article.format == .jsonl ? "json" : article.format.rawValue)
        try AtomicFileWriter.write(article.report, to: (folder as NSString).appendingPathComponent(name))
    }
}
