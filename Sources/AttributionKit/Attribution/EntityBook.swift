/// Every entity the article has mentioned so far, and the resolution of later references to them:
/// surname, honorific + surname, pronoun by recency and gender, definite description by credentials.
///
/// Lookups are probes of one table of lowercase UTF-8 keys; pronouns scan only a short list of recent subjects.
struct EntityBook {
    private(set) var entities: [Entity] = []
    /// Every key met (a lowercase name or name part, "#" and a lowercase description), numbered;
    /// `links` is an array by key number, so a key is hashed once for all four of its links.
    private var keys: ByteTable
    private var links: [KeyLinks] = []
    /// The holdings of surnames: a surname's `surnameHolding` is the latest of the full names that
    /// end in it, linked to the one before (one flat list for all surnames, not an array for each).
    private var holdings: [(entity: Int, earlier: Int?)] = []
    /// Recently salient persons and organisations (subjects and speakers), most recent last.
    private var recent: [Int] = []
    static let recentLimit = 12
    /// The organisation that led the paragraph's latest sentence led by a body or a person: what "Its
    /// lawyer" works for.
    var latestSubjectOrganization: Int?
    /// The organisation named last in the paragraph so far, wherever in its sentence: what "the group" of "Observers from
    /// the Organization for Fair Votes reported irregularities, the group said" stands for.
    var latestOrganizationOfParagraph: Int?
    /// The organisation leading the current sentence, which an "it" inside the sentence stands for ("The China Coast
    /// Guard conducted what it called “patrols”").
    var sentenceSubjectOrganization: Int?
    /// The person named or referred to last, speaking or not, and that person as the current
    /// sentence began: whom "the 29-year-old" stands for (a name later in its sentence is someone else).
    private var latestPerson: Int?
    private var latestPersonBeforeSentence: Int?
    /// The source of the latest statement: an unnamed one may be "he" or "she" in the next.
    var latestSpeaker: Int? {
        didSet {
            if let latestSpeaker {
                entities[latestSpeaker].hasSpoken = true
                speakersOfParagraph.append(latestSpeaker)
            }
            if latestSpeaker != introducedGroup { introducedGroup = nil }
        }
    }
    /// The unnamed group a sentence was about since the latest statement of anyone else ("Three residents spoke to the
    /// Harbor Times."): whom "One said" and "Another said" belong to.
    var introducedGroup: Int?
    /// The sources of the paragraph's statements so far: an "it" may stand for one of them rather than for the body
    /// that led a sentence of the paragraph, but not for a body that spoke only in a paragraph before.
    private var speakersOfParagraph: [Int] = []
    /// The lowercase names of the outlets the article described as such ("the state news agency KNA"): outlets wherever
    /// they are named in the paragraphs after ("told KNA that …").
    private(set) var namedOutlets: Set<String> = []
    /// The organisations whose names hold a possessive ("St. Brendan’s Hospital"), which a short possessive form may
    /// stand for: kept apart so that most articles, which name none, ask no more of each name.
    private var bodiesNamedWithPossessive: [Int] = []
    /// Room made up front for the entities and keys of an ordinary article, so the book does not
    /// grow a step at a time (each step copying the entities and the key links).
    static let usualEntities = 32
    static let usualKeys = 64

    init() {
        entities.reserveCapacity(EntityBook.usualEntities)
        // One more than the limit: a touch appends before it drops the oldest.
        recent.reserveCapacity(EntityBook.recentLimit + 1)
        keys = ByteTable(capacity: 2 * EntityBook.usualKeys, bytes: 8 * EntityBook.usualKeys)
        links.reserveCapacity(EntityBook.usualKeys)
        holdings.reserveCapacity(EntityBook.usualEntities)
    }

    subscript(_ index: Int) -> Entity {
        // In place both ways: reading or setting one field does not copy the whole entity out (and back).
        _read { yield entities[index] }
        _modify { yield &entities[index] }
    }

    /// The entity a mention of `block` refers to, created when it is new; nil for a pronoun with no antecedent.
    /// Takes the mention (`consuming`), so naming its organisations changes it in place rather than in a copy.
    mutating func resolve(_ mention: consuming Mention, in block: TokenizedBlock, salient: Bool = true) -> Int? {
        if !mention.joined.isEmpty {
            // A name only registered stands for itself: the others joined to it are met when they speak (a name of one
            // word met in passing would be one more person "she" might stand for).
            guard salient else {
                var alone = mention
                alone.joined = []
                return resolve(alone, in: block, salient: false)
            }
            return resolveJoint(mention, in: block)
        }
        let index: Int?
        switch mention.kind {
        case .pronoun(let gender):
            index = antecedent(gender: gender)
            // ("he" that finds Ruth Abell only for want of anyone else tells nothing of her gender.)
            if let index, entities[index].gender == nil, let gender, (entities[index].nameGender ?? gender) == gender { entities[index].gender = gender }
        case .it:
            // "Larkspur Foods lowered its forecast. … , it said.": the organisation last named, when nobody spoke yet.
            // "Osei spoke. The Harwick Port Authority disputed her findings. It said …": a body that led a sentence of
            // the paragraph, rather than a person who spoke before it.
            let latest = antecedent(gender: nil)
            if let body = sentenceSubjectOrganization {
                index = body
            } else if let body = latestSubjectOrganization, latest.map({ entities[$0].kind == .person || !speakersOfParagraph.contains($0) }) ?? true {
                // ("The movement has argued …" [new paragraph] "The campaign backtracked. …, it said": the campaign.)
                index = body
            } else {
                index = latest ?? latestNamedOrganization { !isOutlet($0) }
            }
        case .person(let name):
            // "A port spokeswoman said … The spokeswoman, Ann Lee, …": the unnamed source met before takes the name beside
            // its description ("The Commerce Ministry’s spokesperson, He Yadong," names no spokesperson of the Foreign Ministry).
            // "The regional governor said … Governor Ilya Marchev wrote": so does one met by a definite description with the
            // head of the title before a name not met yet.
            let unnamed = (mention.namesUnnamed.flatMap { unnamedSource(describedBy: block.lower($0)) }
                ?? mention.titleBeforeName.flatMap { knowsPerson(name, in: block) ? nil : unnamedHolder(ofTitle: block.lower($0), namedWith: mention) })
                .flatMap { servesSameBody($0, as: mention) ? $0 : nil }
            index = unnamed.map { giveName(block.text(tokens: name), to: $0) }
                ?? person(named: name, in: block, gender: mention.gender, title: mention.titles.first)
        case .organization(let name):
            index = organization(named: name, in: block)
        case .anonymous(let phrase, let vague):
            if let found = entity(ofKeyOf: phrase, in: block, described: true) ?? namedHolder(ofTitleAndBodyOf: mention) {
                index = found
            } else {
                let description = phrase.text(in: block)
                if description.hasPrefix("the "), let head = description.split(separator: " ").last,
                    // ("the MP": a title in capitals is matched in lowercase; "the Wisconsin Republican" keeps its capital.)
                    let found = secondReference(description, head: head.allSatisfy(\.isUppercase) ? head.lowercased() : String(head))
                {
                    // "the aide" after "a congressional aide": the same unnamed source.
                    index = found
                } else {
                    // "Court documents show …", "Police records show …": papers, not unnamed people. (Only a short phrase ends
                    // in its head: "an official familiar with the investigation" is a person.)
                    let isDocument = description.utf8.count(where: { $0 == UInt8(ascii: " ") }) <= 2
                        && EntityBook.lastWord(of: description, has: .documentNoun)
                    let entity = Entity(kind: isDocument ? .document : .unnamed, description: description, vague: vague)
                    index = add(entity, key: EntityBook.key(description, described: true))
                }
            }
        case .memberOfGroup(let phrase):
            // "One of them said": a member of the unnamed group that spoke last; "One said" alone, of the group just introduced.
            let alone = phrase.tokens.count == 1 ? introducedGroup : nil
            if let found = alone ?? recent.last(where: { entities[$0].kind == .unnamed }) ?? entity(ofKeyOf: phrase, in: block, described: true) {
                index = found
            } else {
                let description = phrase.text(in: block)
                index = add(Entity(kind: .unnamed, description: description), key: EntityBook.key(description, described: true))
            }
        case .description(let head, let phrase):
            index = resolveDescription(head: block.lower(head), phrase, in: block)
        case .report(let phrase):
            // "According to St. Brendan’s, …" after "St. Brendan’s Hospital": the body by the short form of its name.
            let possessive = block.tokens[phrase.tokens.upperBound - 1].word == .possessive
            index = (possessive ? body(shortPossessive: phrase.text(in: block)) : nil) ?? resolveDescription(head: "report", phrase, in: block)
        }
        guard let index else { return nil }
        // A closure, not the method itself, so the book is not copied into it.
        if !mention.organizations.isEmpty { mention.organizations = mention.organizations.compactMap { namedOrganization($0) } }
        if let body = latestSubjectOrganization, let name = entities[body].name, mention.organizations.isEmpty,
            mention.servesIt || (!mention.titles.isEmpty && mention.titles.allSatisfy { Lexicon.shared.speakingTitles.contains($0.lowercased()) })
        {
            // "Its lawyer, Beth Morrow", and "Spokeswoman Lena Horak" right after the body led a sentence.
            mention.organizations.append(name)
        } else if mention.servesIt, mention.organizations.isEmpty, let body = latestSpeakingBody(), let name = entities[body].name {
            // "Veltra said … Its chairman, Rolf Amsel, said": the body that spoke last.
            mention.organizations.append(name)
        }
        if !mention.titles.isEmpty { noteOutlet(index, describedBy: mention.titles) }
        entities[index].addCredentials(mention)
        if salient { touch(index) }
        if entities[index].kind == .person { latestPerson = index }
        return index
    }

    /// Notes the entity at `index` as a news outlet when the article describes it as one ("the state news agency KNA", "the
    /// privately owned broadcaster BBN"): a body or a name in capitals (the broadcaster Ada Quill is a person).
    /// (The name's bytes are read, the cheapest test, before the titles.)
    private mutating func noteOutlet(_ index: Int, describedBy titles: [String]) {
        let kind = entities[index].kind
        guard kind == .organization || kind == .person, let name = entities[index].name,
            kind == .organization || name.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
            titles.contains(where: EntityBook.describesOutlet)
        else { return }
        namedOutlets.insert(name.lowercased())
    }

    /// Whether a title says its holder is a news outlet: a word an outlet is referred to by ("broadcaster", "newspaper"),
    /// or a news agency (a bare "agency" is as often a government body).
    static func describesOutlet(_ title: String) -> Bool {
        let head = EntityBook.lastWord(of: title)?.lowercased() ?? ""
        return Lexicon.shared.outletHeads.contains(head) || (head == "agency" && title.lowercased().hasSuffix("news agency"))
    }

    /// The joint source of speakers joined by "and" ("Mara Oden and Teo Vale"), met before or new: each speaker resolved in
    /// the order named, the joint source the most recent (whom "they" stands for next); the one speaker when the names
    /// meet in one entity.
    private mutating func resolveJoint(_ mention: consuming Mention, in block: TokenizedBlock) -> Int? {
        var last = mention
        let joined = last.joined
        last.joined = []
        var members: [Int] = []
        for index in joined.compactMap({ resolve($0, in: block) }) + [resolve(last, in: block)].compactMap({ $0 })
        where !members.contains(index) {
            members.append(index)
        }
        guard members.count >= 2 else { return members.first }
        let joint = entities.indices.last { entities[$0].kind == .joint && entities[$0].members == members } ?? {
            entities.append(Entity(kind: .joint, members: members))
            return entities.count - 1
        }()
        touch(joint)
        return joint
    }

    /// The entity the definite description `phrase` of `block`, with the head `head`, refers to,
    /// created when it is new; nil when none.
    private mutating func resolveDescription(head: String, _ phrase: Phrase, in block: TokenizedBlock) -> Int? {
        let text = phrase.text(in: block)
        // "the HPI economist" is someone met before; "the judge" a new unnamed source; "the plan" nobody.
        let namesPeople = Lexicon.shared.titleWords.contains(head) || Lexicon.shared.anonymousHeads.contains(head)
        // ("the study found" is no "study co-author": a document is never a person's title read back; "the paper" is the
        // newspaper met before, else a paper of research.)
        let isDocument = !namesPeople && Lexicon.shared.documentNouns.contains(head)
        if let found = isDocument ? outlet(describedBy: head) : secondReference(text, head: head) { return found }
        let kind: Entity.Kind
        if namesPeople {
            kind = .unnamed
        } else if isDocument {
            kind = .document
        } else {
            return nil
        }
        return entity(ofKeyOf: phrase, in: block, described: true) ?? add(Entity(kind: kind, description: text), key: EntityBook.key(text, described: true))
    }

    mutating func touch(_ index: Int) {
        // Already the most recent (the same speaker again): nothing moves.
        guard recent.last != index else { return }
        if let at = recent.lastIndex(of: index) { recent.remove(at: at) }
        recent.append(index)
        if recent.count > EntityBook.recentLimit { recent.removeFirst() }
    }

    /// The most recent salient person whose gender agrees; "it" and "they" may stand for organisations.
    /// "he" after "Ruth Abell" is rather someone else, unless no one else can be meant.
    func antecedent(gender: Gender?) -> Int? {
        // (Without a gender to agree with, first names change nothing: one pass.)
        antecedent(gender: gender, guessingFromNames: true) ?? (gender == nil ? nil : antecedent(gender: gender, guessingFromNames: false))
    }

    /// `antecedent(gender:)`, taking a person's first name for their gender when the text gives none, or not.
    private func antecedent(gender: Gender?, guessingFromNames: Bool) -> Int? {
        for index in recent.reversed() {
            let entity = entities[index]
            if let gender {
                guard entity.kind == .person ? ((guessingFromNames ? entity.likelyGender : entity.gender) ?? gender) == gender
                    : isSpokesperson(entity, of: gender) || (index == recent.last && isLastUnnamedSpeaker(index, of: gender))
                else { continue }
                return index
            }
            return index
        }
        // "Mayor Lind met council leader Ivo Pell. … “We will see,” he said.": the one person of that
        // gender only mentioned so far.
        guard let gender else { return nil }
        var only: Int? = nil
        for index in entities.indices.suffix(64) where entities[index].kind == .person && ((guessingFromNames ? entities[index].likelyGender : entities[index].gender) ?? gender) == gender {
            if only != nil { return nil }
            only = index
        }
        return only
    }

    /// Whether the entity is one unnamed source that made the latest statement and may be "he" or "she" ("A
    /// neighbor said the farm was sold. “It hurt,” she said."); not one who asks ("a reporter asked …, he said"
    /// is most often the person asked).
    private func isLastUnnamedSpeaker(_ index: Int, of gender: Gender) -> Bool {
        let entity = entities[index]
        guard index == latestSpeaker, !entity.vague, entity.gender == nil || entity.gender == gender,
            let head = EntityBook.wordsDescribingOne(entity)?.last
        else { return false }
        // One person: "a select group of top executives" is many.
        let isPlural = head.hasSuffix("s") && !head.hasSuffix("ss")
        return !isPlural && !Lexicon.shared.askingHeads.contains(String(head))
    }

    /// Whether the entity is one unnamed spokesperson of that gender ("a spokeswoman for the ministry … She
    /// added"): the one unnamed source whose "she" or "he" news writing reliably means; "a reporter asked …,
    /// he said" is most often the person asked.
    private func isSpokesperson(_ entity: Entity, of gender: Gender) -> Bool {
        guard entity.gender == gender, let words = EntityBook.wordsDescribingOne(entity) else { return false }
        return words.contains { Lexicon.shared.speakingTitles.contains(String($0)) }
    }

    /// The words of an unnamed source's description when it describes one person ("a spokeswoman for the
    /// ministry", "one witness" picked from a crowd); nil for any other entity.
    private static func wordsDescribingOne(_ entity: Entity) -> [Substring]? {
        guard entity.kind == .unnamed, let description = entity.description,
            description.hasPrefix("a ") || description.hasPrefix("an ") || description.hasPrefix("one ")
        else { return nil }
        return description.split(separator: " ")
    }

    /// The person the tokens `name` of `block` name: a full name met before, or a name part of one,
    /// is found from the tokens, with no string made; `gender` and `title` come with the name ("Ms.", "Sen.").
    mutating func person(named name: Range<Int>, in block: TokenizedBlock, gender: Gender?, title: String?) -> Int {
        let bytes = block.utf8Range(name)
        // Beyond ASCII, the name is read as a string.
        guard !name.isEmpty, block.utf8[bytes].allSatisfy({ $0 < 128 }) else {
            return person(named: block.text(tokens: name), gender: gender, title: title)
        }
        let known = number(ofKeyOf: Phrase(tokens: name), in: block)
        if let known {
            if let found = links[known].name { return found }
            if !block.utf8[bytes].contains(UInt8(ascii: " ")), let found = person(withNamePart: known, gender: gender, title: title) { return found }
        }
        return person(named: block.text(tokens: name), key: block.utf8[bytes].map(\.asciiLowercased), known: known, gender: gender, title: title)
    }

    /// The person a name of one word (key number `known`) stands for: "Sen. Osk" after "Sen. Bram Osk" and
    /// "Hella Osk", the holder of the surname with that title; "Mr. Osk", the latest holder of his gender who has
    /// spoken (the article's subject, not his father met since), else the latest of that gender, else one whose
    /// gender is not known or only guessed; else the person with that first name or surname, unless the genders
    /// differ ("Mrs. Osk" when only Bram Osk, a man, was met: someone else).
    private func person(withNamePart known: Int, gender: Gender?, title: String?) -> Int? {
        if let title, let found = latestHolder(ofSurname: known, where: { entities[$0].titles.contains(title) }) { return found }
        if let gender, let found = latestHolder(ofSurname: known, where: { entities[$0].gender == gender && entities[$0].hasSpoken }) { return found }
        if let gender, let found = latestHolder(ofSurname: known, where: { entities[$0].gender == gender })
            ?? latestHolder(ofSurname: known, where: { entities[$0].likelyGender == gender })
            ?? latestHolder(ofSurname: known, where: { entities[$0].gender == nil || entities[$0].genderIsGuessed })
        {
            return found
        }
        guard let found = links[known].namePart,
            gender == nil || entities[found].gender == nil || entities[found].genderIsGuessed || entities[found].gender == gender
        else { return nil }
        return found
    }

    /// The latest holder of the surname with key number `surname` that `matches`.
    private func latestHolder(ofSurname surname: Int, where matches: (Int) -> Bool) -> Int? {
        var link = links[surname].surnameHolding
        while let at = link {
            if matches(holdings[at].entity) { return holdings[at].entity }
            link = holdings[at].earlier
        }
        return nil
    }

    mutating func person(named name: String, gender: Gender? = nil, title: String? = nil) -> Int {
        let known = number(ofKeyOf: name)
        if let known, let found = links[known].name { return found }
        return person(named: name, key: EntityBook.key(name), known: known, gender: gender, title: title)
    }

    /// `person(named:)` once no full name has the name's key `key` (number `known` when met as a name part).
    private mutating func person(named name: String, key: [UInt8], known: Int?, gender: Gender?, title: String?) -> Int {
        let space = UInt8(ascii: " ")
        let parts = EntityBook.wordRanges(of: key)
        if parts.count == 1, let known, let found = person(withNamePart: known, gender: gender, title: title) { return found }
        // Only an honorific or a particle says two words are a surname: "Ann Smith" is not "Mary Ann Smith", but
        // "De Blasio" is "Bill de Blasio".
        if parts.count == 2, let known, let found = links[known].twoWordSurname, gender != nil || EntityBook.isNameParticle(key[parts.first]) {
            return found
        }
        if parts.count >= 2, let first = entity(named: key[parts.last]), entities[first].kind == .person,
            !(entities[first].name ?? "").utf8.contains(space), entities[first].titles.isEmpty, entities[first].gender == nil
        {
            // "Brenner" seen alone first, then "Talia Brenner": one person. Not so after "President
            // Brenner" or "Mr. Brenner", a known person whom another Brenner does not replace.
            entities[first].name = name
            entities[first].nameGender = EntityBook.gender(ofFirstName: key[parts.first])
            links[number(key)].name = first
            return first
        }
        if parts.count == 1, gender == nil, let company = company(shortName: name) { return company }
        var person = Entity(kind: .person, name: name)
        if parts.count >= 2 { person.nameGender = EntityBook.gender(ofFirstName: key[parts.first]) }
        let index = add(person, key: key)
        // "Ignacio Ortega Salcedo", later "Mr. Ortega Salcedo": a two-word surname.
        if parts.count >= 3 {
            let surname = number(key[parts.beforeLast] + [space] + key[parts.last])
            if links[surname].twoWordSurname == nil { links[surname].twoWordSurname = index }
        }
        registerParts(of: key, parts, for: index, replacing: false)
        return index
    }

    /// The gender a first name (lowercase bytes) most often has, looked up from its bytes.
    private static func gender(ofFirstName first: ArraySlice<UInt8>) -> Gender? {
        firstNames.table.id(of: first).map { firstNames.genders[$0] }
    }

    /// The lexicon's first names in a byte table, with their genders by id.
    private static let firstNames: (table: ByteTable, genders: [Gender]) = {
        var table = ByteTable(capacity: 4096)
        var genders: [Gender] = []
        for (name, gender) in Lexicon.shared.firstNameGenders where table.add(Array(name.utf8)) == genders.count { genders.append(gender) }
        return (table, genders)
    }()

    /// Lets the first name and surname of a full name (`key`, two words or more, whose `parts` are
    /// `wordRanges(of: key)`) lead to `index`: only where no one else holds them, unless `replacing`.
    private mutating func registerParts(
        of key: [UInt8], _ parts: (count: Int, first: Range<Int>, last: Range<Int>, beforeLast: Range<Int>), for index: Int, replacing: Bool
    ) {
        guard parts.count >= 2 else { return }
        // The first name, then the surname, each on its own (rather than from an array made of the two).
        let first = number(key[parts.first])
        if replacing || links[first].namePart == nil { links[first].namePart = index }
        let surname = key[parts.last]
        hold(surname: number(surname), for: index, replacing: replacing)
        // "Ghaith al-Omari", later "Mr. Omari": the Arabic article may be left off.
        if surname.count > 4, surname.starts(with: "al-".utf8) || surname.starts(with: "el-".utf8) {
            hold(surname: number(surname.dropFirst(3)), for: index, replacing: replacing)
        }
    }

    /// Lets the surname with key number `surname` lead to `index`, as a holder and, unless someone else is its
    /// name part (or `replacing`), as that.
    private mutating func hold(surname: Int, for index: Int, replacing: Bool) {
        holdings.append((index, links[surname].surnameHolding))
        links[surname].surnameHolding = holdings.count - 1
        if replacing || links[surname].namePart == nil { links[surname].namePart = index }
    }

    /// The organisation the tokens `name` of `block` name: one met before is found from the tokens, with no string made.
    mutating func organization(named name: Range<Int>, in block: TokenizedBlock) -> Int {
        var bytes = block.utf8Range(name)
        let utf8 = block.utf8
        // Beyond ASCII the name is read as a string.
        guard utf8[bytes].allSatisfy({ $0 < 128 }) else { return organization(named: block.text(tokens: name)) }
        // The key: the lowercase bytes without "the ", read in place for the lookup, made for a new entity.
        if utf8[bytes].starts(with: "the ".utf8, by: { $0.asciiLowercased == $1 }) { bytes = bytes.dropFirst(4) }
        if let found = keys.id(count: bytes.count, byte: { utf8[bytes.lowerBound + $0].asciiLowercased }).flatMap({ links[$0].name }) {
            return organization(metBefore: found)
        }
        return organization(named: block.text(tokens: name), key: utf8[bytes].map(\.asciiLowercased))
    }

    mutating func organization(named name: String) -> Int {
        var key = EntityBook.key(name)
        // Beyond ASCII, "the " is a prefix only if no mark joins the space (as String.hasPrefix reads it).
        if key.starts(with: "the ".utf8), key.allSatisfy({ $0 < 128 }) || name.lowercased().hasPrefix("the ") { key.removeFirst(4) }
        if let found = entity(named: key) { return organization(metBefore: found) }
        return organization(named: name, key: key)
    }

    /// The entity `found` met before under an organisation's name.
    private mutating func organization(metBefore found: Int) -> Int {
        // "Nordskog Timber" met as a name, then as a body ("Nordskog Timber, which holds the permit,"): a body.
        if entities[found].kind == .person { entities[found].kind = .organization }
        return found
    }

    /// `organization(named:)` once no entity has the name's key `key`.
    private mutating func organization(named name: String, key: [UInt8]) -> Int {
        if EntityBook.hasNoUppercase(name) {
            // "the agency", "the audit office": an organisation named before in full.
            let words = String(decoding: key, as: UTF8.self)
            // "The Japanese defense ministry released photographs. According to the ministry, …": the body that led a
            // sentence of the paragraph, before one that spoke earlier.
            if let body = latestSubjectOrganization, EntityBook.headWords(of: entities[body].name ?? "", are: words) { return body }
            if let found = organization(endingIn: words) { return found }
            // "the ministry" after "defense ministry spokesperson Kristoffer Lind": the body a source works for.
            if let credential = organizationCredential(endingIn: words) {
                let credentialKey = EntityBook.key(credential)
                return entity(named: credentialKey) ?? add(Entity(kind: .organization, name: credential), key: credentialKey)
            }
            if let found = latestOrganization(ifGeneric: words) { return organization(metBefore: found) }
        } else if let found = organization(withNationalityBefore: key) ?? body(shortPossessive: name) {
            return found
        }
        var display = name
        // (ASCII is asked byte by byte, where no character spans two bytes.)
        let opensWithThe = EntityBook.withASCII(name) { $0.starts(with: "the ".utf8) || $0.starts(with: "The ".utf8) }
            ?? (name.hasPrefix("the ") || name.hasPrefix("The "))
        if opensWithThe { display.removeFirst(4) }
        return add(Entity(kind: .organization, name: display), key: key)
    }

    /// The latest organisation named with a nationality before the name whose key is `key`: the "Ukrainian Air
    /// Force" that "the Air Force" refers back to, the "Chinese Foreign Ministry" of "the Foreign Ministry".
    private func organization(withNationalityBefore key: [UInt8]) -> Int? {
        firstByRecency { index in
            guard entities[index].kind == .organization, let name = entities[index].name,
                EntityBook.mayEnd(name, withKey: key)
            else { return false }
            let full = EntityBook.key(name)
            let space = full.count - key.count - 1
            guard space > 0, full[space] == UInt8(ascii: " "), full[(space + 1)...].elementsEqual(key) else { return false }
            let vocabulary = Vocabulary.shared
            let first = vocabulary.word(spelled: Array(full[..<space]))
            return first != .other && vocabulary.traits(of: first).contains(.nationality)
        }
    }

    /// Whether an ASCII `name` ends in a word or more with the lowercase `key` after a space, asked of its bytes
    /// before its key is made; any name beyond ASCII may.
    private static func mayEnd(_ name: String, withKey key: [UInt8]) -> Bool {
        withASCII(name) { utf8 in
            utf8.count > key.count && utf8[utf8.count - key.count - 1] == UInt8(ascii: " ")
                && zip(utf8.suffix(key.count), key).allSatisfy { $0.asciiLowercased == $1 }
        } ?? true
    }

    /// An organisation credential as a name: "authority" (from "the authority’s director") becomes the
    /// authority named before, or nothing when none was; "health board" the board named before, else
    /// stays; "Larkspur" the company named in full before ("Larkspur Foods"), else stays.
    private func namedOrganization(_ text: String) -> String? {
        let isOneWord = !EntityBook.containsSpace(text)
        if EntityBook.hasNoUppercase(text) {
            // "the health board’s director": the board named before, else the words as they stand.
            let named = organization(describedBy: text).flatMap { entities[$0].name }
            return isOneWord ? named : named ?? text
        }
        // "St. Brendan’s spokeswoman" after "St. Brendan’s Hospital".
        if let body = body(shortPossessive: text) { return entities[body].name }
        guard isOneWord else { return text }
        // "Board chair Helen Sato" after "the Dunmore school board": a generic body's word alone is the body met before.
        let lowered = text.lowercased()
        if Lexicon.shared.genericOrganizationHeads.contains(lowered), let body = organization(endingIn: lowered) { return entities[body].name ?? text }
        // "Larkspur’s chief financial officer" after "Larkspur Foods".
        return company(shortName: text).flatMap { entities[$0].name } ?? text
    }

    /// The organisation "the agency" or "the group" refers back to: the latest one named with that
    /// word ("the Harbor Safety Agency"), else, for a generic word, the latest organisation that spoke
    /// or led a sentence.
    func organization(describedBy head: String) -> Int? {
        organization(endingIn: head) ?? latestOrganization(ifGeneric: head)
    }

    /// The latest organisation whose name's head ends in the lowercase words `words`.
    func organization(endingIn words: String) -> Int? {
        firstByRecency { entities[$0].kind == .organization && EntityBook.headWords(of: entities[$0].name ?? "", are: words) }
    }

    /// A longer organisation credential of a recent source that ends in `words`: "defense ministry" for "ministry".
    func organizationCredential(endingIn words: String) -> String? {
        for index in recent.reversed() {
            if let credential = entities[index].organizations.first(where: { $0.utf8.count > words.utf8.count && EntityBook.lastWords(of: $0, are: words) }) {
                return credential
            }
        }
        return nil
    }

    /// For a generic head ("the ministry", "the group"), the latest organisation that spoke or led a sentence
    /// (for "the company" or "the group", also the latest speaker named by one word that nothing marks as a person's).
    func latestOrganization(ifGeneric head: String) -> Int? {
        guard Lexicon.shared.genericOrganizationHeads.contains(head) else { return nil }
        let anyKind = Lexicon.shared.umbrellaOrganizationHeads.contains(head)
        let ofTrade = Lexicon.shared.tradeOrganizationHeads.contains(head)
        let ofCompany = ofTrade || Lexicon.shared.companyOrganizationHeads.contains(head)
        let isNamedBody = { (index: Int) in
            guard self.entities[index].kind == .organization, !self.isOutlet(index) else { return false }
            if ofCompany, self.isCompany(index) { return true }
            let name = self.entities[index].name ?? ""
            // ("The Ferndale Courier reported that Greyson Paper Co. would close its mill. The company said …": a name shaped
            // like a news outlet's is no company.)
            if ofCompany, EntityBook.lastWord(of: name, has: .outletWord) { return false }
            // ("the company" is no "Communications Workers of America": a name with a link is no brand.)
            return anyKind || (!ofTrade && !EntityBook.lastWord(of: name, has: .organizationHead) && !(ofCompany && EntityBook.hasHeadLink(name)))
        }
        // "The Organization for Fair Votes sent 200 monitors. …, the group said": a word for a body of any kind stands first
        // for the body that led a sentence of the paragraph, else the one it named last ("Observers from the Organization
        // for Fair Votes reported …"), before one that spoke earlier ("the company" may rather be a firm named later in a
        // sentence that a body did not lead).
        if anyKind, let body = latestSubjectOrganization ?? latestOrganizationOfParagraph, isNamedBody(body) { return body }
        if let index = recent.reversed().first(where: { index in
            if anyKind || ofCompany, index == latestSpeaker, isUnmarkedOneWordName(index) { return true }
            return isNamedBody(index)
        }) {
            return index
        }
        // "Shares of Vantro Systems fell. The company said …": a company named before, though it did not speak yet.
        guard anyKind || ofCompany else { return nil }
        return latestNamedOrganization(where: isCompany)
    }

    /// The source of the latest statement when it is an organisation, or a name of one word that nothing marks as a
    /// person's ("Veltra"): what "its" stands for when no body led a sentence of the paragraph.
    func latestSpeakingBody() -> Int? {
        guard let latestSpeaker, entities[latestSpeaker].kind == .organization || isUnmarkedOneWordName(latestSpeaker) else { return nil }
        return latestSpeaker
    }

    /// Whether the entity is named by one word that nothing marks as a person (no gender, title or body):
    /// "Google" of "Google said", which "the company" may stand for. One that such a word made a body already stays
    /// one ("The drugmaker disputed …, saying": the sentence's subject is read before its claim).
    func isUnmarkedOneWordName(_ index: Int) -> Bool {
        let entity = entities[index]
        guard entity.kind == .person || entity.kind == .organization, entity.gender == nil, entity.titles.isEmpty, entity.organizations.isEmpty,
            let name = entity.name, !EntityBook.containsSpace(name),
            entity.kind == .person || (!isOutlet(index) && !EntityBook.lastWord(of: name, has: .organizationHead))
        else { return false }
        // ("China said … The company said": a country or its capital is no company.)
        return CountryNames.bundled.country(named: NameWords(name)) == nil
    }

    /// Whether the organisation's name ends in a company word ("Harbor Motors", "Vantro Systems Inc."), or the article
    /// called it a company or a trade's body ("Castlepine, a developer,").
    func isCompany(_ index: Int) -> Bool {
        let lexicon = Lexicon.shared
        if entities[index].name?.split(separator: " ").last.map({ lexicon.companyWords.contains($0.lowercased()) }) ?? false { return true }
        return entities[index].titles.contains { title in
            guard let head = EntityBook.lastWord(of: title).map(String.init) else { return false }
            return lexicon.companyOrganizationHeads.contains(head) || lexicon.tradeOrganizationHeads.contains(head)
        }
    }

    /// The latest organisation among the entities met lately, salient or not, that `matches`.
    func latestNamedOrganization(where matches: (Int) -> Bool) -> Int? {
        entities.indices.suffix(64).last { entities[$0].kind == .organization && matches($0) }
    }

    /// "St. Brendan’s" or "St. Brendan" (of "St. Brendan’s spokeswoman") after "St. Brendan’s Hospital": the latest
    /// organisation named by `name` without its possessive, then the possessive and one word for a kind of body. A
    /// person's name stays the person's ("Vale" of "Vale spokeswoman" is no "Vale’s campaign" after Ivo Vale or after
    /// Vale spoke; the owner read from "St. Brendan’s spokeswoman" alone is no person yet).
    func body(shortPossessive name: String) -> Int? {
        guard !bodiesNamedWithPossessive.isEmpty else { return nil }
        var short = Substring(name)
        if short.hasSuffix("'s") || short.hasSuffix("’s") { short = short.dropLast(2) }
        guard !short.isEmpty else { return nil }
        let body = bodiesNamedWithPossessive.last { index in
            guard let full = entities[index].name, full.hasPrefix(short) else { return false }
            let rest = full.dropFirst(short.count)
            guard rest.hasPrefix("'s ") || rest.hasPrefix("’s ") else { return false }
            let kind = rest.dropFirst(3)
            return !kind.contains(" ") && EntityBook.lastWord(of: String(kind), has: .organizationHead)
        }
        if body != nil, let known = number(ofKeyOf: String(short)), let index = links[known].name ?? links[known].namePart,
            entities[index].kind == .person,
            entities[index].hasSpoken || entities[index].name.map({ $0.utf8.count != short.utf8.count }) ?? false
        {
            return nil
        }
        return body
    }

    /// "Larkspur" after "Larkspur Foods", "Vantro" after "Vantro Systems Inc.": the latest company whose
    /// name is the one word `name` followed only by company words.
    func company(shortName name: String) -> Int? {
        let companyWords = Lexicon.shared.companyWords
        return firstByRecency { index in
            guard entities[index].kind == .organization, let full = entities[index].name, full.hasPrefix(name) else { return false }
            let rest = full.dropFirst(name.count)
            return rest.first == " " && rest.split(separator: " ").allSatisfy { companyWords.contains($0.lowercased()) }
        }
    }

    /// Whether entity `index` is a known news outlet: "the ministry" or "it" after "per Xinhua" is not the outlet.
    func isOutlet(_ index: Int) -> Bool {
        Lexicon.shared.outlets[(entities[index].name ?? "").lowercased()] != nil
    }

    /// Whether the lowercase word `word` is a particle of surnames ("de", "van", "al").
    static func isNameParticle(_ word: ArraySlice<UInt8>) -> Bool {
        Vocabulary.shared.traits(of: Vocabulary.shared.word(spelled: Array(word))).contains(.nameParticle)
    }

    /// The news outlet "the newspaper" or "the broadcaster" refers back to: the latest one met, known or named
    /// by an outlet's word ("the Global Times", "the Harbor Ledger"), whatever its name ends in.
    func outlet(describedBy head: String) -> Int? {
        guard Lexicon.shared.outletHeads.contains(head) else { return nil }
        return firstByRecency { index in
            guard entities[index].kind == .organization, let name = entities[index].name else { return false }
            return isOutlet(index) || EntityBook.lastWord(of: name, has: .outletWord)
        }
    }

    /// Whether the last word of `name` has `trait`: an organisation's head ("Board" in "Harbor Safety Board"), a word
    /// that ends outlets' names ("Courier" in "Ferndale Courier").
    static func lastWord(of name: String, has trait: WordTraits) -> Bool {
        let vocabulary = Vocabulary.shared
        var text = name
        // (Printable ASCII, nearly every name, is read in its bytes, each a character of its own: no grapheme is broken,
        // and no string or array is made for the word.)
        let found: Bool? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
            guard let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return false }
            let start = bytes[..<last].lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 } ?? 0
            return vocabulary.traits(of: vocabulary.word(count: last + 1 - start) { bytes[start + $0].asciiLowercased }).contains(trait)
        }
        if let found { return found }
        guard let last = lastWord(of: name) else { return false }
        return vocabulary.traits(of: vocabulary.word(last.lowercased())).contains(trait)
    }

    /// The last of the words `text` holds between spaces, found from its end without splitting all of it; nil for none.
    static func lastWord(of text: String) -> Substring? {
        guard let lastLetter = text.lastIndex(where: { $0 != " " }) else { return nil }
        let words = text[...lastLetter]
        return words[(words.lastIndex(of: " ").map(words.index(after:)) ?? words.startIndex)...]
    }

    /// Whether "the HEAD" can stand for a source: a title, an unnamed source's head, a document,
    /// or a credential of someone met before.
    func canDescribe(_ head: String) -> Bool {
        let lexicon = Lexicon.shared
        return lexicon.titleWords.contains(head) || lexicon.anonymousHeads.contains(head) || lexicon.documentNouns.contains(head)
            || described(head: head) != nil || agedPerson(head: head) != nil
    }

    /// The person met last, for a description by age alone ("“We let him down,” the 29-year-old
    /// said." after the captain was named): news writing's usual second reference.
    func agedPerson(head: String) -> Int? {
        head.hasSuffix("-old") ? latestPersonBeforeSentence : nil
    }

    /// Whom a definite description refers back to, if anyone met before. The organisation it names picks its
    /// holder before its head does ("the Pemberton researcher" is the research director at the Pemberton
    /// Foundation, not the professor quoted since).
    func secondReference(_ text: String, head: String) -> Int? {
        if let holder = holder(ofOrganizationIn: text) { return holder }
        // ("The White House spokesman" after "Pentagon spokesman John Kirk": a body named in the description that is
        // not the holder's own makes someone else; "the Florida senator" names a place, no body.)
        let namesBody = EntityBook.mayHoldCapitalAfterStart(text)
            && EntityBook.capitalizedName(afterFirstWordOf: text).map({ EntityBook.lastWord(of: $0, has: .organizationHead) }) == true
        let fits = { (found: Int) in !namesBody || self.entities[found].organizations.isEmpty }
        if let found = described(head: EntityBook.titleHead(of: text, endingIn: head)), fits(found) { return found }
        if let found = outlet(describedBy: head) { return found }
        if let found = agedPerson(head: head) ?? (Lexicon.shared.documentNouns.contains(head) ? nil : unnamedGroup(withMember: head)) {
            return found
        }
        return lastQuotedPerson(epithet: text, head: head).flatMap { fits($0) ? $0 : nil }
    }

    /// The person quoted last, for a plain second reference by what they are ("The analyst said" after Ola
    /// Brandt, a senior fellow, spoke), when their credentials fit it ("the economist" is no senator): a new
    /// person would be "an analyst", and one with more words ("the analyst at the bank") may be someone else.
    func lastQuotedPerson(epithet text: String, head: String) -> Int? {
        guard let fitting = Lexicon.shared.epithetHeads[head], let index = latestSpeaker, entities[index].kind == .person,
            EntityBook.lastWords(of: text, are: head), !text.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase })
        else { return nil }
        let fits = { (credential: String) in fitting.contains { EntityBook.words(of: credential, include: $0) } }
        return entities[index].titles.contains(where: fits) || entities[index].organizations.contains(where: fits) ? index : nil
    }

    /// Forgets what stands for "its", "the group" and "it" only within a paragraph.
    mutating func beginParagraph() {
        latestSubjectOrganization = nil
        latestOrganizationOfParagraph = nil
        speakersOfParagraph.removeAll(keepingCapacity: true)
    }

    /// Marks the start of a sentence, before its names are registered.
    mutating func beginSentence() {
        latestPersonBeforeSentence = latestPerson
        sentenceSubjectOrganization = nil
    }

    /// Whether a person of the name the tokens `name` of `block` spell, or with that name part, has been met.
    func knowsPerson(_ name: Range<Int>, in block: TokenizedBlock) -> Bool {
        guard let known = number(ofKeyOf: Phrase(tokens: name), in: block) else { return false }
        if let index = links[known].name ?? links[known].namePart { return entities[index].kind == .person }
        return false
    }

    /// The first person met whose name of two or three words has the capitals `initials` as initials ("AB" of "Ana
    /// Berg"): the label of a transcript's lines that stands for them.
    func person(initialed initials: String) -> Int? {
        entities.indices.first { index in
            guard entities[index].kind == .person, let words = entities[index].name?.split(separator: " "), words.count == initials.count
            else { return false }
            return zip(words, initials).allSatisfy { word, initial in word.first == initial }
        }
    }

    /// A person or group whose credentials include the head of "the river ecologist" (an abbreviated
    /// title counts: "Sen." for "the senator"), or an unnamed source with that head ("the aide").
    func described(head: String) -> Int? {
        if EntityBook.containsSpace(head) {
            return firstByRecency { index in
                let credentials = entities[index].kind == .unnamed ? [entities[index].description ?? ""] : entities[index].titles
                return credentials.contains { EntityBook.words(of: $0, includeRun: head) }
            }
        }
        // "the senator" may stand for a holder of "Sen.".
        let word = Array(head.utf8)
        let abbreviations = Lexicon.shared.abbreviatedTitles[head]?.map { Array($0.utf8) } ?? []
        return firstByRecency { index in
            if entities[index].kind == .unnamed, let description = entities[index].description {
                return EntityBook.words(of: description, include: word)
            }
            return entities[index].titles.contains { title in
                EntityBook.words(of: title, include: word) || abbreviations.contains { EntityBook.words(of: title, include: $0) }
            }
        } ?? academic(head: head)
    }

    /// "the professor" after "Dr. Anton Reyes, an economist at the University of Lowmarsh": the latest
    /// person at a university or college.
    func academic(head: String) -> Int? {
        guard Lexicon.shared.academicHeads.contains(head) else { return nil }
        return firstByRecency { index in
            entities[index].kind == .person && entities[index].organizations.contains { $0.contains("University") || $0.contains("College") }
        }
    }

    /// "A ferry worker who saw the flames told … The worker, Ole Brandvik, said": the unnamed source is
    /// named now, and its name and surname lead to it (also past an entity the name was registered as
    /// a moment before, which has said nothing yet).
    private mutating func giveName(_ name: String, to unnamed: Int) -> Int {
        entities[unnamed].kind = .person
        entities[unnamed].name = name
        let key = EntityBook.key(name)
        links[number(key)].name = unnamed
        registerParts(of: key, EntityBook.wordRanges(of: key), for: unnamed, replacing: true)
        return unnamed
    }

    /// Whether an unnamed source may be the person a mention names: its description or organisations hold every
    /// organisation the mention names, if any.
    func servesSameBody(_ unnamed: Int, as mention: Mention) -> Bool {
        mention.organizations.allSatisfy { organization in
            (entities[unnamed].description ?? "").contains(organization) || entities[unnamed].organizations.contains(organization)
        }
    }

    /// The latest unnamed source whose description has the head `head` ("a ferry worker" for "worker").
    func unnamedSource(describedBy head: String) -> Int? {
        let word = Array(head.utf8)
        return firstByRecency { entities[$0].kind == .unnamed && EntityBook.lastWords(of: entities[$0].description ?? "", are: head) }
            ?? firstByRecency { entities[$0].kind == .unnamed && EntityBook.words(of: entities[$0].description ?? "", include: word) }
    }

    /// The unnamed source a title before a new name stands for ("Governor Ilya Marchev", "President Amara Kessy"): the
    /// source of the latest statement when met by a definite description of that title ("the regional governor", "the
    /// president of Veloria"), as a writer who names someone right after quoting them so means them ("a governor" keeps
    /// its holder unnamed, and "the president" quoted paragraphs before is often another president); met earlier, the one
    /// holder of the title at the body or country the name is given with ("President Amara Kessy of Veloria").
    func unnamedHolder(ofTitle title: String, namedWith mention: Mention) -> Int? {
        // (Without a body of its own, a name stands for a holder at a body in capitals only: "the president of the union"
        // before "President Kessy" is rather someone else.)
        if let index = latestSpeaker, isDefinitelyDescribed(index, byTitle: title),
            !mention.organizations.isEmpty || EntityBook.lastWords(of: entities[index].description ?? "", are: title)
                || entities[index].organizations.contains(where: { $0.first?.isUppercase == true })
        {
            return index
        }
        guard !mention.organizations.isEmpty else { return nil }
        let holders = entities.indices.filter { isDefinitelyDescribed($0, byTitle: title) && servesSameBody($0, as: mention) }
        return holders.count == 1 ? holders[0] : nil
    }

    /// The one person named before with the title and the body of a definite description ("the president of Veloria" after
    /// "President Amara Kessy of Veloria"); a title given without its body ("President Kessy") may be held elsewhere.
    func namedHolder(ofTitleAndBodyOf mention: Mention) -> Int? {
        guard mention.titles.count == 1, let title = mention.titles.first, !mention.organizations.isEmpty else { return nil }
        let holders = entities.indices.filter { index in
            entities[index].kind == .person && entities[index].titles.contains { Entity.isSameTitle($0, title) }
                && mention.organizations.allSatisfy(entities[index].organizations.contains)
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// Whether the entity is an unnamed source met by a definite description of the title `title`: ending in it ("the
    /// regional governor"), or holding it at a body ("the president of Veloria").
    private func isDefinitelyDescribed(_ index: Int, byTitle title: String) -> Bool {
        guard entities[index].kind == .unnamed, let description = entities[index].description, description.hasPrefix("the ") else { return false }
        return EntityBook.lastWords(of: description, are: title)
            || (!entities[index].organizations.isEmpty && entities[index].titles.contains { Entity.isSameTitle($0, title) })
    }

    /// "the person" after "two people familiar with the talks", "the official" after "officials in
    /// Kessel": one member of an unnamed group met before stands for the group.
    func unnamedGroup(withMember head: String) -> Int? {
        let plural = Array((head == "person" ? "people" : head + "s").utf8)
        return firstByRecency { index in
            entities[index].kind == .unnamed && EntityBook.words(of: entities[index].description ?? "", include: plural)
        }
    }

    /// "the AMI expert" after "a senior fellow at the Atlantic Maritime Institute": the latest entity
    /// with an organisation whose initials spell a word of the description in capitals.
    func holder(ofAcronymIn description: String) -> Int? {
        guard EntityBook.mayHoldWordInCapitals(description) else { return nil }
        let acronyms = description.split(separator: " ").filter { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }
        guard !acronyms.isEmpty else { return nil }
        return firstByRecency { index in
            entities[index].organizations.contains { organization in
                let initials = organization.split(separator: " ").compactMap { $0.first }.filter(\.isUppercase)
                return acronyms.contains { $0.elementsEqual(initials) }
            }
        }
    }

    /// Someone met before at the organisation a description names, by its initials ("the AMI expert")
    /// or by its name ("the Brookings expert").
    func holder(ofOrganizationIn description: String) -> Int? {
        holder(ofAcronymIn: description) ?? holder(ofOrganizationNamedIn: description)
    }

    /// "the Brookings expert" after "Halvard Bjerke, who directs … at the Brookings Institution": the
    /// latest entity with an organisation that the capitalized words of the description name, whole or
    /// without the words from its head on ("the Kessel expert" holds the "Kessel Institute for Peace"; "the
    /// Florida senator" is no holder of the "Florida Republican Party").
    func holder(ofOrganizationNamedIn description: String) -> Int? {
        guard EntityBook.mayHoldCapitalAfterStart(description), let name = EntityBook.capitalizedName(afterFirstWordOf: description)
        else { return nil }
        // Made once, not for every organisation compared.
        let prefix = name + " "
        return firstByRecency { index in
            entities[index].organizations.contains { organization in
                organization == name || (organization.hasPrefix(prefix) && EntityBook.startsWithHead(organization.dropFirst(prefix.count)))
            }
        }
    }

    /// Whether the rest of an organisation's name after the words a description gave is its head, alone or
    /// with what follows it ("Institution", "Institute for Peace").
    static func startsWithHead(_ rest: Substring) -> Bool {
        guard let space = rest.firstIndex(of: " ") else { return true }
        let head = Vocabulary.shared.word(rest[..<space].lowercased())
        return Vocabulary.shared.traits(of: head).contains(.organizationHead)
    }

    /// The first run of capitalized words after the first word of a description, joined by single
    /// spaces ("Brookings" of "the Brookings expert"); nil when none. ASCII is split by its bytes, where
    /// splitting into characters would look for graphemes.
    static func capitalizedName(afterFirstWordOf description: String) -> String? {
        if let name = withASCII(description, { bytes -> String? in
            let isCapital = { (word: Slice<UnsafeBufferPointer<UInt8>>) in (65...90).contains(word.first!) }
            let words = bytes.split(separator: UInt8(ascii: " ")).dropFirst()
            guard let first = words.firstIndex(where: isCapital) else { return nil }
            return String(decoding: Array(words[first...].prefix(while: isCapital).joined(separator: [UInt8(ascii: " ")])), as: UTF8.self)
        }) {
            return name
        }
        let words = description.split(separator: " ").dropFirst()
        guard let first = words.firstIndex(where: { $0.first?.isUppercase == true }) else { return nil }
        return words[first...].prefix { $0.first?.isUppercase == true }.joined(separator: " ")
    }

    /// The head a description's holder must have among their credentials: its last word, or the title a
    /// postpositive word completes ("attorney general" of "the state attorney general").
    static func titleHead(of description: String, endingIn head: String) -> String {
        let lexicon = Lexicon.shared
        guard lexicon.postpositiveTitleWords.contains(head) else { return head }
        let words = description.lowercased().split(separator: " ")
        guard words.count >= 2, lexicon.titleWords.contains(String(words[words.count - 2])) else { return head }
        return words[words.count - 2] + " " + head
    }

    /// Whether the lowercase words `run` stand one after another among the words of `title`.
    static func words(of title: String, includeRun run: String) -> Bool {
        " \(title.lowercased()) ".contains(" \(run) ")
    }

    /// Whether one of the lowercase words of `title` is `word` (lowercase UTF-8); compared byte by
    /// byte when both are ASCII, without lowercasing and splitting the title into new strings.
    static func words(of title: String, include word: [UInt8]) -> Bool {
        if !word.isEmpty, word.allSatisfy({ $0 < 128 }),
            let found = withASCII(title, { title in
                // Bytes of `word` matched so far in the title's current word; -1 once it differs.
                var matched = 0
                for byte in title {
                    if byte == UInt8(ascii: " ") {
                        if matched == word.count { return true }
                        matched = 0
                    } else if matched >= 0, matched < word.count, byte.asciiLowercased == word[matched] {
                        matched += 1
                    } else {
                        matched = -1
                    }
                }
                return matched == word.count
            })
        {
            return found
        }
        let head = String(decoding: word, as: UTF8.self)
        return title.lowercased().split(separator: " ").contains { $0 == head }
    }

    /// The first entity, most salient first, that `matches`: recent subjects and speakers, then the
    /// latest 64 met (walked in place, without gathering them into an array).
    private func firstByRecency(where matches: (Int) -> Bool) -> Int? {
        if let index = recent.last(where: matches) { return index }
        return entities.indices.suffix(64).last(where: matches)
    }

    /// Whether the head of an organisation's name ends in `words`: its last words, or those before " of ",
    /// " for " or " to " ("the department" is the "Vestland Department of Harbors", "the mission" is
    /// "Norland's mission to the United Nations").
    static func headWords(of name: String, are words: String) -> Bool {
        if lastWords(of: name, are: words) { return true }
        // Both ASCII: the link is found among the bytes in place, where Foundation's search would find it.
        if isASCII(words), let found = withASCII(name, { utf8 in
            firstLink(in: utf8).map { lastWords(ofASCII: UnsafeBufferPointer(rebasing: utf8[..<$0]), are: words) } ?? false
        }) {
            return found
        }
        guard let link = headLinkWords.lazy.compactMap({ name.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return false }
        return lastWords(of: String(name[..<link.lowerBound]), are: words)
    }

    /// Whether `name` ends in the lowercase words `words` ("the Harbor Safety Agency" in "agency",
    /// "National Audit Office" in "audit office"), compared without case.
    static func lastWords(of name: String, are words: String) -> Bool {
        guard isASCII(words), let found = withASCII(name, { lastWords(ofASCII: $0, are: words) }) else {
            let lowered = name.lowercased()
            return lowered == words || lowered.hasSuffix(" " + words)
        }
        return found
    }

    /// `lastWords(of:are:)` for a name and words all ASCII, compared byte by byte where the name's bytes stand.
    static func lastWords(ofASCII name: UnsafeBufferPointer<UInt8>, are words: String) -> Bool {
        var end = name.count
        while end > 0, name[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let start = end - words.utf8.count
        guard start >= 0, start == 0 || name[start - 1] == UInt8(ascii: " ") else { return false }
        return name[start..<end].elementsEqual(words.utf8) { $0.asciiLowercased == $1 }
    }

    /// The links after which an organisation's name goes on past its head, and their UTF-8.
    private static let headLinkWords = [" of ", " for ", " to "]
    private static let headLinks = headLinkWords.map { Array($0.utf8) }

    /// Whether a name holds a link (" of ", " for ", " to ") after its head: "Communications Workers of America".
    static func hasHeadLink(_ name: String) -> Bool {
        headLinkWords.contains { name.contains($0) }
    }

    /// Where the first link (" of ", " for ", " to ") starts in the ASCII bytes of a name.
    static func firstLink(in name: UnsafeBufferPointer<UInt8>) -> Int? {
        let links = headLinks
        return name.indices.first { i in
            name[i] == UInt8(ascii: " ") && links.contains { name[i...].starts(with: $0) }
        }
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 128 }
    }

    /// Takes the new entity (`consuming`), so it moves into the array without a copy.
    private mutating func add(_ entity: consuming Entity, key: [UInt8]) -> Int {
        // A straight apostrophe, or the last byte of a curly one (’ is E2 80 99): a rare false hit is ruled out later.
        let holdsPossessive = entity.kind == .organization && (key.contains(UInt8(ascii: "'")) || key.contains(0x99))
        entities.append(entity)
        links[number(key)].name = entities.count - 1
        if holdsPossessive { bodiesNamedWithPossessive.append(entities.count - 1) }
        return entities.count - 1
    }

    /// The entity whose full name (or description) has the key `key`.
    private func entity<Key: Collection<UInt8>>(named key: Key) -> Int? where Key.Index == Int {
        keys.id(of: key).flatMap { links[$0].name }
    }

    /// The number of the key of `name` when it was met; for ASCII, read from the name in place
    /// without building the key (the outer nil of `withASCII` is for a name beyond ASCII).
    private func number(ofKeyOf name: String) -> Int? {
        EntityBook.withASCII(name) { utf8 in
            keys.id(count: utf8.count) { utf8[$0].asciiLowercased }
        } ?? keys.id(of: EntityBook.key(name))
    }

    /// The entity whose full name (or description) has the key of `phrase`.
    private func entity(ofKeyOf phrase: Phrase, in block: TokenizedBlock, described: Bool = false) -> Int? {
        number(ofKeyOf: phrase, in: block, described: described).flatMap { links[$0].name }
    }

    /// The number of the key of `phrase` when it was met; for ASCII, read from the block's bytes in
    /// place (a description's "#" first) without building the phrase's text or its key.
    private func number(ofKeyOf phrase: Phrase, in block: TokenizedBlock, described: Bool = false) -> Int? {
        let bytes = block.utf8Range(phrase.tokens)
        let utf8 = block.utf8
        guard utf8[bytes].allSatisfy({ $0 < 128 }) else { return keys.id(of: EntityBook.key(phrase.text(in: block), described: described)) }
        guard described else { return keys.id(count: bytes.count) { utf8[bytes.lowerBound + $0].asciiLowercased } }
        return keys.id(count: bytes.count + 1) { $0 == 0 ? UInt8(ascii: "#") : utf8[bytes.lowerBound + $0 - 1].asciiLowercased }
    }

    /// The number of `key`, added to the indexes (empty) when new.
    private mutating func number<Key: Collection<UInt8>>(_ key: Key) -> Int where Key.Index == Int {
        let n = keys.add(key)
        if n == links.count { links.append(KeyLinks()) }
        return n
    }

    /// Whether `text` contains " " as Foundation finds it; for ASCII, whether a byte is a space.
    static func containsSpace(_ text: String) -> Bool {
        withASCII(text) { $0.contains(UInt8(ascii: " ")) } ?? text.contains(" ")
    }

    /// Whether no character of `text` is uppercase; for ASCII, no byte is a capital letter.
    static func hasNoUppercase(_ text: String) -> Bool {
        withASCII(text) { !$0.contains { $0 >= 65 && $0 <= 90 } } ?? text.allSatisfy { !$0.isUppercase }
    }

    /// Whether `text` may hold a capital after its first letter (beyond ASCII it may).
    static func mayHoldCapitalAfterStart(_ text: String) -> Bool {
        withASCII(text) { bytes in bytes.dropFirst().contains { (65...90).contains($0) } } ?? true
    }

    /// Whether `text` may hold a word in capitals ("AMI"): two ASCII capitals in a row, or anything beyond ASCII.
    static func mayHoldWordInCapitals(_ text: String) -> Bool {
        withASCII(text) { bytes in
            bytes.indices.dropFirst().contains { (65...90).contains(bytes[$0 - 1]) && (65...90).contains(bytes[$0]) }
        } ?? true
    }

    /// `body` applied to the UTF-8 of `text` when it is all ASCII (a byte per character, so byte
    /// comparisons read as character ones); nil beyond ASCII. Reads the bytes where they stand.
    static func withASCII<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var text = text
        return text.withUTF8 { utf8 in utf8.allSatisfy { $0 < 128 } ? body(utf8) : nil }
    }

    /// The lowercase UTF-8 of a name, or of a description after "#" (descriptions and names never share a key).
    static func key(_ text: String, described: Bool = false) -> [UInt8] {
        // Made by `map`, which is specialized here, where `init(unsafeUninitializedCapacity:)` has the
        // runtime look up the array's generic type at every call.
        let ascii = withASCII(text) { utf8 in
            var key = utf8.map(\.asciiLowercased)
            if described { key.insert(UInt8(ascii: "#"), at: 0) }
            return key
        }
        if let ascii { return ascii }
        // Beyond ASCII, the composed form (NFC): keys match as equal Strings do, whatever the normalisation.
        let lowered = (described ? "#" : "") + text.lowercased()
        return Array((lowered.isNFCByItsScalars ? lowered : lowered.precomposedStringWithCanonicalMapping).utf8)
    }

    /// The words of a key (runs of bytes between spaces) as ranges of it: how many, the first, the
    /// last and the one before it, found in place rather than by splitting the key into an array.
    static func wordRanges(of key: [UInt8]) -> (count: Int, first: Range<Int>, last: Range<Int>, beforeLast: Range<Int>) {
        var words = (count: 0, first: 0..<0, last: 0..<0, beforeLast: 0..<0)
        var start: Int? = nil
        for j in 0...key.count {
            if j < key.count, key[j] != UInt8(ascii: " ") {
                if start == nil { start = j }
            } else if let wordStart = start {
                words.count += 1
                if words.count == 1 { words.first = wordStart..<j }
                words.beforeLast = words.last
                words.last = wordStart..<j
                start = nil
            }
        }
        return words
    }
}
