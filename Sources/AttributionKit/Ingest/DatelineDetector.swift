/// Recognises a line that only gives a date or time ("Updated Oct. 27, 2023, 9:15 a.m. ET",
/// "WASHINGTON, March 3, 2024", "2024-03-03"): a date plus at most two other words.
enum DatelineDetector {
    static func isDateline(_ line: LineShape) -> Bool {
        // A dateline ends in a date word: the last word rules out nearly every line before the words are counted.
        guard let last = line.lastWord, isDateWord(line.bareBytes(in: last)), line.hasWordCount(in: 1...14) else { return false }
        // Every date has a number, so a line without a digit is passed over before its words are read.
        guard line.containsScalar(where: isNumeric) else { return false }
        var hasDate = false
        var otherWords = 0
        var previousWasMonth = false
        var previousWasNumber = false
        var lastIsDateWord = false
        for index in 0..<line.wordCount {
            let bare = line.bareWord(index)
            let isNumber = isNumber(bare)
            let isMonth = IngestLexicon.monthWords.contains(bare)
            if isNumericDate(bare) || (isNumber && previousWasMonth) || (isMonth && previousWasNumber) {
                hasDate = true
            }
            let isDateWord = isDateWord(bare)
            if !isDateWord { otherWords += 1 }
            previousWasMonth = isMonth
            previousWasNumber = isNumber
            lastIsDateWord = isDateWord
        }
        return hasDate && otherWords <= 2 && lastIsDateWord
    }

    /// A bare word a dateline is made of: a number, a word of the date words (months, weekdays, time
    /// zones), or punctuation alone.
    private static func isDateWord(_ bare: String) -> Bool {
        isNumber(bare) || bare.isEmpty || IngestLexicon.dateWords.contains(bare)
    }

    /// `isDateWord` of a bare word's UTF-8 before it is lowercased (which changes no scalar's being a
    /// number), told without making the word.
    private static func isDateWord(_ bare: ArraySlice<UInt8>) -> Bool {
        guard let first = bare.firstScalar else { return true }
        return isNumeric(first) || IngestLexicon.dateWords.contains(lowercasing: bare)
    }

    private static func isNumber(_ bare: String) -> Bool {
        bare.unicodeScalars.first.map(isNumeric) ?? false
    }

    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// "2024-03-03", "3/3/2024", "03.03.2024": digits in two or three groups with separators.
    private static func isNumericDate(_ word: String) -> Bool {
        var groups = 0
        var digitsInGroup = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.numericType != nil, scalar.isASCII {
                digitsInGroup += 1
            } else if scalar == "-" || scalar == "/" || scalar == "." {
                guard digitsInGroup > 0 else { return false }
                groups += 1
                digitsInGroup = 0
            } else {
                return false
            }
        }
        if digitsInGroup > 0 { groups += 1 }
        return groups == 3
    }
}
