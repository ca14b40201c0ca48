import Foundation

/// Where one input of a batch comes from: a file named on the command line, or standard input (`-`).
public enum ArticleSource: Hashable, Sendable {
    case file(String)
    case standardInput

    /// `-` means standard input; anything else is a path.
    public init(argument: String) {
        self = argument == "-" ? .standardInput : .file(argument)
    }

    /// The name used in diagnostics and as `Article.origin`.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "-"
        }
    }

    /// The name for a report file written for this input (`story.txt` → `story`, stdin → `stdin`).
    public var stem: String {
        switch self {
        case .standardInput: return "stdin"
        case .file(let path):
            let name = URL(fileURLWithPath: path).lastPathComponent
            let stem = (name as NSString).deletingPathExtension
            return stem.isEmpty ? name : stem
        }
    }

    /// The raw bytes of the input, or the reason they cannot be had.
    func bytes() throws(BatchProblem) -> [UInt8] {
        switch self {
        case .standardInput:
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw BatchProblem(origin: path, message: "no such file")
            }
            guard !isDirectory.boolValue else { throw BatchProblem(origin: path, message: "is a directory") }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BatchProblem(origin: path, message: "cannot read the file (permission denied?)")
            }
            return [UInt8](data)
        }
    }
}
