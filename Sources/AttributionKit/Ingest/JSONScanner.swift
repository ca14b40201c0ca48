/// A strict JSON parser over UTF-8 bytes for the everyday article export, several times faster
/// than `JSONSerialization`. It gives up (nil) on anything unusual, leaving rare inputs and every
/// error message to Foundation: it accepts only what Foundation accepts, read to the same values.
///
/// Given up on: exponents and numbers over 20 characters (Foundation refuses some), nesting deeper
/// than 64, invalid UTF-8, unpaired surrogate escapes, and anything that is not JSON.
struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private static let maximumDepth = 64
    private static let maximumNumberLength = 20
    /// About as many fields as a news-please record has.
    private static let expectedMemberCount = 16

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The one value `bytes` hold (only an object or array unless `fragmentsAllowed`), or nil when
    /// the scanner gives up.
    static func value(of bytes: ArraySlice<UInt8>, fragmentsAllowed: Bool) -> JSONValue? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer)
            scanner.skipWhitespace()
            guard scanner.index < buffer.count else { return nil }
            let first = buffer[scanner.index]
            guard fragmentsAllowed || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return nil }
            guard let value = scanner.value() else { return nil }
            scanner.skipWhitespace()
            return scanner.index == buffer.count ? value : nil
        }
    }

    private mutating func value() -> JSONValue? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default: return nil
        }
    }

    private mutating func object() -> JSONValue? {
        guard enter() else { return nil }
        var members: [String: JSONValue] = [:]
        // Room for an article export's fields, so the table is not regrown as they are read.
        members.reserveCapacity(Self.expectedMemberCount)
        skipWhitespace()
        if next(is: "}") { return exit(.object(members)) }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let name = string() else { return nil }
            skipWhitespace()
            guard next(is: ":") else { return nil }
            skipWhitespace()
            guard let value = value() else { return nil }
            members[name] = value
            skipWhitespace()
            if next(is: "}") { return exit(.object(members)) }
            guard next(is: ",") else { return nil }
            skipWhitespace()
        }
    }

    private mutating func array() -> JSONValue? {
        guard enter() else { return nil }
        var elements: [JSONValue] = []
        skipWhitespace()
        if next(is: "]") { return exit(.array(elements)) }
        while true {
            guard let value = value() else { return nil }
            elements.append(value)
            skipWhitespace()
            if next(is: "]") { return exit(.array(elements)) }
            guard next(is: ",") else { return nil }
            skipWhitespace()
        }
    }

    /// Steps into a container past its opening bracket, unless nesting is too deep.
    private mutating func enter() -> Bool {
        depth += 1
        index += 1
        return depth <= Self.maximumDepth
    }

    private mutating func exit(_ value: JSONValue) -> JSONValue {
        depth -= 1
        return value
    }

    /// The string starting at the opening quote; runs without escapes are copied in one go.
    private mutating func string() -> String? {
        index += 1
        var runStart = index
        index = JSONEscapedBytes.first(in: bytes, from: index)
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\"") {
            defer { index += 1 }
            return Self.string(validating: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        }
        var utf8: [UInt8] = []
        // Room for the rest of the input, which the string cannot outgrow: an article's body has an
        // escape at every line break, and would otherwise be regrown run by run.
        utf8.reserveCapacity(bytes.count - runStart)
        while index < bytes.count {
            utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return utf8.withUnsafeBufferPointer(Self.string(validating:))
            case UInt8(ascii: "\\"):
                guard let scalar = escape() else { return nil }
                UTF8.encode(scalar) { utf8.append($0) }
            default:
                // A control character, which must be escaped.
                return nil
            }
            runStart = index
            index = JSONEscapedBytes.first(in: bytes, from: index)
        }
        return nil
    }

    /// The string of valid UTF-8, or nil. ASCII (every key, most metadata) is valid as it is; the
    /// rest goes through the standard library's validation, a generic call that looks up its types
    /// at run time, too slow for the dozen short strings of every article.
    private static func string(validating utf8: UnsafeBufferPointer<UInt8>) -> String? {
        utf8.allSatisfy { $0 < 0x80 } ? String(decoding: utf8, as: UTF8.self) : String(validating: utf8, as: UTF8.self)
    }

    /// The scalar of the escape at `index` (a backslash), a surrogate pair taken whole.
    private mutating func escape() -> Unicode.Scalar? {
        guard index + 1 < bytes.count else { return nil }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let unit = hexUnit() else { return nil }
            guard (0xD800..<0xDC00).contains(unit) else { return Unicode.Scalar(unit) }
            guard next(is: "\\"), next(is: "u"), let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))
        default: return nil
        }
    }

    /// The four hex digits at `index` as a UTF-16 code unit.
    private mutating func hexUnit() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
        }
        index += 4
        return unit
    }

    private mutating func literal(_ word: StaticString) -> JSONValue? {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count,
            UnsafeBufferPointer(start: word.utf8Start, count: length).elementsEqual(bytes[index..<(index + length)])
        else { return nil }
        index += length
        return .other
    }

    /// A number without exponent: `-`, then `0` or digits not starting with `0`, then an optional fraction.
    private mutating func number() -> JSONValue? {
        let start = index
        _ = next(is: "-")
        guard index < bytes.count, Self.isDigit(bytes[index]) else { return nil }
        if !next(is: "0") { skipDigits() }
        if next(is: ".") {
            guard index < bytes.count, Self.isDigit(bytes[index]) else { return nil }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") { return nil }
        return index - start <= Self.maximumNumberLength ? .other : nil
    }

    private mutating func skipDigits() {
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Steps over `byte` when it is next.
    private mutating func next(is byte: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(byte.value) else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
