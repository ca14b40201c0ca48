/// Decides a source's category from, in order: the registry (an organisation that is itself the
/// source), the source's titles (current roles before former ones), its organisations, and the
/// head word of its own name.
struct CategoryClassifier: Sendable {
    let knowledge: ProfileKnowledge

    func category(of source: Source) -> SourceCategory {
        withUnsafePointer(to: source) { category(of: SourceEvidence($0, knowledge: knowledge)) }
    }

    /// `articleSources` are the article's sources, among which the organisations that speak in it
    /// give the full name of a short form ("Halvern" of "Halvern Motors").
    func category(of evidence: SourceEvidence, articleSources: [Source] = []) -> SourceCategory {
        if evidence.isUnnamed { return .anonymous }
        if let organization = evidence.registeredName { return organization.category }
        if let name = evidence.name {
            // "Beijing said", "Tehran warned": a country or its capital speaks through its government.
            if knowledge.countries.country(named: name) != nil { return .government }
        }
        let organizations = evidence.organizations.indices.map { (index: Int) -> SourceCategory? in
            let words = evidence.organizations[index]
            // "the aid group Relief Without Borders": the kind the article gives a body the registry does not know says
            // more than the head word of its name.
            if let kind = evidence.organizationKindCategories[index], knowledge.registry.organization(words) == nil { return kind }
            return knowledge.category(ofOrganization: words) ?? category(ofFullNameOf: words, among: articleSources)
        }
        if let category = categoryFromTitles(evidence, organizations: organizations) { return category }
        if let category = organizations.lazy.compactMap({ $0 }).first { return category }
        // "Lumora, a Dublin start-up", "Tidewatch, a conservation charity": a short appositive may say what kind of body the source is.
        // A bare head word beside an organisation of the source's is a post held there, not a kind: "Gulls centre Viktor Hale".
        // A loop rather than `lazy.compactMap`: its escaping closure would capture a copy of self
        // (every table of the knowledge retained and released) for each source.
        for title in evidence.titles
        where title.words.words.count <= 4 && !CategoryClassifier.relativeWords.contains(title.words.words.first ?? "")
            && (title.words.words.count > 1 || evidence.organizations.isEmpty)
        {
            if let category = knowledge.heads.category(ofKindEndingIn: title.words) { return category }
        }
        // The registry was asked for the whole name with the evidence.
        if let name = evidence.name,
            let category = knowledge.category(ofUnregisteredOrganization: name, strongOnly: !evidence.namedAsOrganization)
        {
            return category
        }
        // "said Mara Lind, 34, of Millbrook": a person the article knows by name and age, and by no role it lists (a
        // chairman whose body is unknown is no citizen), is one of the public.
        if evidence.givenAnAge, !evidence.namedAsOrganization, evidence.titles.allSatisfy({ $0.readings.isEmpty }) { return .citizen }
        return .other
    }

    /// Words of a force whose ranks are civil (lowercase): police, sheriffs, fire services.
    static let civilServiceWords: Set<String> = ["police", "sheriff", "sheriff's", "fire"]

    /// Words that open a relative clause kept as a title ("who runs the campaign"), which says nothing of a kind of body.
    static let relativeWords: Set<String> = ["who", "which", "whose", "that"]

    /// The category of the organisation the article names in full with `shortName`'s words first:
    /// "Halvern" is the "Halvern Motors" of the lead paragraph. The names are read only here, for
    /// the few organisations that neither the registry nor a head word places.
    private func category(ofFullNameOf shortName: NameWords, among sources: [Source]) -> SourceCategory? {
        let words = shortName.words
        guard !words.isEmpty, knowledge.countries.country(named: shortName) == nil else { return nil }
        for index in sources.indices where sources[index].namedAsOrganization {
            guard let name = sources[index].name else { continue }
            let full = NameWords(name)
            if full.words.count > words.count, full.words.starts(with: words), let category = knowledge.category(ofOrganization: full) {
                return category
            }
        }
        return nil
    }

    /// The category of the first current role that says something, else of the first former one;
    /// a former government or military role makes a former official.
    private func categoryFromTitles(_ evidence: SourceEvidence, organizations: [SourceCategory?]) -> SourceCategory? {
        let titles = evidence.titles
        let countries = evidence.organizations.count { knowledge.countries.country(named: $0) != nil }
        let isPressRole = titles.contains { $0.readings.contains { $0.role.isPress && !$0.isFormer } }
        var current: SourceCategory?
        var former: SourceCategory?
        for (index, title) in titles.enumerated() {
            let paired = titles.count == organizations.count ? organizations[index] : nil
            // The engine may give "Former" and "Gov." as two titles.
            let markedFormer = index > 0 && titles[index - 1].isFormerMark
            for var reading in title.readings {
                reading.isFormer = reading.isFormer || markedFormer
                var category = reading.role.category
                if reading.role.followsOrganization {
                    if let held = organization(of: reading, paired: paired, organizations: organizations, countries: countries) {
                        category = held
                    } else if knowledge.titles.isOverBusinessFunction(reading) {
                        // "vice president of sales" at a firm the registry does not know.
                        category = .business
                    } else if reading.role.headsOrganization, namesOnlyUnknownOrganizations(reading, organizations: evidence.organizations) {
                        continue
                    }
                }
                if category == .other { continue }
                if reading.isFormer {
                    if former == nil { former = category == .government || category == .military ? .formerOfficial : category }
                } else if current == nil {
                    current = category
                }
            }
        }
        if current == .military && isPressRole { return .government }
        // "Sgt. Laura Benning of the Ashby Police Department": a rank in the police is a civil one.
        if current == .military,
            evidence.organizations.contains(where: { $0.words.contains { CategoryClassifier.civilServiceWords.contains($0.lowercased()) } })
        {
            return .government
        }
        // "a former State Department official now at the Brookings Institution": with no current role, an organisation
        // outside government is where a former official works now ("a former student at Columbia" is no academic).
        if current == nil, former == .formerOfficial,
            let employer = organizations.lazy.compactMap({ $0 }).first(where: { $0 != .government && $0 != .military })
        {
            return employer
        }
        return current ?? former
    }

    /// The type of the organisation named before a role ("CIA officer", "Chinese Foreign Ministry
    /// spokeswoman"). An outlet registered with its article ("The National", "The Independent") is
    /// never meant there: "Unity National Chairman", "Independent Sen.".
    private func category(ofNamedPrefix prefix: NameWords) -> SourceCategory? {
        let isOutletByArticle = { (organization: Organization) in organization.category == .media && organization.name.hasPrefix("The ") }
        if let organization = knowledge.registry.organization(prefix), !isOutletByArticle(organization) { return organization.category }
        if let found = knowledge.registry.firstOrganization(in: prefix), !isOutletByArticle(found.organization) {
            return found.organization.category
        }
        return knowledge.heads.category(of: prefix)
    }

    /// Whether the organisations around a title are named but none is of a known kind or a country:
    /// the "president of Quillon" heads something the profiler cannot place.
    private func namesOnlyUnknownOrganizations(_ reading: TitleLexicon.Reading, organizations: [NameWords]) -> Bool {
        let named = [reading.prefix, reading.suffix].filter { $0.hasCapitalizedWord } + organizations
        return !named.isEmpty && named.allSatisfy {
            // "president of Vestland" heads a country, but a country inside a name ("Growers of America") is no head's.
            knowledge.category(ofOrganization: $0) == nil && knowledge.countries.country(named: $0) == nil
        }
    }

    /// The type of the organisation a title is held at: one named in the title itself ("CIA
    /// officer", "director of the Atlantic Council"), else the organisation at the same place
    /// in the source's list when titles and organisations pair up one to one. A role that says
    /// nothing by itself ("director", "adviser"), or any role of a source with one organisation
    /// besides the `countries` among them, takes the first organisation known.
    private func organization(
        of reading: TitleLexicon.Reading, paired: SourceCategory?, organizations: [SourceCategory?], countries: Int
    ) -> SourceCategory? {
        // A unit written in lowercase ("the marine biology department") yields to a named organisation.
        let suffixIsNamed = reading.suffix.hasCapitalizedWord
        if suffixIsNamed, let category = knowledge.category(ofOrganization: reading.suffix) { return category }
        // "foreign policy aide": a prefix in lowercase is a field or a unit ("ministry spokesman"),
        // never the registered outlet or body spelled the same ("Foreign Policy").
        if reading.prefix.hasCapitalizedWord {
            if let category = category(ofNamedPrefix: reading.prefix) { return category }
        } else if let category = knowledge.heads.category(of: reading.prefix) {
            return category
        }
        if let paired { return paired }
        // The source's only organisation is where it holds each role: "expert on port logistics", "Professor", at a
        // university; a country beside it is a field or a place ("a Sudan researcher at Chatham House").
        let known = organizations.compactMap { $0 }
        let onlyKnown = known.count == 1 && organizations.count - countries == 1
        if reading.role.category == .other || organizations.count == 1 || onlyKnown, let first = known.first {
            return first
        }
        return suffixIsNamed ? nil : knowledge.category(ofOrganization: reading.suffix)
    }
}
