/// Recognises author lines: "By Jane Doe and John Roe", "BY JANE DOE | Gazette", or a line
/// that is nothing but a name (only trusted near the headline, where bylines stand).
enum BylineDetector {
    /// The authors named by a "By …" line.
    static func byNames(_ line: LineShape) -> [String]? {
        guard line.starts(withWord: "by"), line.hasWordCount(in: 2...16),
            line.isCapitalized(1), !endsLikeSentence(line)
        else { return nil }
        return names(in: line, fromWord: 1)
    }

    /// The names on a line that holds only one or more person names ("Jane Doe and John Roe",
    /// "Jane Doe, Staff Writer", "Jane Doe | Gazette").
    static func loneNames(_ line: LineShape) -> [String]? {
        guard !line.hasEndPunctuation, line.hasWordCount(in: 2...9) else { return nil }
        return names(in: line, fromWord: 0)
    }

    /// Splits the words from `first` on "and", "&", "," and "|"; the first segment must be a
    /// name, later ones are names, or job titles and outlets made of capitalised words.
    private static func names(in line: LineShape, fromWord first: Int) -> [String]? {
        var names: [String] = []
        var segment: [Int] = []
        var afterBar = false
        var isFirst = true

        func flush() -> Bool {
            defer {
                segment = []
                isFirst = false
            }
            if segment.isEmpty { return true }
            // "Staff Writer", or after the first name a role ending in a role word: "Courts Reporter".
            let isRole = segment.allSatisfy { IngestLexicon.bylineRoles.contains(line.bareWord($0)) }
                || (!isFirst && IngestLexicon.bylineRoles.contains(line.bareWord(segment[segment.count - 1])))
            let isOutlet = IngestLexicon.outletWords.contains(line.bareWord(segment[segment.count - 1]))
            if !isRole, !isOutlet, !afterBar, PersonNameShape.isName(segment, in: line) {
                names.append(segment.map { line.word($0) }.joined(separator: " ").trimmingTrailingComma)
                return true
            }
            return !isFirst && (isRole || segment.allSatisfy { line.isCapitalized($0) || IngestLexicon.nameParticles.contains(line.bareWord($0)) })
        }

        for index in first..<line.wordCount {
            let raw = line.word(index)
            if raw == "&" || raw == "|" || raw == "\u{2014}" || raw == "-" || line.wordIs(index, "and") {
                guard flush() else { return nil }
                if raw == "|" || raw == "\u{2014}" || raw == "-" { afterBar = true }
                continue
            }
            segment.append(index)
            if raw.hasSuffix(",") {
                guard flush() else { return nil }
            }
        }
        guard flush(), !names.isEmpty else { return nil }
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
