/// Finds the wire-service dateline that opens a story's first paragraph: "GULLPORT (AP) — ",
/// "ST. MAREN, Nordmark — ", "BRACKWATER, March 3 (Reuters) - ".
///
/// The place is in capitals; a region, a date and an agency in parentheses may follow; a dash ends it.
enum WireDatelineDetector {
    /// The length in bytes of the dateline and the dash with its spaces, when `text` (UTF-8) opens
    /// with one within its first `reach` scalars.
    static func prefixLength(of text: ArraySlice<UInt8>) -> Int? {
        var i = text.startIndex
        // Scalars read so far, against the reach.
        var read = 0
        var capitals = 0
        // The place: capital letters, spaces and the punctuation of names such as "ST. JOHN'S". ASCII
        // letters and digits (nearly all) are told by their range, without looking their properties up.
        while read < reach, i < text.endIndex {
            let (s, next) = text.scalar(at: i)
            if s.isASCII ? ("A"..."Z").contains(s) : s.properties.isUppercase {
                capitals += 1
            } else if s.isASCII ? ("a"..."z").contains(s) || ("0"..."9").contains(s) : s.properties.isLowercase || s.properties.numericType != nil {
                break
            } else if s == "-" {
                // Only inside a name ("WINSTON-SALEM"); a hyphen between spaces is the dash.
                guard read + 1 < reach, next < text.endIndex, text.scalar(at: next).scalar.properties.isUppercase else { break }
            } else if !(s == " " || s == "." || s == "'" || s == "\u{2019}") {
                break
            }
            i = next
            read += 1
        }
        guard capitals >= 3 else { return nil }
        while read < reach, i < text.endIndex, text[i] == UInt8(ascii: " ") {
            i += 1
            read += 1
        }
        // A region, a date or an agency may follow the place, after a comma or in parentheses.
        guard read < reach, i < text.endIndex, text[i] == UInt8(ascii: ",") || text[i] == UInt8(ascii: "(") || isDash(text, at: i)
        else { return nil }
        while read < reach, i < text.endIndex {
            let (s, next) = text.scalar(at: i)
            if isDash(text, at: i) {
                var end = next
                while end < text.endIndex {
                    let (after, afterEnd) = text.scalar(at: end)
                    guard after == "-" || TextLines.isBlank(after) else { break }
                    end = afterEnd
                }
                return end < text.endIndex ? end - text.startIndex : nil
            }
            if s == "." && !(i > text.startIndex && text.scalar(before: i).scalar.properties.isAlphabetic) { return nil }
            if s == "!" || s == "?" || s == "\u{201C}" || s == "\"" { return nil }
            i = next
            read += 1
        }
        return nil
    }

    /// How many scalars of a paragraph's opening may hold its dateline.
    private static let reach = 80

    /// The agency a dateline credits in parentheses ("(Reuters)", "(Harbor Wire)"): one to four words,
    /// the first capitalized; nil for a dateline without one.
    static func agency(in dateline: ArraySlice<UInt8>) -> String? {
        guard let open = dateline.firstIndex(of: UInt8(ascii: "(")), let close = dateline[open...].firstIndex(of: UInt8(ascii: ")")),
            close > open + 1
        else { return nil }
        let name = String(decoding: dateline[(open + 1)..<close], as: UTF8.self)
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), words[0].first?.isUppercase == true else { return nil }
        return name
    }

    /// An em or en dash, or a hyphen standing alone between spaces (or doubled, "--"). The scalars
    /// around a hyphen are compared with ASCII, which their neighbouring bytes tell.
    private static func isDash(_ text: ArraySlice<UInt8>, at i: Int) -> Bool {
        switch text.scalar(at: i).scalar {
        case "\u{2014}", "\u{2013}": return true
        case "-":
            let before = i > text.startIndex ? text[i - 1] : UInt8(ascii: " ")
            let after = i + 1 < text.endIndex ? text[i + 1] : UInt8(ascii: " ")
            return (before == UInt8(ascii: " ") && (after == UInt8(ascii: " ") || after == UInt8(ascii: "-")))
                || (before == UInt8(ascii: ")") && after == UInt8(ascii: " "))
        default: return false
        }
    }
}
