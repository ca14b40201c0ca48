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
    /// The registry entry the whole name is, looked up once for the category and the side.
    var registeredName: Organization?
    var titles: [Title]
    var organizations: [NameWords]
    var description: NameWords?

    /// Borrows its arguments: an initializer would otherwise take (copy) the source and the knowledge.
    init(_ source: borrowing Source, knowledge: borrowing ProfileKnowledge) {
        name = source.name.map(NameWords.init)
        registeredName = name.flatMap(knowledge.registry.organization)
        titles = source.titles.map { title in
            let words = NameWords(title)
            return Title(words: words, readings: knowledge.titles.readings(of: words), isFormerMark: knowledge.titles.isFormerMark(words))
        }
        organizations = source.organizations.map(NameWords.init)
        description = source.description.map(NameWords.init)
    }
}
