/// A source's credentials read once for all the profiler's rules: the words of its name, each
/// title with its roles, its organisations and its description.
struct SourceEvidence {
    struct Title {
        var words: NameWords
        /// The roles of the title, in order ("founder and president" has two).
        var readings: [TitleLexicon.Reading]
        /// A title that is only "Former", making the next one a past role.
        var isFormerMark: Bool
    }

    var name: NameWords?
    var titles: [Title]
    var organizations: [NameWords]
    var description: NameWords?

    /// Borrows its arguments: an initializer would otherwise take (copy) the source and the lexicon.
    init(_ source: borrowing Source, titles lexicon: borrowing TitleLexicon) {
        name = source.name.map(NameWords.init)
        titles = source.titles.map { title in
            let words = NameWords(title)
            return Title(words: words, readings: lexicon.readings(of: words), isFormerMark: lexicon.isFormerMark(words))
        }
        organizations = source.organizations.map(NameWords.init)
        description = source.description.map(NameWords.init)
    }
}
