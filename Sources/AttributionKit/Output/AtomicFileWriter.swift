import Foundation
import Glibc

/// Writes a file all at once: the contents go to a temporary file in the same folder,
/// which is then renamed over the target, so readers never see a half-written report.
public enum AtomicFileWriter {
    public static func write(_ contents: String, to path: String) throws(BatchProblem) {
        try write(Data(contents.utf8), to: path)
    }

    /// Writes UTF-8 (or any bytes) as they are.
    public static func write(_ data: Data, to path: String) throws(BatchProblem) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw BatchProblem(origin: path, message: "cannot write (\(String(cString: strerror(errno))))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BatchProblem(origin: path, message: "cannot write (\(reason))")
        }
    }
}
