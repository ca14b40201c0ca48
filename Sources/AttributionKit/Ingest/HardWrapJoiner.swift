/// Rejoins paragraphs of hard-wrapped plain text (lines cut at a fixed width, blank lines
/// between paragraphs), so a sentence broken over lines stays one block.
///
/// Scraped news puts a whole paragraph on each line, which is never mistaken for wrapping:
/// the text counts as wrapped only when no line is longer than `maximumWidth`.
enum HardWrapJoiner {
    static let maximumWidth = 100
    /// A line shorter than this ends its paragraph even without a blank line after it.
    static let minimumWrappedLine = 40

    /// `lines` of `text` (UTF-8); widths count scalars.
    static func join(_ lines: [TextLines.Line], in text: [UInt8]) -> [TextLines.Line] {
        guard isHardWrapped(lines, in: text) else { return lines }
        var paragraphs: [TextLines.Line] = []
        for line in lines {
            if let last = paragraphs.last, lastLineLength(last.range, in: text) >= minimumWrappedLine,
                !hasBlankLine(between: last.range.upperBound, and: line.range.lowerBound, in: text)
            {
                paragraphs[paragraphs.count - 1] = TextLines.Line(
                    range: last.range.lowerBound..<line.range.upperBound, scalarStart: last.scalarStart,
                    length: line.scalarStart + line.length - last.scalarStart)
            } else {
                paragraphs.append(line)
            }
        }
        return paragraphs
    }

    /// Wrapped text has blank lines between paragraphs and most of its lines continue the one
    /// before; a short article with one paragraph a line and no blank lines is not wrapped.
    private static func isHardWrapped(_ lines: [TextLines.Line], in text: [UInt8]) -> Bool {
        var joined = 0
        var gaps = 0
        for (n, line) in lines.enumerated() {
            if line.length > maximumWidth { return false }
            guard n > 0 else { continue }
            if hasBlankLine(between: lines[n - 1].range.upperBound, and: line.range.lowerBound, in: text) {
                gaps += 1
            } else if lines[n - 1].length >= minimumWrappedLine {
                joined += 1
            }
        }
        return gaps >= 1 && joined >= 2 && joined * 3 >= lines.count
    }

    /// The scalars of a paragraph from its last line break (or its start) to its end.
    private static func lastLineLength(_ paragraph: Range<Int>, in text: [UInt8]) -> Int {
        var start = paragraph.upperBound
        while start > paragraph.lowerBound, text[start - 1] != 0x0A, text[start - 1] != 0x0D { start -= 1 }
        return text[start..<paragraph.upperBound].scalarCount
    }

    private static func hasBlankLine(between end: Int, and start: Int, in text: [UInt8]) -> Bool {
        var breaks = 0
        var i = end
        while i < start {
            if text[i] == 0x0A || (text[i] == 0x0D && (i + 1 >= start || text[i + 1] != 0x0A)) { breaks += 1 }
            i += 1
        }
        return breaks >= 2
    }
}
