/// Writes the attributions of an audit as CSV (RFC 4180: CRLF line ends, fields quoted when
/// they hold a comma, quote or line break), one row per attribution, for spreadsheets. A statement several
/// sources made together names the first in the source columns and the others' ids last, in `joint_source_ids`.
struct CSVReport {
    let audit: Audit

    static let header = [
        "article_id", "paragraph", "kind", "text", "source_id", "source", "anonymous", "category",
        "gender", "side", "titles", "organizations", "cue", "via", "secondhand", "span_start", "span_end",
        "joint_source_ids",
    ]

    func render() -> String {
        var output = ""
        output.reserveCapacity(256 + audit.attributions.count * 200)
        Self.appendRow(Self.header, to: &output)
        let paragraphs = audit.article.paragraphNumbers
        let sources = Dictionary(audit.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for quote in audit.attributions {
            let source = quote.sourceID.flatMap { sources[$0] }
            let paragraph = paragraphs.indices.contains(quote.blockIndex) ? paragraphs[quote.blockIndex] : nil
            Self.appendRow([
                audit.article.id,
                paragraph.map(String.init) ?? "",
                quote.kind.rawValue,
                quote.text,
                quote.sourceID ?? "",
                source?.label ?? "",
                source.map { $0.anonymous ? "true" : "false" } ?? "",
                source?.category.rawValue ?? "",
                source?.gender?.rawValue ?? "",
                source?.side ?? "",
                source?.titles.joined(separator: "; ") ?? "",
                source?.organizations.joined(separator: "; ") ?? "",
                quote.cue ?? "",
                quote.via ?? "",
                quote.viaIsOutlet ? "true" : "false",
                String(quote.span.start),
                String(quote.span.end),
                quote.jointSourceIDs.joined(separator: "; "),
            ], to: &output)
        }
        return output
    }

    /// "-3", "+0.5": a number with its sign, which a spreadsheet reads as the number it is.
    static func isSignedNumber(_ field: String) -> Bool {
        let rest = field.utf8.dropFirst()
        let signed = field.utf8.first == UInt8(ascii: "-") || field.utf8.first == UInt8(ascii: "+")
        return signed && !rest.isEmpty && rest.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }
    }

    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    static func appendRow(_ fields: [String], to output: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(",") }
            appendField(field, to: &output)
        }
        output.append("\r\n")
    }

    /// Quotes a field only when RFC 4180 needs it, doubling the quotes inside. A field a spreadsheet
    /// would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, other
    /// than a signed number) gets a leading apostrophe, so a quote such as `=HYPERLINK(…)` stays text.
    static func appendField(_ field: String, to output: inout String) {
        if let first = field.utf8.first, formulaStarts.contains(first), !isSignedNumber(field) {
            return appendField("'" + field, to: &output)
        }
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return output.append(field) }
        output.append("\"")
        output.append(field.replacing("\"", with: "\"\""))
        output.append("\"")
    }
}
