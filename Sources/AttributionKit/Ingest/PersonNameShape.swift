/// Tells whether a few words look like a person's name: two to four capitalised words
/// (initials and particles such as "van" or "al" allowed), none of them a common
/// function word that would make the line a heading instead.
enum PersonNameShape {
    static func isName(_ words: [Int], in line: LineShape) -> Bool {
        guard words.count >= 2, words.count <= 5 else { return false }
        var capitalised = 0
        for index in words {
            let bare = line.bareWord(index)
            if IngestLexicon.nameParticles.contains(bare) && !line.isCapitalized(index) { continue }
            guard line.isCapitalized(index), !IngestLexicon.notNameWords.contains(bare),
                !IngestLexicon.monthWords.contains(bare), isNameWord(line.text[line.words[index]])
            else { return false }
            capitalised += 1
        }
        return capitalised >= 2 && capitalised <= 4
    }

    /// Letters with hyphens, apostrophes or periods (for initials); a trailing comma is allowed.
    private static func isNameWord(_ word: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var index = word.startIndex
        while index < word.endIndex {
            let (scalar, end) = word.scalar(at: index)
            if scalar.properties.isAlphabetic {
                letters += 1
            } else if !(scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "."
                || (scalar == "," && end == word.endIndex))
            {
                return false
            }
            index = end
        }
        return letters >= 1
    }
}
