/// Recognises author lines: "By Jane Doe and John Roe", "BY JANE DOE | Gazette", or a line
/// that is nothing but a name (only trusted near the headline, where bylines stand).
enum BylineDetector {
    /// The authors named by a "By …" line.
    static func byNames(_ line: LineShape) -> [String]? {
        guard line.wordCount >= 2, line.wordCount <= 16, line.starts(withWord: "by"),
            line.isCapitalized(1), !endsLikeSentence(line)
        else { return nil }
        let names = names(in: line, fromWord: 1, allowingRoles: true)
        return names.isEmpty ? nil : names
    }

    /// The names on a line that holds only one or more person names ("Jane Doe and John Roe").
    static func loneNames(_ line: LineShape) -> [String]? {
        guard line.wordCount >= 2, line.wordCount <= 9, !line.hasEndPunctuation else { return nil }
        let names = names(in: line, fromWord: 0, allowingRoles: false)
        return names.isEmpty ? nil : names
    }

    /// Splits the words from `first` on "and", "&", "," and "|" and keeps the segments that are names.
    /// Segments after a "|" or made of job words ("Staff Writer") are skipped when roles are allowed.
    private static func names(in line: LineShape, fromWord first: Int, allowingRoles: Bool) -> [String] {
        var names: [String] = []
        var segment: [Int] = []
        var afterBar = false

        func flush() -> Bool {
            defer { segment = [] }
            if segment.isEmpty { return true }
            let isRole = segment.allSatisfy { IngestLexicon.bylineRoles.contains(line.bareWord($0)) }
            if !isRole, PersonNameShape.isName(segment, in: line) {
                if !afterBar { names.append(segment.map { line.word($0) }.joined(separator: " ").trimmingTrailingComma) }
                return true
            }
            return allowingRoles && (isRole || afterBar)
        }

        for index in first..<line.wordCount {
            let bare = line.bareWord(index)
            let raw = line.word(index)
            if bare == "and" || raw == "&" || raw == "|" || raw == "\u{2014}" || raw == "-" {
                guard flush() else { return [] }
                if raw == "|" || raw == "\u{2014}" || raw == "-" { afterBar = true }
                continue
            }
            segment.append(index)
            if raw.hasSuffix(",") {
                guard flush() else { return [] }
            }
        }
        guard flush() else { return [] }
        return names
    }

    /// A byline has no sentence punctuation at its end (an initial such as "J." is fine).
    private static func endsLikeSentence(_ line: LineShape) -> Bool {
        guard line.hasEndPunctuation else { return false }
        let last = line.bareWord(line.wordCount - 1)
        return last.unicodeScalars.count > 1
    }
}

extension String {
    fileprivate var trimmingTrailingComma: String {
        hasSuffix(",") ? String(dropLast()) : self
    }
}
