/// Reads the Unicode scalars of valid UTF-8 at byte indices, forwards and backwards: the ingest
/// rules walk a line's bytes and decode a scalar only where one beyond ASCII stands. (For an array
/// slice, and for the buffer of one in a hot loop.)
extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The scalar starting at byte `index`, and the index after it.
    @inline(__always)
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, end: Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), index + 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case ..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case ..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        default: length = 4; value = UInt32(lead & 0x07)
        }
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        // The bytes are valid UTF-8, so every value is a scalar.
        return (Unicode.Scalar(value).unsafelyUnwrapped, index + length)
    }

    /// The scalar ending at byte `index`, and the index where it starts.
    @inline(__always)
    func scalar(before index: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = index - 1
        if self[start] < 0x80 { return (Unicode.Scalar(self[start]), start) }
        while self[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).scalar, start)
    }

    /// The first scalar, if any.
    var firstScalar: Unicode.Scalar? {
        isEmpty ? nil : scalar(at: startIndex).scalar
    }
}

/// Counts the scalars of valid UTF-8 and tells blank text.
extension ArraySlice<UInt8> {
    /// How many scalars the bytes hold: every byte but the continuation bytes (10xxxxxx), counted
    /// eight at a time.
    var scalarCount: Int {
        withUnsafeBufferPointer { utf8 in
            var continuations = 0
            var index = 0
            if let base = UnsafeRawPointer(utf8.baseAddress) {
                while index + 8 <= utf8.count {
                    continuations &+= base.loadUnaligned(fromByteOffset: index, as: UInt64.self).utf8ContinuationCount
                    index += 8
                }
            }
            while index < utf8.count {
                if utf8[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return utf8.count - continuations
        }
    }

    /// Whether every scalar is white space (`TextLines.isBlank`).
    var isBlank: Bool {
        var index = startIndex
        while index < endIndex {
            let (scalar, end) = scalar(at: index)
            guard TextLines.isBlank(scalar) else { return false }
            index = end
        }
        return true
    }
}

extension UInt64 {
    /// How many of the word's eight bytes of UTF-8 are continuation bytes: a continuation byte has
    /// its high bit set and the next one clear. Most words of text are ASCII, told at once (bits are
    /// counted without a machine instruction for it).
    var utf8ContinuationCount: Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        return self & highBits == 0 ? 0 : (self & ~(self << 1) & highBits).nonzeroBitCount
    }
}
