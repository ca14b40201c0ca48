/// Finds the wire-service dateline that opens a story's first paragraph: "GULLPORT (AP) — ",
/// "ST. MAREN, Nordmark — ", "BRACKWATER, March 3 (Reuters) - ".
///
/// The place is in capitals; a region, a date and an agency in parentheses may follow; a dash ends it.
enum WireDatelineDetector {
    /// The length of the dateline and the dash with its spaces, when `text` opens with one.
    static func prefixLength(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = text.startIndex
        let limit = min(text.endIndex, text.startIndex + 80)
        var capitals = 0
        // The place: capital letters, spaces and the punctuation of names such as "ST. JOHN'S". ASCII
        // letters and digits (nearly all) are told by their range, without looking their properties up.
        while i < limit {
            let s = text[i]
            if s.isASCII ? ("A"..."Z").contains(s) : s.properties.isUppercase {
                capitals += 1
            } else if s.isASCII ? ("a"..."z").contains(s) || ("0"..."9").contains(s) : s.properties.isLowercase || s.properties.numericType != nil {
                break
            } else if s == "-" {
                // Only inside a name ("WINSTON-SALEM"); a hyphen between spaces is the dash.
                guard i + 1 < limit, text[i + 1].properties.isUppercase else { break }
            } else if !(s == " " || s == "." || s == "'" || s == "\u{2019}") {
                break
            }
            i += 1
        }
        guard capitals >= 3 else { return nil }
        while i < limit, text[i] == " " { i += 1 }
        // A region, a date or an agency may follow the place, after a comma or in parentheses.
        guard i < limit, text[i] == "," || text[i] == "(" || isDash(text, at: i) else { return nil }
        while i < limit {
            if isDash(text, at: i) {
                var end = i + 1
                while end < text.endIndex, text[end] == "-" || TextLines.isBlank(text[end]) { end += 1 }
                return end < text.endIndex ? end - text.startIndex : nil
            }
            let s = text[i]
            if s == "." && !(i > text.startIndex && text[i - 1].properties.isAlphabetic) { return nil }
            if s == "!" || s == "?" || s == "\u{201C}" || s == "\"" { return nil }
            i += 1
        }
        return nil
    }

    /// The agency a dateline credits in parentheses ("(Reuters)", "(Harbor Wire)"): one to four words,
    /// the first capitalized; nil for a dateline without one.
    static func agency(in dateline: ArraySlice<Unicode.Scalar>) -> String? {
        guard let open = dateline.firstIndex(of: "("), let close = dateline[open...].firstIndex(of: ")"), close > open + 1 else { return nil }
        let name = String(String.UnicodeScalarView(dateline[(open + 1)..<close]))
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), words[0].first?.isUppercase == true else { return nil }
        return name
    }

    /// An em or en dash, or a hyphen standing alone between spaces (or doubled, "--").
    private static func isDash(_ text: ArraySlice<Unicode.Scalar>, at i: Int) -> Bool {
        switch text[i] {
        case "\u{2014}", "\u{2013}": return true
        case "-":
            let before = i > text.startIndex ? text[i - 1] : " "
            let after = i + 1 < text.endIndex ? text[i + 1] : " "
            return (before == " " && (after == " " || after == "-")) || (before == ")" && after == " ")
        default: return false
        }
    }
}
