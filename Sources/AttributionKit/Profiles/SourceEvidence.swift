/// A source's credentials read once for all the profiler's rules: the words of its name, each
/// title with its roles, its organisations and its description, and the marks the rules test.
/// The rules read only this, so the profiler never copies a source out of its array.
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
    /// The category the kind written before an organisation's name says ("the aid group …": NGO), by the
    /// organisation's index.
    var organizationKindCategories: [Int: SourceCategory] = [:]
    var description: NameWords?
    /// An anonymous or vague source.
    var isUnnamed: Bool
    /// `Source.namedAsOrganization`.
    var namedAsOrganization: Bool
    /// `Source.hasBareName`: an organisation speaking for itself when its category is one.
    var hasBareName: Bool
    /// `Source.givenAnAge`.
    var givenAnAge: Bool

    /// The evidence of the source `source` points to, each field read where it stands: a source read
    /// out of its array, even borrowed or field by field, was copied whole (every string and array in
    /// it retained and released). Borrows the knowledge, which an initializer would otherwise take (copy).
    init(_ source: UnsafePointer<Source>, knowledge: borrowing ProfileKnowledge) {
        isUnnamed = source.pointee.anonymous || source.pointee.vague
        namedAsOrganization = source.pointee.namedAsOrganization
        hasBareName = source.pointee.hasBareName
        givenAnAge = source.pointee.givenAnAge
        let name = source.pointee.name.map(NameWords.init)
        self.name = name
        // Asked in a closure rather than as `flatMap(knowledge.registry.organization)`: the method
        // taken as a value captures a copy of the registry, every table in it retained and released.
        registeredName = name.flatMap { knowledge.registry.organization($0) }
        titles = source.pointee.titles.map { title in
            let words = NameWords(title)
            return Title(words: words, readings: knowledge.titles.readings(of: words), isFormerMark: knowledge.titles.isFormerMark(words))
        }
        organizations = source.pointee.organizations.map(NameWords.init)
        if !source.pointee.organizationKinds.isEmpty {
            for (index, organization) in source.pointee.organizations.enumerated() {
                guard let kind = source.pointee.organizationKinds[organization] else { continue }
                organizationKindCategories[index] = knowledge.heads.category(ofKindEndingIn: NameWords(kind))
            }
        }
        description = source.pointee.description.map(NameWords.init)
    }
}
