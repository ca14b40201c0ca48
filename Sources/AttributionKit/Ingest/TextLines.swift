/// Cuts text into its non-blank lines, each trimmed of surrounding white space.
///
/// Lines end at LF, CRLF or a lone CR; the ranges index the UTF-8 given, and the scalar
/// offsets are counted in the same pass, so CRLF input keeps its offsets. Scraped articles
/// often put one paragraph on each line, so each line becomes one block candidate.
enum TextLines {
    /// A line: its bytes in the text, and where it starts and how long it is in scalars.
    struct Line {
        var range: Range<Int>
        var scalarStart: Int
        var length: Int
    }

    /// The lines of `text`, valid UTF-8.
    static func lines(in text: [UInt8]) -> [Line] {
        var lines: [Line] = []
        // Room for a line every 64 bytes (scraped paragraphs run to hundreds), so an article's list is
        // made once rather than regrown line by line; capped, so a huge text starts no larger than 25 kB.
        lines.reserveCapacity(min(text.count / 64, 1024) + 4)
        text.withUnsafeBufferPointer { utf8 in
            // Continuation bytes (10xxxxxx) before `i`, and before the line: a byte offset less the
            // continuation bytes before it is a scalar offset.
            var continuations = 0
            var continuationsBeforeLine = 0
            var lineStart = 0
            var i = 0
            while i < utf8.count {
                // Line breaks are below 0x0E: eight bytes with none (most) are passed over at once.
                if i + 8 <= utf8.count {
                    let word = UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !mayHoldBreak(word) {
                        continuations &+= word.utf8ContinuationCount
                        i += 8
                        continue
                    }
                }
                let byte = utf8[i]
                if byte == 0x0A || byte == 0x0D {
                    append(lineStart..<i, continuations: continuationsBeforeLine..<continuations, of: utf8, to: &lines)
                    if byte == 0x0D, i + 1 < utf8.count, utf8[i + 1] == 0x0A { i += 1 }
                    lineStart = i + 1
                    continuationsBeforeLine = continuations
                } else if byte & 0xC0 == 0x80 {
                    continuations += 1
                }
                i += 1
            }
            append(lineStart..<utf8.count, continuations: continuationsBeforeLine..<continuations, of: utf8, to: &lines)
        }
        return lines
    }

    /// Appends the line `range` trimmed, `continuations` counting the continuation bytes before its
    /// start and before its end; those of the white space trimmed off are counted here.
    private static func append(
        _ range: Range<Int>, continuations: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>, to lines: inout [Line]
    ) {
        let line = trimmed(range, of: utf8)
        guard !line.isEmpty else { return }
        func continuationCount(_ bytes: Range<Int>) -> Int {
            utf8[bytes].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 1 : 0) }
        }
        let before = continuations.lowerBound + continuationCount(range.lowerBound..<line.lowerBound)
        let within = continuations.upperBound - before - continuationCount(line.upperBound..<range.upperBound)
        lines.append(Line(range: line, scalarStart: line.lowerBound - before, length: line.count - within))
    }

    /// Whether any of eight bytes is below 0x0E (the "has a byte less than n" bit trick, exact for
    /// the word as a whole).
    private static func mayHoldBreak(_ word: UInt64) -> Bool {
        (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// `range` of UTF-8 without leading and trailing white space (NBSP, BOM and zero-width space included).
    static func trimmed<UTF8Text: RandomAccessCollection<UInt8>>(_ range: Range<Int>, of text: UTF8Text) -> Range<Int>
    where UTF8Text.Index == Int {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let next = text.scalar(at: lower)
            guard isBlank(next.scalar) else { break }
            lower = next.end
        }
        while upper > lower {
            let before = text.scalar(before: upper)
            guard isBlank(before.scalar) else { break }
            upper = before.start
        }
        return lower..<upper
    }

    /// `range` of scalars without leading and trailing white space.
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

    /// Appends the trimmed `range` of `utf8` (a buffer of text from `base` on) as a range of the text.
}
