/// Every entity the article has mentioned so far, and the resolution of later references to them:
/// surname, honorific + surname, pronoun by recency and gender, definite description by credentials.
///
/// Lookups are dictionary probes; pronouns scan only a short list of recent subjects.
struct EntityBook {
    private(set) var entities: [Entity] = []
    private var byName: [String: Int] = [:]
    private var byNamePart: [String: Int] = [:]
    /// Surname → the full names that end in it, in order of first mention.
    private var surnameHolders: [String: [Int]] = [:]
    /// The last two words of names of three or more words, for "Mr. Guajardo Villarreal".
    private var twoWordSurnames: [String: Int] = [:]
    /// Recently salient persons and organisations (subjects and speakers), most recent last.
    private var recent: [Int] = []
    static let recentLimit = 12

    subscript(_ index: Int) -> Entity {
        get { entities[index] }
        set { entities[index] = newValue }
    }

    /// The entity a mention refers to, created when it is new; nil for a pronoun with no antecedent.
    mutating func resolve(_ mention: Mention, salient: Bool = true) -> Int? {
        let index: Int?
        switch mention.kind {
        case .pronoun(let gender):
            index = antecedent(gender: gender)
            if let index, entities[index].gender == nil, let gender { entities[index].gender = gender }
        case .person(let name):
            index = person(named: name, gender: mention.gender)
        case .organization(let name):
            index = organization(named: name)
        case .anonymous(let description, let vague):
            let key = "#" + description.lowercased()
            if let found = byName[key] {
                index = found
            } else if description.hasPrefix("the "), let head = description.split(separator: " ").last,
                let found = described(head: String(head))
            {
                // "the aide" after "a congressional aide": the same unnamed source.
                index = found
            } else {
                index = add(Entity(kind: .unnamed, description: description, vague: vague), key: key)
            }
        case .description(let head, let text):
            // "the HPI economist" is someone met before; "the judge" a new unnamed source; "the plan" nobody.
            if let found = described(head: head) {
                index = found
            } else if Lexicon.shared.titleWords.contains(head) || Lexicon.shared.anonymousHeads.contains(head) {
                let key = "#" + text.lowercased()
                index = byName[key] ?? add(Entity(kind: .unnamed, description: text), key: key)
            } else if Lexicon.shared.documentNouns.contains(head) {
                let key = "#" + text.lowercased()
                index = byName[key] ?? add(Entity(kind: .document, description: text), key: key)
            } else {
                index = nil
            }
        }
        guard let index else { return nil }
        var mention = mention
        mention.organizations = mention.organizations.compactMap(namedOrganization)
        entities[index].addCredentials(mention)
        if salient { touch(index) }
        return index
    }

    mutating func touch(_ index: Int) {
        if let at = recent.lastIndex(of: index) { recent.remove(at: at) }
        recent.append(index)
        if recent.count > EntityBook.recentLimit { recent.removeFirst() }
    }

    /// The most recent salient person whose gender agrees; "it" and "they" may stand for organisations.
    func antecedent(gender: Gender?) -> Int? {
        for index in recent.reversed() {
            let entity = entities[index]
            if let gender {
                guard entity.kind == .person, entity.gender == nil || entity.gender == gender else { continue }
                return index
            }
            return index
        }
        return nil
    }

    mutating func person(named name: String, gender: Gender? = nil) -> Int {
        let key = name.lowercased()
        if let found = byName[key] { return found }
        let space = UInt8(ascii: " ")
        // Split at space bytes: far cheaper than splitting characters.
        let parts = key.utf8.split(separator: space).map { String(Substring($0)) }
        // "Mr. Clinton" after "Hillary Clinton" and "Bill Clinton": the holder of the surname whose
        // gender is known to agree, else one whose gender is not known.
        if parts.count == 1, let gender, let holders = surnameHolders[key],
            let found = holders.last(where: { entities[$0].gender == gender }) ?? holders.last(where: { entities[$0].gender == nil })
        {
            return found
        }
        if parts.count == 1, let found = byNamePart[key] { return found }
        // Only an honorific says two words are a surname: "Ann Smith" is not "Mary Ann Smith".
        if parts.count == 2, gender != nil, let found = twoWordSurnames[key] { return found }
        if parts.count >= 2, let first = byName[String(parts.last!)], entities[first].kind == .person,
            !(entities[first].name ?? "").utf8.contains(space), entities[first].titles.isEmpty, entities[first].gender == nil
        {
            // "Brenner" seen alone first, then "Talia Brenner": one person. Not so after "President
            // Brenner" or "Mr. Brenner", a known person whom another Brenner does not replace.
            entities[first].name = name
            byName[key] = first
            return first
        }
        let index = add(Entity(kind: .person, name: name), key: key)
        // "Ildefonso Guajardo Villarreal", later "Mr. Guajardo Villarreal": a two-word surname.
        if parts.count >= 3 {
            let surname = parts.suffix(2).joined(separator: " ")
            if twoWordSurnames[surname] == nil { twoWordSurnames[surname] = index }
        }
        if parts.count >= 2 {
            surnameHolders[String(parts.last!), default: []].append(index)
            for part in [parts.first!, parts.last!] where byNamePart[String(part)] == nil || parts.last! == part {
                byNamePart[String(part)] = index
            }
        }
        return index
    }

    mutating func organization(named name: String) -> Int {
        var key = name.lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        if let found = byName[key] { return found }
        if !key.contains(" "), name.allSatisfy({ !$0.isUppercase }), let found = organization(describedBy: key) { return found }
        var display = name
        if display.hasPrefix("the ") || display.hasPrefix("The ") { display.removeFirst(4) }
        return add(Entity(kind: .organization, name: display), key: key)
    }

    /// An organisation credential as a name: "authority" (from "the authority’s director") becomes the
    /// authority named before, or nothing when none was.
    private func namedOrganization(_ text: String) -> String? {
        guard !text.contains(" "), text.allSatisfy({ !$0.isUppercase }) else { return text }
        return organization(describedBy: text).flatMap { entities[$0].name }
    }

    /// The organisation "the agency" or "the group" refers back to: the latest one named with that
    /// word ("the Harbor Safety Agency"), else, for a generic word, the latest organisation that spoke
    /// or led a sentence.
    func organization(describedBy head: String) -> Int? {
        if let named = byRecency.first(where: { index in
            entities[index].kind == .organization && (entities[index].name ?? "").lowercased().split(separator: " ").last.map(String.init) == head
        }) {
            return named
        }
        guard Lexicon.shared.genericOrganizationHeads.contains(head) else { return nil }
        return recent.reversed().first { entities[$0].kind == .organization }
    }

    /// Whether "the HEAD" can stand for a source: a title, an unnamed source's head, a document,
    /// or a credential of someone met before.
    func canDescribe(_ head: String) -> Bool {
        let lexicon = Lexicon.shared
        return lexicon.titleWords.contains(head) || lexicon.anonymousHeads.contains(head) || lexicon.documentNouns.contains(head)
            || described(head: head) != nil
    }

    /// Whether a person of that name, or with that name part, has been met.
    func knowsPerson(_ name: String) -> Bool {
        let key = name.lowercased()
        if let index = byName[key] ?? byNamePart[key] { return entities[index].kind == .person }
        return false
    }

    /// A person or group whose credentials include the head of "the river ecologist" (an abbreviated
    /// title counts: "Sen." for "the senator"), or an unnamed source with that head ("the aide").
    func described(head: String) -> Int? {
        let abbreviations = Lexicon.shared.titleAbbreviations
        func names(_ word: Substring) -> Bool { word == head || abbreviations[String(word)]?.contains(head) == true }
        return byRecency.first { index in
            let entity = entities[index]
            if entity.kind == .unnamed, let description = entity.description {
                return description.lowercased().split(separator: " ").contains { $0 == head }
            }
            return entity.titles.contains { title in title.lowercased().split(separator: " ").contains(where: names) }
        }
    }

    /// The entities a description may stand for, most salient first: recent subjects and speakers,
    /// then the latest 64 met.
    private var byRecency: [Int] {
        recent.reversed() + entities.indices.suffix(64).reversed()
    }

    private mutating func add(_ entity: Entity, key: String) -> Int {
        entities.append(entity)
        byName[key] = entities.count - 1
        return entities.count - 1
    }
}
