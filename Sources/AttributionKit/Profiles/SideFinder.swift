/// Finds the country or party a source speaks for, only where the text says so: a country word
/// in its titles or organisations ("Chinese Foreign Ministry spokeswoman", "Iran's mission to the
/// United Nations"), else the registry side of an organisation it speaks for or works at.
struct SideFinder: Sendable {
    let knowledge: ProfileKnowledge

    /// `category` is the source's category, so that a person's own name is never read for a country.
    func side(of evidence: SourceEvidence, category: SourceCategory) -> String? {
        if let registered = evidence.registeredName {
            if let side = registered.side { return side }
        } else if let name = evidence.name, evidence.hasBareName, category.isOrganizationKind, let side = side(ofOrganization: name) {
            return side.side
        }
        // Nothing else to read (most people quoted by name alone).
        guard !evidence.titles.isEmpty || !evidence.organizations.isEmpty || evidence.description != nil else { return nil }
        // An expert, a journalist or a company speaks for a country only through a registry entry:
        // the "Iran" of a think tank's name says what it studies, not whom it speaks for.
        let readsCountryWords = SideFinder.speaksForCountries(category)
        var fromRegistry: String?
        // The side a phrase settles, keeping the first registry side met for the end. Phrases are
        // read where they stand, in order, rather than gathered (copied) into one list first.
        func settledSide(_ words: NameWords) -> String? {
            guard let side = side(ofOrganization: words) else { return nil }
            if side.isStated {
                if readsCountryWords { return side.side }
            } else {
                fromRegistry = fromRegistry ?? side.side
            }
            return nil
        }
        // A past role says whom a source spoke for, which matters only for a former official.
        for title in evidence.titles where category == .formerOfficial || !(title.readings.last?.isFormer ?? false) {
            // The parts of a title that can say whom its holder speaks for: the words before the role
            // ("Chinese Foreign Ministry" of "Chinese Foreign Ministry spokeswoman") and an organisation
            // after "of" or "at"; not what the role is about ("director for countering Iran's program").
            guard let reading = title.readings.last else {
                if let side = settledSide(title.words) { return side }
                continue
            }
            if let side = settledSide(reading.prefix) { return side }
            if reading.link == "of" || reading.link == "at", let side = settledSide(reading.suffix) { return side }
        }
        for words in evidence.organizations {
            if let side = settledSide(words) { return side }
        }
        if let description = evidence.description, let side = settledSide(description) { return side }
        return fromRegistry
    }

    /// Whether titles and organisations of a source of `category` name the country it speaks for ("Chinese Premier").
    private static func speaksForCountries(_ category: SourceCategory) -> Bool {
        switch category {
        case .government, .military, .formerOfficial, .anonymous, .other: return true
        default: return false
        }
    }

    /// The side of a phrase: `isStated` when a country word in it says so, else the registry's side
    /// for an organisation named in it. A whole registry name keeps its own side: the South China
    /// Morning Post does not speak for China.
    private func side(ofOrganization words: NameWords) -> (side: String, isStated: Bool)? {
        // A single word in lowercase names nothing: the "who" of "who teaches at …" is no WHO.
        guard words.words.count > 1 || words.hasCapitalizedWord else { return nil }
        if let organization = knowledge.registry.organization(words) {
            return organization.side.map { ($0, false) }
        }
        let registered = knowledge.registry.firstOrganization(in: words)
        if let (country, range) = knowledge.countries.speakingCountry(in: words),
            registered.map({ !$0.range.overlaps(range) }) ?? true
        {
            return (country, true)
        }
        if let side = registered?.organization.side { return (side, false) }
        return nil
    }
}
