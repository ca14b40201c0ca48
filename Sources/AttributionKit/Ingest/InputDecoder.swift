/// Turns the raw bytes of an input into Unicode scalars, refusing what is not text:
/// empty input, binary data (a NUL byte) and invalid UTF-8 (with the byte offset).
///
/// Decoding by hand keeps it one pass and lets the error name the exact byte.
public enum InputDecoder {
    /// The reason a byte sequence is not readable text.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case binary(byteOffset: Int)
        case invalidUTF8(byteOffset: Int)

        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary(let offset): return "binary file (NUL byte at byte offset \(offset))"
            case .invalidUTF8(let offset): return "invalid UTF-8 at byte offset \(offset)"
            }
        }
    }

    /// The scalars of `bytes`, which must be non-blank UTF-8 text without NUL bytes.
    public static func scalars(of bytes: [UInt8]) throws(Failure) -> [Unicode.Scalar] {
        // There are at most as many scalars as bytes; each is written in place, not appended.
        try [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { (scalars, count) throws(Failure) in
            try decode(bytes) { scalar in
                scalars[count] = scalar
                count += 1
            }
        }
    }

    /// Checks `bytes` as `scalars(of:)` does, for a reader that reads the UTF-8 itself (plain text, JSON).
    public static func validate(_ bytes: [UInt8]) throws(Failure) {
        try decode(bytes) { _ in }
    }

    /// Hands each scalar of `bytes` to `body` in order, or fails as `scalars(of:)` describes.
    @inline(__always)
    private static func decode(_ bytes: [UInt8], _ body: (Unicode.Scalar) -> Void) throws(Failure) {
        var blank = true
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in
            let count = buffer.count
            var i = 0
            while i < count {
                // Once the text is known not to be blank, runs of ASCII without a NUL (most text) are
                // handed on eight bytes at a time.
                if !blank, i + 8 <= count {
                    let eight = UnsafeRawPointer(buffer.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if eight & highBits == 0 && (eight &- lowBits) & ~eight & highBits == 0 {
                        for offset in 0..<8 { body(Unicode.Scalar(buffer[i &+ offset])) }
                        i += 8
                        continue
                    }
                }
                let lead = buffer[i]
                if lead < 0x80 {
                    if lead == 0 { throw .binary(byteOffset: i) }
                    if blank && !isBlankASCII(lead) { blank = false }
                    body(Unicode.Scalar(lead))
                    i += 1
                    continue
                }
                let length: Int
                var value: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
                case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
                case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
                default: throw .invalidUTF8(byteOffset: i)
                }
                guard i + length <= count else { throw .invalidUTF8(byteOffset: i) }
                for k in 1..<length {
                    let next = buffer[i + k]
                    guard next & 0xC0 == 0x80 else { throw .invalidUTF8(byteOffset: i) }
                    value = value << 6 | UInt32(next & 0x3F)
                }
                // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
                let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
                guard value >= minimum, let scalar = Unicode.Scalar(value) else {
                    throw .invalidUTF8(byteOffset: i)
                }
                if blank && !scalar.properties.isWhitespace && scalar != "\u{FEFF}" { blank = false }
                body(scalar)
                i += length
            }
        }
        if blank { throw .empty }
    }

    /// The high and the low bit of each of eight bytes: a word is ASCII when it has no high bit set,
    /// and has a zero byte when subtracting the low bits borrows into a high bit that was clear.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    private static func isBlankASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }
}
