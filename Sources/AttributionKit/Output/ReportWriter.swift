import Foundation

/// Where the reports of a run go, as `-o` names it; `CorpusReportSink` does the writing.
public enum ReportWriter {
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
}
