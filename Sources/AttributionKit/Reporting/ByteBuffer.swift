import Foundation

/// A growing run of bytes written through a pointer, for the JSON writer: appending a byte is a
/// store and a capacity check, where `Array.append` also asks the runtime whether its storage is
/// shared (a report appends a few thousand times, so that call was a tenth of its cost).
///
/// A class so it can free its memory; the writer that owns it is never copied.
final class ByteBuffer {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// Hands the bytes written so far over to a `Data`, which frees them, without copying them;
    /// the buffer is empty afterwards.
    func takeData() -> Data {
        let data = Data(bytesNoCopy: start, count: count, deallocator: .custom { bytes, _ in bytes.deallocate() })
        capacity = 16
        start = .allocate(capacity: capacity)
        count = 0
        return data
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Lets `body` write at most `maximum` bytes from the pointer it is given and counts the bytes
    /// it returns: a run of small writes (a member's quotes, name and colon) checks the room and
    /// stores the count once, where byte-by-byte appends reload and store them for every byte.
    @inline(__always)
    func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maximum > capacity { grow(toHold: count + maximum) }
        count += body(start + count)
    }

    /// Doubles the room until `needed` bytes fit, keeping what is written.
    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
