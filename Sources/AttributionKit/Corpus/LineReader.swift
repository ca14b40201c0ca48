#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line through one reusable buffer, so a stream of any length
/// costs the memory of its longest line.
final class LineReader {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var endOfInput = false
    /// Reused for every read.
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)

    /// Whether the last line returned ended with a newline (false only for a final unterminated line).
    private(set) var lastLineTerminated = true

    init(descriptor: Int32, closesDescriptor: Bool) {
        self.descriptor = descriptor
        self.closesDescriptor = closesDescriptor
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// The next line without its newline, or nil at the end of the input.
    func nextLine() -> [UInt8]? {
        // Bytes after `start` already searched for a newline.
        var scanned = 0
        while true {
            if let newline = firstNewline(from: start + scanned) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                lastLineTerminated = true
                return line
            }
            scanned = buffer.count - start
            if endOfInput {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                lastLineTerminated = false
                return line
            }
            fill()
        }
    }

    /// Everything left in the input.
    func remainder() -> [UInt8] {
        while !endOfInput { fill() }
        let rest = Array(buffer[start...])
        start = buffer.count
        return rest
    }

    private func firstNewline(from index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                let found = memchr(base + index, 0x0A, bytes.count - index)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Drops the consumed prefix and appends what one read returns.
    private func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        var received = 0
        chunk.withUnsafeMutableBytes { bytes in
            repeat {
                received = read(descriptor, bytes.baseAddress!, bytes.count)
            } while received < 0 && errno == EINTR
        }
        if received <= 0 {
            endOfInput = true
            return
        }
        buffer.append(contentsOf: chunk[0..<received])
    }
}
