/// Decides a source's category from, in order: the registry (an organisation that is itself the
/// source), the source's titles (current roles before former ones), its organisations, and the
/// head word of its own name.
struct CategoryClassifier: Sendable {
    let knowledge: ProfileKnowledge

    func category(of source: Source) -> SourceCategory {
        if source.anonymous || source.vague { return .anonymous }
        if let name = source.name, let organization = knowledge.registry.organization(named: name) {
            return organization.category
        }
        let organizations = source.organizations.map { knowledge.category(ofOrganization: NameWords($0)) }
        if let category = categoryFromTitles(source.titles, organizations: organizations) { return category }
        if let category = organizations.lazy.compactMap({ $0 }).first { return category }
        if let name = source.name, let category = knowledge.category(ofOrganization: NameWords(name), strongOnly: true) {
            return category
        }
        return .other
    }

    /// The category of the first current role that says something, else of the first former one;
    /// a former government or military role makes a former official.
    private func categoryFromTitles(_ titles: [String], organizations: [SourceCategory?]) -> SourceCategory? {
        let readings = titles.compactMap { knowledge.titles.read($0) }
        let isPressRole = readings.contains { $0.role.isPress && !$0.isFormer }
        var current: SourceCategory?
        var former: SourceCategory?
        for (index, title) in titles.enumerated() {
            guard let reading = knowledge.titles.read(title) else { continue }
            var category = reading.role.category
            if reading.role.followsOrganization,
                let held = organization(of: reading, organizations: organizations, titleIndex: index)
            {
                category = held
            }
            if category == .other { continue }
            if reading.isFormer {
                if former == nil { former = category == .government || category == .military ? .formerOfficial : category }
            } else if current == nil {
                current = category
            }
        }
        if current == .military && isPressRole { return .government }
        return current ?? former
    }

    /// The type of the organisation a title is held at: one named in the title itself
    /// ("CIA officer", "director of the Iran Policy Committee"), else the organisation given
    /// in the same position of the source's list, else the first one known.
    private func organization(of reading: TitleLexicon.Reading, organizations: [SourceCategory?], titleIndex: Int) -> SourceCategory? {
        if let category = knowledge.category(ofOrganization: reading.suffix) { return category }
        if let category = knowledge.category(ofOrganization: reading.prefix) { return category }
        if let found = knowledge.registry.firstOrganization(in: reading.prefix) { return found.organization.category }
        if titleIndex < organizations.count, let category = organizations[titleIndex] { return category }
        return organizations.lazy.compactMap { $0 }.first
    }
}
