import Foundation

/// The read end of a pipe another thread fills with `text`, as a shell pipe would: standard input
/// for the corpus reader and pipeline tests.
func pipeReading(_ text: String) -> Int32 {
    var descriptors: [Int32] = [0, 0]
    _ = pipe(&descriptors)
    let writeEnd = descriptors[1]
    let bytes = Array(text.utf8)
    Thread {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress! + written, $0.count - written) }
            guard result > 0 else { break }
            written += result
        }
        close(writeEnd)
    }.start()
    return descriptors[0]
}
