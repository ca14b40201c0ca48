/// Words that name a country (demonyms, short forms, capitals used for governments), read from
/// `Resources/profiles/countries.tsv`, and the search for the country a phrase speaks for.
struct CountryNames: Sendable {
    /// Country by the word sequence that names it ("chinese", "united states", "us").
    private let byKey: PhraseTable<String>

    static let bundled = CountryNames(rows: TabSeparatedRows.bundled("countries", in: "profiles"))

    /// Words after which a country is the subject of a role, not whom it speaks for ("envoy to China").
    private static let objectPrepositions: WordSet = [
        "to", "in", "on", "for", "toward", "towards", "against", "about", "with", "from", "into", "over", "across", "than",
        "regarding", "between",
    ]

    init(rows: TabSeparatedRows) {
        var table = PhraseTable<String>()
        for row in rows {
            let country = row[0]
            for name in [country] + row[1].split(separator: "|").map(String.init) {
                table.insert(NameWords(name).words, country)
            }
        }
        byKey = table
    }

    /// The country of a whole phrase ("Chinese", "U.S."), if it is one.
    func country(named words: NameWords) -> String? {
        byKey.value(words)
    }

    /// The first country the words name as the one speaking: not after a preposition such as
    /// "to" ("ambassador to China") and not as a base ("Dubai-based", "U.S.-based"). Country words
    /// are capitalised in English, which keeps the pronoun "us" from reading as "US".
    func speakingCountry(in words: NameWords) -> (country: String, range: Range<Int>)? {
        let tokens = words.words
        var start = 0
        while start < tokens.count {
            guard words.isCapitalized(start) else {
                start += 1
                continue
            }
            if let (country, length) = byKey.longestMatch(in: words, from: start) {
                let range = start..<(start + length)
                let beforeBased = range.upperBound < tokens.count && words.word(at: range.upperBound, is: "based")
                let afterPreposition = start > 0 && CountryNames.objectPrepositions.contains(words, at: start - 1)
                // "New Mexico", "New England" name other places.
                let afterNew = start > 0 && words.word(at: start - 1, is: "new") && words.isCapitalized(start - 1)
                if !beforeBased && !afterPreposition && !afterNew {
                    return (country, range)
                }
                start = range.upperBound - 1
            }
            start += 1
        }
        return nil
    }
}
