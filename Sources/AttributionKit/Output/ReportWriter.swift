import Foundation

/// Sends the reports of a batch where the command line asked: standard output, one file
/// (written atomically once the batch is done), or a folder with one report per input.
public struct ReportWriter {
    public enum Destination: Hashable, Sendable {
        case standardOutput
        case file(String)
        case directory(String)

        /// `-o PATH`: a folder when PATH is an existing directory or ends with `/`, else a file.
        public init(outputPath: String?) {
            guard let path = outputPath, path != "-" else {
                self = .standardOutput
                return
            }
            var isDirectory: ObjCBool = false
            if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
                self = .directory(path)
            } else {
                self = .file(path)
            }
        }
    }

    public let destination: Destination
    private var pending = ""
    private var pendingCount = 0

    public init(_ destination: Destination) {
        self.destination = destination
    }

    /// Whether each input's reports get an output of their own.
    public var writesOnePerInput: Bool {
        if case .directory = destination { return true }
        return false
    }

    /// Takes the reports of one input.
    public mutating func write(_ report: InputReport) throws(BatchProblem) {
        guard report.articleCount > 0 else { return }
        switch destination {
        case .standardOutput:
            FileHandle.standardOutput.write(Data(report.text.utf8))
        case .file:
            pending += report.text
            pendingCount += report.articleCount
        case .directory(let folder):
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BatchProblem(origin: folder, message: "cannot create the folder")
            }
            let name = report.source.stem + "." + report.fileExtension
            try AtomicFileWriter.write(report.text, to: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// Writes the single output file, if there is anything to write.
    public mutating func finish() throws(BatchProblem) {
        if case .file(let path) = destination, pendingCount > 0 {
            try AtomicFileWriter.write(pending, to: path)
        }
    }
}
