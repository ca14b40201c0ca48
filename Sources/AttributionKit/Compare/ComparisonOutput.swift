import Foundation

/// Writes a comparison where `compare` and `merge` send it: its report in a format, or its exact
/// tallies as a partial for a later merge, to a file (atomically) or to standard output.
public enum ComparisonOutput {
    /// `outputPath` nil or `-` means standard output.
    public static func write(
        _ comparison: SourcingComparison, as format: ReportFormat, partial: Bool, renderer: ReportRenderer, to outputPath: String?
    ) throws {
        let report = partial ? try ComparisonPartial.encode(comparison) : try renderer.render(comparison, as: format)
        if let outputPath, outputPath != "-" {
            try AtomicFileWriter.write(report, to: outputPath)
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
    }
}
