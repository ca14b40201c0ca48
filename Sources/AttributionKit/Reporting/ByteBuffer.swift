import Foundation

/// A growing run of bytes written through a pointer, for the JSON writer and the balance score's
/// sentences: appending a byte is a store and a capacity check, where `Array.append` also asks the
/// runtime whether its storage is shared (a report appends a few thousand times, so that call was
/// a tenth of its cost).
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

    /// The bytes written so far as a string, made once; the buffer is then emptied for the next
    /// text, keeping its room.
    func takeString() -> String {
        defer { count = 0 }
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
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

    /// Writes `value` in decimal, without making a string of it.
    @inline(__always)
    func appendDecimal(_ value: Int) {
        write(atMost: Self.decimalRoom) { Self.writeDecimal(value, to: $0) }
    }

    /// The most bytes an `Int` takes in decimal: a sign and 19 digits.
    static var decimalRoom: Int { 20 }

    /// Writes `value` in decimal at `room` and returns its length. The digits are counted first,
    /// then written from the last, dividing by the constant 10 (a multiplication).
    @inline(__always)
    static func writeDecimal(_ value: Int, to room: UnsafeMutablePointer<UInt8>) -> Int {
        var start = 0
        if value < 0 {
            room[0] = UInt8(ascii: "-")
            start = 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var place: UInt = 10
        while digits < 19, magnitude >= place {
            digits += 1
            place *= 10
        }
        var index = start + digits
        repeat {
            index -= 1
            room[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while index > start
        return start + digits
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
