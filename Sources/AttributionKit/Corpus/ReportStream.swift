import Foundation

/// Writes reports one after another to standard output or, atomically, to a file: the text goes to
/// a temporary file beside the target, renamed over it when the run ends. Buffered, so a stream of
/// small reports costs few system calls.
public final class ReportStream {
    private let target: String?
    private let temporary: String?
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Standard output when `path` is nil.
    public init(path: String?) throws(BatchProblem) {
        target = path
        guard let path else {
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporaryPath = url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporaryPath)
        else {
            throw BatchProblem(origin: path, message: "cannot write (\(String(cString: strerror(errno))))")
        }
        temporary = temporaryPath
        self.handle = handle
    }

    /// Writes a report's UTF-8.
    public func write(_ utf8: Data) throws(BatchProblem) {
        // Copied from its bytes in one go: appended as a sequence, the report went through `Data`'s iterator.
        utf8.withUnsafeBytes { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Flushes, and moves the file into place (nothing is written when `keep` is false).
    public func finish(keep: Bool = true) throws(BatchProblem) {
        try flush()
        guard let target, let temporary else { return }
        try? handle.close()
        if !keep {
            unlink(temporary)
            return
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BatchProblem(origin: target, message: "cannot write (\(reason))")
        }
    }

    private func flush() throws(BatchProblem) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw BatchProblem(origin: target ?? "standard output", message: "cannot write (\(error.localizedDescription))")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
