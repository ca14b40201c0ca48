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

    /// The values of the members `names` of the one object `bytes` hold (nil where a name is absent; of
    /// a repeated name the last), or nil when the scanner gives up or the input is no object. The other
    /// members are checked as `value(of:)` checks them but not built: an article reader wants a few
    /// fields of a record, and building the others (a table of them, a string for each) cost more than
    /// reading the article's text.
    static func members(of bytes: ArraySlice<UInt8>, named names: [[UInt8]]) -> [JSONValue?]? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer)
            scanner.skipWhitespace()
            guard scanner.index < buffer.count, buffer[scanner.index] == UInt8(ascii: "{"),
                let members = scanner.members(named: names)
            else { return nil }
            scanner.skipWhitespace()
            return scanner.index == buffer.count ? members : nil
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

    /// Reads the object at `index`, building the values of `names` only and stepping over the others.
    /// A name written with escapes is not compared (it is rare): the scanner gives up on it, unless no
    /// value is wanted.
    private mutating func members(named names: [[UInt8]]) -> [JSONValue?]? {
        guard enter() else { return nil }
        var members = [JSONValue?](repeating: nil, count: names.count)
        skipWhitespace()
        if next(is: "}") { return exit(members) }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let name = skipString(),
                !(name.escaped && !names.isEmpty)
            else { return nil }
            skipWhitespace()
            guard next(is: ":") else { return nil }
            skipWhitespace()
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[name.range])
            if let wanted = names.firstIndex(where: { $0.count == nameBytes.count && $0.elementsEqual(nameBytes) }) {
                guard let value = value() else { return nil }
                members[wanted] = value
            } else {
                guard skipValue() else { return nil }
            }
            skipWhitespace()
            if next(is: "}") { return exit(members) }
            guard next(is: ",") else { return nil }
            skipWhitespace()
        }
    }

    /// Steps over the value at `index` as `value()` reads it, building nothing; false where it gives up.
    private mutating func skipValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "{"): return members(named: []) != nil
        case UInt8(ascii: "["): return skipArray()
        case UInt8(ascii: "\""): return skipString() != nil
        case UInt8(ascii: "t"): return literal("true") != nil
        case UInt8(ascii: "f"): return literal("false") != nil
        case UInt8(ascii: "n"): return literal("null") != nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number() != nil
        default: return false
        }
    }

    private mutating func skipArray() -> Bool {
        guard enter() else { return false }
        skipWhitespace()
        if next(is: "]") { return exit(true) }
        while true {
            guard skipValue() else { return false }
            skipWhitespace()
            if next(is: "]") { return exit(true) }
            guard next(is: ",") else { return false }
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

    private mutating func exit<Value>(_ value: Value) -> Value {
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

    /// Steps over the string at the opening quote as `string()` reads it, without making it: the raw
    /// bytes of its `range` (inside the quotes) and whether it has escapes, or nil where `string()` is.
    private mutating func skipString() -> (range: Range<Int>, escaped: Bool)? {
        index += 1
        let start = index
        var escaped = false
        while true {
            let runStart = index
            index = JSONEscapedBytes.first(in: bytes, from: index)
            // The runs between escapes are checked one by one: an escape writes whole scalars, so it
            // can neither complete nor break the UTF-8 of the bytes around it.
            guard index < bytes.count, Self.isValid(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return (start..<(index - 1), escaped)
            case UInt8(ascii: "\\"):
                guard escape() != nil else { return nil }
                escaped = true
            default:
                return nil
            }
        }
    }

    /// Whether `utf8` is valid UTF-8, ASCII (most of it) told without the standard library's validation.
    private static func isValid(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.allSatisfy { $0 < 0x80 } || String(validating: utf8, as: UTF8.self) != nil
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
