/// One unit of a corpus before ingest: a file read whole, or one line of a JSON Lines stream.
public enum CorpusEntry: Sendable, Equatable {
    /// A file the article readers read and ingest whole.
    case file(path: String)
    /// One line (1-based `number`) of a JSON Lines file, or of standard input when `source` is `-`.
    case line(source: String, number: Int, bytes: [UInt8])
    /// Standard input that is not JSON Lines: one article.
    case standardInput(bytes: [UInt8])
    /// An input that could not be opened; reported and skipped.
    case unreadable(origin: String, reason: String)

    /// Where the entry came from, as bad-input messages name it: `path`, `path:line` or `-`.
    public var origin: String {
        switch self {
        case .file(let path): return path
        case .line(let source, let number, _): return "\(source):\(number)"
        case .standardInput: return "-"
        case .unreadable(let origin, _): return origin
        }
    }

    /// Size of the input in bytes (a file's size on disk), for progress.
    public var byteCount: Int {
        switch self {
        case .file(let path): return CorpusEntries.kind(of: path)?.size ?? 0
        case .line(_, _, let bytes): return bytes.count + 1
        case .standardInput(let bytes): return bytes.count
        case .unreadable: return 0
        }
    }
}
