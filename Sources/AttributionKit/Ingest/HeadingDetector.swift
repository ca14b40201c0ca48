/// Recognises a section heading in plain text: a short line that starts with a capital
/// and has no closing punctuation ("An Uneasy Truce", "What comes next").
///
/// Lines opening with a double quotation mark are left as prose: they are quotes.
enum HeadingDetector {
    static func isHeading(_ line: LineShape) -> Bool {
        guard line.length <= 120, !line.hasEndPunctuation, line.hasWordCount(in: 1...14),
            let first = line.text.firstScalar, first != "\"", first != "\u{201C}", first != "\u{00AB}",
            line.isCapitalized(0)
        else { return false }
        return true
    }
}
