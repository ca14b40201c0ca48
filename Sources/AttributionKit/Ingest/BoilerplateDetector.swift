/// Recognises page furniture that scrapers leave in article text: "Updated:", "0:00",
/// "LATEST VIDEO", "Related Topics", rows of share buttons, a lone "Reporter".
enum BoilerplateDetector {
    static func isBoilerplate(_ line: LineShape) -> Bool {
        if startsWithLabel(line) { return true }
        guard line.length <= 64, line.hasWordCount(in: 0...8) else { return false }
        if isTimestamp(line.text) { return true }
        var normalized = line.normalized
        while let last = normalized.unicodeScalars.last, trailingMarks.contains(last) {
            normalized.unicodeScalars.removeLast()
        }
        if IngestLexicon.boilerplateLines.contains(normalized) { return true }
        return (0..<line.wordCount).allSatisfy { line.bareWord($0, isIn: IngestLexicon.shareWords) }
    }

    /// "READ MORE: …", "Related: …", "CLICK HERE TO GET THE APP": a furniture label opens the line.
    private static func startsWithLabel(_ line: LineShape) -> Bool {
        // The first word rules out nearly every line before the words are counted, and its first scalar
        // lowercased (a quote, most letters) before the word is made.
        guard let first = line.firstWord else { return false }
        let initial = line.text[first.lowerBound]
        // Most initials beyond ASCII (curly quotes, dashes) have no case, and no mapping to look up.
        let loweredInitial =
            initial.isASCII ? LineShape.asciiLower(initial)
            : initial.properties.changesWhenLowercased ? initial.properties.lowercaseMapping.unicodeScalars.first : initial
        guard let loweredInitial, IngestLexicon.boilerplateLabelInitials.contains(loweredInitial),
            IngestLexicon.boilerplateLabelStarts.contains(LineShape.lowercased(line.text[first]).trimmingColon),
            line.hasWordCount(in: 2...40)
        else { return false }
        var label = ""
        for index in 0..<min(line.wordCount, 4) {
            if index > 0 { label += " " }
            let word = line.word(index)
            if word.hasSuffix(":") {
                label += word.dropLast().lowercased()
                return IngestLexicon.boilerplateLabels.contains(label)
            }
            label += word.lowercased()
            if IngestLexicon.boilerplateOpeners.contains(label) { return true }
        }
        return false
    }

    /// A video player's clock: digits and colons, such as "0:00" or "1:05 / 3:40".
    private static func isTimestamp(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var sawColon = false
        for scalar in text {
            switch scalar {
            case "0"..."9", " ", "/": continue
            case ":": sawColon = true
            default: return false
            }
        }
        return sawColon
    }

    private static let trailingMarks: Set<Unicode.Scalar> = [":", ".", "\u{2026}", " ", "|"]
}

extension String {
    fileprivate var trimmingColon: String {
        hasSuffix(":") ? String(dropLast()) : self
    }
}
