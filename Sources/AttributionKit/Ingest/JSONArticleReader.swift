import Foundation

/// Reads articles exported as JSON by trafilatura or news-please: one object, an array of
/// objects, or JSON Lines (one object a line).
///
/// The body (`text`, else `maintext`, else `raw_text`) is cut into blocks like plain text, and
/// its offsets count code points of that decoded string, not of the JSON file.
public struct JSONArticleReader: Sendable {
    public init() {}

    /// Every article of the input, and a problem for each line or object that could not be read.
    public func read(_ bytes: [UInt8], origin: String) -> (articles: [Article], problems: [BatchProblem]) {
        // One article object (a line of a JSON Lines stream, most often) is read without a tree.
        if let read = readObject(bytes[...], origin: origin) { return read }
        // A JSON Lines input is not read whole by Foundation (from a copy) only to be refused.
        if let whole = JSONScanner.value(of: bytes[...], fragmentsAllowed: true)
            ?? (Self.startsJSONLines(bytes) ? nil : try? Self.foundationValue(of: bytes[...], fragmentsAllowed: true))
        {
            return readValue(whole, origin: origin)
        }
        let lines = jsonLines(bytes)
        guard let firstLine = lines.first, (try? Self.parse(bytes[firstLine.range], fragmentsAllowed: false)) != nil else {
            return ([], [BatchProblem(origin: origin, message: Self.describe(error: parseError(Data(bytes))))])
        }
        var articles: [Article] = []
        var problems: [BatchProblem] = []
        for line in lines {
            let lineOrigin = "\(origin):\(line.number)"
            if let read = readObject(bytes[line.range], origin: lineOrigin) {
                articles += read.articles
                problems += read.problems
                continue
            }
            do {
                let value = try Self.parse(bytes[line.range], fragmentsAllowed: false)
                let read = readValue(value, origin: lineOrigin)
                articles += read.articles
                problems += read.problems
            } catch {
                problems.append(BatchProblem(origin: lineOrigin, message: Self.describe(error: error)))
            }
        }
        return (articles, problems)
    }

    /// Whether the first line is a whole object or array with more than white space after it: the
    /// input is then JSON Lines, and no JSON as a whole.
    private static func startsJSONLines(_ bytes: [UInt8]) -> Bool {
        guard let lineBreak = bytes.firstIndex(of: 0x0A),
            bytes[(lineBreak + 1)...].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A })
        else { return false }
        return (try? parse(bytes[..<lineBreak], fragmentsAllowed: false)) != nil
    }

    /// The value of `bytes`: read by `JSONScanner`, or by Foundation (and its errors) when the scanner gives up.
    private static func parse(_ bytes: ArraySlice<UInt8>, fragmentsAllowed: Bool) throws -> JSONValue {
        try JSONScanner.value(of: bytes, fragmentsAllowed: fragmentsAllowed) ?? foundationValue(of: bytes, fragmentsAllowed: fragmentsAllowed)
    }

    private static func foundationValue(of bytes: ArraySlice<UInt8>, fragmentsAllowed: Bool) throws -> JSONValue {
        JSONValue(foundation: try JSONSerialization.jsonObject(with: Data(bytes), options: fragmentsAllowed ? [.fragmentsAllowed] : []))
    }

    /// The article of `bytes` when they hold one object the scanner reads, its members taken straight
    /// from the bytes; nil for anything else (left to `parse`, with its errors).
    private func readObject(_ bytes: ArraySlice<UInt8>, origin: String) -> (articles: [Article], problems: [BatchProblem])? {
        guard let members = JSONScanner.members(of: bytes, named: Self.memberNameBytes) else { return nil }
        let member = { (name: String) -> JSONValue? in
            // Short ASCII strings, compared by their bits.
            guard let slot = Self.memberNames.firstIndex(of: name) else {
                assertionFailure("\(name) is read but not in memberNames")
                return nil
            }
            return members[slot]
        }
        do {
            return ([try article(member: member, origin: origin)], [])
        } catch {
            return ([], [error])
        }
    }

    /// Every member `article(member:origin:)` reads. A name is compared by its bytes, which for these
    /// names is as `String` compares them: none holds a letter that a scalar beyond ASCII composes to
    /// (K, ; and ` are the only ones).
    private static let memberNames = [
        "text", "maintext", "raw_text", "title", "sitename", "source-hostname", "source_domain", "hostname", "publisher",
        "author", "authors", "date", "date_publish", "url", "source",
    ]
    private static let memberNameBytes = memberNames.map { Array($0.utf8) }

    private func readValue(_ value: JSONValue, origin: String) -> (articles: [Article], problems: [BatchProblem]) {
        switch value {
        case .object(let object):
            do {
                return ([try article(member: { object[$0] }, origin: origin)], [])
            } catch {
                return ([], [error])
            }
        case .array(let array):
            var result: (articles: [Article], problems: [BatchProblem]) = ([], [])
            for (n, element) in array.enumerated() {
                let read = readValue(element, origin: "\(origin)[\(n)]")
                result.articles += read.articles
                result.problems += read.problems
            }
            return result
        case .string, .other:
            return ([], [BatchProblem(origin: origin, message: "JSON is not an article object")])
        }
    }

    /// The article of an object, its members looked up by `member`.
    private func article(member: (String) -> JSONValue?, origin: String) throws(BatchProblem) -> Article {
        let fields = ["text", "maintext", "raw_text"].compactMap { member($0)?.string }
        guard !fields.isEmpty else {
            throw BatchProblem(origin: origin, message: "JSON object has no text, maintext or raw_text field")
        }
        // The first field that is not blank; offsets count it exactly as it is (never trimmed).
        guard let body = fields.lazy.map(SourceText.init).first(where: { !$0.utf8[...].isBlank }) else {
            throw BatchProblem(origin: origin, message: "article text is empty")
        }
        let metadata = ArticleMetadata(
            title: Self.string(member, "title"),
            // A site's name as given, else the outlet its hostname spells ("www.theepochtimes.com"), else the hostname.
            outlet: Self.string(member, "sitename")
                ?? Self.string(member, "source-hostname", "source_domain", "hostname").map { OutletHostname.outlet(of: $0) ?? $0 }
                ?? Self.string(member, "publisher"),
            byline: Self.authors(member),
            date: Self.string(member, "date", "date_publish"),
            url: Self.string(member, "url", "source").flatMap { Self.hasScheme($0) ? $0 : nil }
        )
        return ArticleAssembler.assemble(
            PlainTextReader().candidates(in: body.utf8), titleRule: .known(metadata.title), metadata: metadata,
            text: body, origin: origin, format: .json)
    }

    /// The first of `keys` holding a non-blank string.
    private static func string(_ member: (String) -> JSONValue?, _ keys: String...) -> String? {
        for key in keys {
            if let value = member(key)?.string {
                let trimmed = value[...].trimmed(of: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    /// Whether a url has a scheme ("https://…"): ASCII urls are searched byte by byte, others by
    /// Foundation's `contains` (canonical equivalence) as before.
    private static func hasScheme(_ url: String) -> Bool {
        let utf8 = url.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return url.contains("://") }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if previous == (UInt8(ascii: ":"), UInt8(ascii: "/")) && byte == UInt8(ascii: "/") { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// `authors` (a list, news-please) or `author` (trafilatura joins several with "; ").
    private static func authors(_ member: (String) -> JSONValue?) -> [String] {
        if let list = member("authors")?.strings { return list.filter { !$0.isEmpty } }
        guard let joined = string(member, "author", "authors") else { return [] }
        // Most bylines name one author, already trimmed: nothing to split.
        guard joined.utf8.contains(UInt8(ascii: ";")) else { return [joined] }
        return joined.split(separator: ";").map { $0.trimmed(of: .whitespaces) }.filter { !$0.isEmpty }
    }

    private struct JSONLine {
        var number: Int
        var range: Range<Int>
    }

    /// The non-blank lines of the input with their 1-based line numbers.
    private func jsonLines(_ bytes: [UInt8]) -> [JSONLine] {
        var lines: [JSONLine] = []
        var start = 0
        var number = 1
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if bytes[start..<i].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                lines.append(JSONLine(number: number, range: start..<i))
            }
            start = i + 1
            number += 1
        }
        return lines
    }

    private func parseError(_ data: Data) -> any Error {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return CocoaError(.propertyListReadCorrupt)
        } catch {
            return error
        }
    }

    /// Foundation's parse error as a short phrase ("invalid JSON: Unexpected end of file …").
    static func describe(error: any Error) -> String {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return "invalid or truncated JSON" + (detail.map { ": \($0)" } ?? "")
    }
}
