/// Recognises page furniture that scrapers leave in article text: "Updated:", "0:00",
/// "LATEST VIDEO", "Related Topics", rows of share buttons, a lone "Reporter".
enum BoilerplateDetector {
    static func isBoilerplate(_ line: LineShape) -> Bool {
        if startsWithLabel(line) { return true }
        guard line.length <= 64, line.hasWordCount(in: 0...8) else { return false }
        if isTimestamp(line.text) { return true }
        if IngestLexicon.boilerplateLines.contains(lowercasing: droppingTrailingMarks(line.joinedWords)) { return true }
        return (0..<line.wordCount).allSatisfy { line.bareWord($0, isIn: IngestLexicon.shareWords) }
    }

    /// "READ MORE: …", "Related: …", "CLICK HERE TO GET THE APP": a furniture label opens the line.
    private static func startsWithLabel(_ line: LineShape) -> Bool {
        // The first word rules out nearly every line before the words are counted.
        guard let first = line.firstWord, isLabelStart(line.text[first]), line.hasWordCount(in: 2...40) else { return false }
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

    /// Whether `word`, lowercased and without a colon that ends it, is the first word of a label.
    /// An ASCII word (nearly every one) is looked up from its bytes, where the colon is its last;
    /// another is made only when its first scalar, lowercased, opens a label.
    private static func isLabelStart(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else {
            guard let initial = word.firstScalar, IngestLexicon.boilerplateLabelInitials.contains(lowercased(initial)) else { return false }
            return IngestLexicon.boilerplateLabelStarts.contains(LineShape.lowercased(word).trimmingColon)
        }
        return IngestLexicon.boilerplateLabelStarts.contains(lowercasing: word.last == UInt8(ascii: ":") ? word.dropLast() : word)
    }

    /// The first scalar of the scalar's lowercase mapping; most scalars beyond ASCII (curly quotes,
    /// dashes) have no case, and no mapping to look up.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return LineShape.asciiLower(scalar) }
        // General Punctuation (the curly quote opening a quoted paragraph) holds no cased scalar:
        // told without a property lookup.
        guard !(0x2000...0x206F).contains(scalar.value), scalar.properties.changesWhenLowercased else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// A video player's clock: digits and colons, such as "0:00" or "1:05 / 3:40".
    private static func isTimestamp(_ text: ArraySlice<UInt8>) -> Bool {
        var sawColon = false
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "), UInt8(ascii: "/"): continue
            case UInt8(ascii: ":"): sawColon = true
            default: return false
            }
        }
        return sawColon
    }

    /// `utf8` without the marks that may close a furniture line (":", ".", "…", " ", "|"). They are
    /// dropped before the line is lowercased, which changes none of them and makes none of them.
    private static func droppingTrailingMarks(_ utf8: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = utf8.endIndex
        while end > utf8.startIndex {
            switch utf8[end - 1] {
            case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "|"):
                end -= 1
            // The last byte of "…" (E2 80 A6).
            case 0xA6 where end - utf8.startIndex >= 3 && utf8[end - 3] == 0xE2 && utf8[end - 2] == 0x80:
                end -= 3
            default:
                return utf8[..<end]
            }
        }
        return utf8[..<end]
    }
}

extension String {
    fileprivate var trimmingColon: String {
        hasSuffix(":") ? String(dropLast()) : self
    }
}
