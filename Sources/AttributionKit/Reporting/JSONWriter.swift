import Foundation

/// Writes JSON straight into a UTF-8 byte buffer, keys in the order they are written.
///
/// Hand-written rather than `JSONEncoder` so the report's key order is fixed and encoding
/// stays fast enough for corpus runs (no reflection, no intermediate dictionaries). The helpers
/// run for every member of every report (key, separator, quoting, digits) are inlined, which takes
/// about a fifth off the report's time.
struct JSONWriter {
    /// The document so far (a buffer of its own: a writer is used in place, never copied).
    private let bytes: ByteBuffer
    /// Pretty output puts every member on its own line, indented by two spaces.
    let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container already holds a member (so the next one needs a comma).
    private var hasMembers = false
    /// True right after a key, when the value follows on the same line.
    private var afterKey = false

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes = ByteBuffer(capacity: capacity)
    }

    /// Ends the document with a line break and returns it, decoded once.
    mutating func finishLine() -> String {
        String(decoding: finishLineUTF8(), as: UTF8.self)
    }

    /// Ends the document with a line break and returns its UTF-8, for output that stays bytes
    /// (handed over as written, not copied).
    mutating func finishLineUTF8() -> Data {
        bytes.append(UInt8(ascii: "\n"))
        return bytes.takeData()
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a member name given in the code, which needs no escaping; the next call writes its value.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        separate()
        let length = name.utf8CodeUnitCount
        let pretty = self.pretty
        bytes.write(atMost: length + 4) { room in
            room[0] = UInt8(ascii: "\"")
            (room + 1).initialize(from: name.utf8Start, count: length)
            room[length + 1] = UInt8(ascii: "\"")
            room[length + 2] = UInt8(ascii: ":")
            guard pretty else { return length + 3 }
            room[length + 3] = UInt8(ascii: " ")
            return length + 4
        }
        afterKey = true
    }

    /// Writes a member name taken from the data, escaped like any string; the next call writes its value.
    mutating func key(escaping name: String) {
        separate()
        appendQuoted(name)
        endKey()
    }

    @inline(__always)
    private mutating func endKey() {
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.appendDecimal(value)
    }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Numbers are rounded to four decimals so reports do not show float noise (0.30000000000000004).
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        let tenThousandths = (value * 10_000).rounded()
        let rounded = tenThousandths / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            bytes.appendDecimal(Int(rounded))
        } else if abs(tenThousandths) < 1e13 {
            appendTenThousandths(Int(tenThousandths))
        } else {
            var digits = rounded.description
            digits.withUTF8 { bytes.append(contentsOf: $0) }
        }
    }

    /// Writes `count` ten-thousandths, not a whole number, as `description` writes the nearest
    /// `Double`: with four decimals at most, the decimal is the shortest that reads back as that
    /// double ("0.2778", "-0.5"), written here without a string made by the float printer.
    private mutating func appendTenThousandths(_ count: Int) {
        bytes.write(atMost: ByteBuffer.decimalRoom + 6) { room in
            var written = 0
            if count < 0 {
                room[0] = UInt8(ascii: "-")
                written = 1
            }
            written += ByteBuffer.writeDecimal(abs(count) / 10_000, to: room + written)
            room[written] = UInt8(ascii: ".")
            written += 1
            // The four decimals, trailing zeros left out (the fraction is never zero here).
            var fraction = abs(count) % 10_000
            var digits = 4
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            for place in stride(from: digits - 1, through: 0, by: -1) {
                room[written + place] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            return written + digits
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
    }

    mutating func null() {
        separate()
        append("null")
    }

    /// A `[start, end)` span as a two-number array kept on one line, or `null`.
    mutating func span(_ span: TextSpan?) {
        guard let span else { return null() }
        separate()
        let pretty = self.pretty
        bytes.write(atMost: 2 * ByteBuffer.decimalRoom + 4) { room in
            room[0] = UInt8(ascii: "[")
            var written = 1 + ByteBuffer.writeDecimal(span.start, to: room + 1)
            room[written] = UInt8(ascii: ",")
            written += 1
            if pretty {
                room[written] = UInt8(ascii: " ")
                written += 1
            }
            written += ByteBuffer.writeDecimal(span.end, to: room + written)
            room[written] = UInt8(ascii: "]")
            return written + 1
        }
    }

    mutating func strings(_ values: [String]) {
        array(values) { json, value in json.string(value) }
    }

    // MARK: Members and containers

    /// A member and its value in one call, so a report reads as its list of members.
    mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    /// A number, or `null` when there is none.
    mutating func member(_ name: StaticString, _ value: Double?) {
        key(name)
        if let value { number(value) } else { null() }
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func member(_ name: StaticString, _ values: [String]) {
        key(name)
        strings(values)
    }

    mutating func member(_ name: StaticString, _ value: TextSpan?) {
        key(name)
        span(value)
    }

    /// An object whose members `body` writes.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// An array with one element per item, each written by `body`.
    mutating func array<Items: Sequence>(_ items: Items, _ body: (inout JSONWriter, Items.Element) -> Void) {
        beginArray()
        for item in items { body(&self, item) }
        endArray()
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        hasMembers = false
    }

    /// Closes the innermost container, which is then a member of the one around it.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty, hasMembers { newline() }
        bytes.append(bracket)
        hasMembers = true
    }

    /// Writes the comma and line break that go before a member or array element.
    @inline(__always)
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if hasMembers { bytes.append(UInt8(ascii: ",")) }
        hasMembers = true
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    /// Text of the code (keys, literals), copied as it is: `String.UTF8View` would take a generic path.
    @inline(__always)
    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Copies runs of bytes that need no escape in one go; only quotes, backslashes and control
    /// characters are written one by one.
    @inline(__always)
    private mutating func appendQuoted(_ value: String) {
        // The string's own UTF-8 where it stands (a native string's always is): `withUTF8` would
        // need a mutable copy, retained and released for every string of every report.
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0) }) != nil { return }
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0) }
    }

    @inline(__always)
    private mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        var index = JSONEscapedBytes.first(in: utf8, from: 0)
        if index == utf8.count {
            // Nothing to escape (most strings): the quotes and the text in one write.
            bytes.write(atMost: utf8.count + 2) { room in
                room[0] = UInt8(ascii: "\"")
                if let text = utf8.baseAddress { (room + 1).initialize(from: text, count: utf8.count) }
                room[utf8.count + 1] = UInt8(ascii: "\"")
                return utf8.count + 2
            }
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        while index < utf8.count {
            let byte = utf8[index]
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                append("u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
            index = JSONEscapedBytes.first(in: utf8, from: runStart)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }
}
