/// Cuts text into its non-blank lines, each trimmed of surrounding white space.
///
/// Lines end at LF, CRLF or a lone CR; the ranges index the scalars given, so CRLF
/// input keeps its offsets. Scraped articles often put one paragraph on each line,
/// so each line becomes one block candidate.
enum TextLines {
    static func ranges(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0
        // Read through the buffer (no bounds check for each scalar); line breaks are below U+000E,
        // so one comparison passes over every other scalar.
        text.withUnsafeBufferPointer { scalars in
            var i = 0
            while i < scalars.count {
                let scalar = scalars[i]
                if scalar.value <= 0x0D, scalar == "\n" || scalar == "\r" {
                    appendTrimmed(lineStart..<i, of: text, to: &lines)
                    if scalar == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                    lineStart = i + 1
                }
                i += 1
            }
        }
        appendTrimmed(lineStart..<text.count, of: text, to: &lines)
        return lines
    }

    /// `range` without leading and trailing white space (NBSP, BOM and zero-width space included).
    static func trimmed(_ range: Range<Int>, of text: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(text[lower]) { lower += 1 }
        while upper > lower, isBlank(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Visible ASCII first: nearly every scalar of a text is one.
        case 0x21..<0x7F: return false
        case 0x09...0x0D, 0x20: return true
        // Unicode's White_Space scalars beyond ASCII (what `properties.isWhitespace` says, without
        // its table lookup for every curly quote and dash), the byte order mark and the zero-width space.
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    private static func appendTrimmed(_ range: Range<Int>, of text: [Unicode.Scalar], to lines: inout [Range<Int>]) {
        let line = trimmed(range, of: text)
        if !line.isEmpty { lines.append(line) }
    }
}
