import Foundation

/// The word tables the engine still looks up by text (genders of honorifics and titles, known
/// outlets, the heads a description may have), and the reading of the data files in
/// `Resources/lexicon`. Every other list reaches the rules as trait bits through `Vocabulary`.
/// A class, so the engine's parts share it without retaining each table.
public final class Lexicon: Sendable {
    /// First word of a multi-word cue ("pointed" of "pointed out") to the word runs that may follow
    /// ("out", "to"): several cues share a first word.
    public let phrasalCues: [String: [[String]]]
    public let honorifics: [String: Gender?]
    public let pronouns: [String: Gender?]
    public let titleWords: Set<String>
    public let genderedTitles: [String: Gender]
    /// First names given almost only to one sex, lowercase: a weak hint for "he" and "she", never reported.
    public let firstNameGenders: [String: Gender]
    public let anonymousHeads: Set<String>
    public let documentNouns: Set<String>
    /// Channel nouns of spoken words ("interview", "call"), lowercase: a later "wrote" did not come through them.
    public let spokenChannelNouns: Set<String>
    /// Known outlets, lowercase, with the name as written.
    public let outlets: [String: String]
    /// Last words of the known outlets, to probe the outlet table only when it can match.
    public let outletEndings: Set<String>
    /// Words that may stand for an organisation met before whose name does not end in them ("the union").
    public let genericOrganizationHeads: Set<String>
    /// The generic words that stand for a body of any kind ("the agency"), not only one of their own kind.
    public let umbrellaOrganizationHeads: Set<String>
    /// The generic words naming a company by its trade ("the carmaker"), which stand for companies only.
    public let tradeOrganizationHeads: Set<String>
    /// "the company", "the firm": a company, or a body whose name ends in no organisation's head, never a union or a ministry.
    public let companyOrganizationHeads: Set<String>
    /// Words that follow a company's own name ("Foods" in "Larkspur Foods"), lowercase.
    public let companyWords: Set<String>
    /// Verbs of refusal ("declined"), speech with no content of its own ("comment"), participles that
    /// put a question ("asked"), and the auxiliaries of the perfect ("has"): small closed classes the
    /// cue rules ask by word.
    public let refusalVerbs: Set<String>
    public let contentlessSpeechVerbs: Set<String>
    public let questionParticiples: Set<String>
    /// Nouns of a held view that open a claim ("In her view, …", "In Vale’s telling, …").
    public let viewNouns: Set<String>
    /// Nouns of something said whose "that" clause carries the words ("Vale's claim that …").
    public let claimNouns: Set<String>
    public let perfectAuxiliaries: Set<String>
    /// Participles by which someone came by a document without writing it ("a memo obtained by the Ledger").
    public let holdingParticiples: Set<String>
    /// Verbs that count what a number after them gives ("added 14 points"), rather than report.
    public let countingVerbs: Set<String>
    /// Titles of people who speak for a body ("spokeswoman"), lowercase.
    public let speakingTitles: Set<String>
    /// Heads of unnamed people who put questions ("a reporter"): "he said" after them is the one asked.
    public let askingHeads: Set<String>
    /// Verbs of a relative clause that gives a role ("who teaches law at …").
    public let roleClauseVerbs: Set<String>
    /// Present verbs that give a role in a main clause too ("Vos now chairs the Coastal Futures Trust").
    public let presentRoleVerbs: Set<String>
    /// Words that open a broadcaster's or paper's name ("Radio Harwick", "Daily Meridian"), lowercase.
    public let outletOpeners: Set<String>
    /// Words by which news writing refers back to someone at a university, whatever title it gave first.
    public let academicHeads: Set<String>
    /// Words by which news writing refers back to the news outlet it named last ("the newspaper"), lowercase.
    public let outletHeads: Set<String>
    /// Verbs by which a document states its results ("a study found"), lowercase.
    public let documentVerbs: Set<String>
    /// Heads of unnamed people who state findings as a document does ("researchers found …"), lowercase.
    public let findingHeads: Set<String>
    /// Words that follow the title they complete ("general" of "attorney general").
    public let postpositiveTitleWords: Set<String>
    /// Words by which news writing refers back to the person it quoted last ("the analyst"), whatever title it gave first,
    /// each with the words (as UTF-8) one of which that person's credentials must hold.
    public let epithetHeads: [String: [[UInt8]]]
    /// Nouns for works with titles ("the film", "her book"), and "titled": a title-case quote after one is its title.
    public let workNouns: Set<String>
    /// The letter of a US party tag ("D" of "D-Vt.") to the affiliation it stands for ("Democrat").
    public let partyTags: [Unicode.Scalar: String]
    /// A word a description may use ("senator") to the abbreviated titles whose holder it may mean ("sen.").
    public let abbreviatedTitles: [String: [String]]

    /// The lexicon shipped with AttributionKit.
    public static let shared = Lexicon()

    init() {
        var phrasal: [String: [[String]]] = [:]
        for entry in Lexicon.entries("speech-verbs") + Lexicon.entries("clause-verbs") where entry.contains(" ") {
            let words = entry.split(separator: " ").map(String.init)
            let rest = Array(words.dropFirst())
            if !(phrasal[words[0]] ?? []).contains(rest) { phrasal[words[0], default: []].append(rest) }
        }
        phrasalCues = phrasal
        honorifics = Lexicon.genderTable("honorifics")
        pronouns = Lexicon.genderTable("pronouns")
        titleWords = Set(Lexicon.entries("title-words"))
        genderedTitles = Lexicon.genderTable("gendered-titles").compactMapValues { $0 }
        firstNameGenders = Lexicon.genderTable("first-names").compactMapValues { $0 }
        anonymousHeads = Set(Lexicon.entries("anonymous-heads"))
        documentNouns = Set(Lexicon.entries("document-nouns"))
        spokenChannelNouns = Set(Lexicon.entries("spoken-channel-nouns"))
        var outletTable: [String: String] = [:]
        for line in Lexicon.lines("outlets") { outletTable[line.lowercased()] = line }
        outlets = outletTable
        outletEndings = Set(outletTable.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
        let generic = Lexicon.entries("generic-organization-heads").map { $0.split(atControl: "\t") }
        genericOrganizationHeads = Set(generic.map { String($0[0]) })
        umbrellaOrganizationHeads = Set(generic.filter { $0.last == "any" }.map { String($0[0]) })
        tradeOrganizationHeads = Set(generic.filter { $0.last == "trade" }.map { String($0[0]) })
        companyOrganizationHeads = Set(generic.filter { $0.last == "company" }.map { String($0[0]) })
        companyWords = Set(Lexicon.entries("company-words"))
        refusalVerbs = Set(Lexicon.entries("refusal-verbs"))
        contentlessSpeechVerbs = Set(Lexicon.entries("contentless-speech-verbs"))
        questionParticiples = Set(Lexicon.entries("question-participles"))
        viewNouns = Set(Lexicon.entries("view-nouns"))
        claimNouns = Set(Lexicon.entries("claim-nouns"))
        perfectAuxiliaries = Set(Lexicon.entries("perfect-auxiliaries"))
        holdingParticiples = Set(Lexicon.entries("holding-participles"))
        countingVerbs = Set(Lexicon.entries("counting-verbs"))
        roleClauseVerbs = Set(Lexicon.entries("role-clause-verbs"))
        presentRoleVerbs = Set(Lexicon.entries("present-role-verbs"))
        outletOpeners = Set(Lexicon.entries("outlet-openers"))
        workNouns = Set(Lexicon.entries("work-nouns"))
        academicHeads = Set(Lexicon.entries("academic-heads"))
        outletHeads = Set(Lexicon.entries("outlet-heads"))
        var epithets: [String: [[UInt8]]] = [:]
        for line in Lexicon.entries("epithet-heads") {
            let columns = line.split(atControl: "\t")
            guard columns.count == 2 else { continue }
            epithets[String(columns[0])] = columns[1].split(separator: " ").map { Array($0.utf8) }
        }
        epithetHeads = epithets
        postpositiveTitleWords = Set(Lexicon.entries("postpositive-title-words"))
        documentVerbs = Set(Lexicon.entries("document-verbs"))
        findingHeads = Set(Lexicon.entries("finding-heads"))
        speakingTitles = Set(Lexicon.entries("speaking-titles"))
        askingHeads = Set(Lexicon.entries("asking-heads"))
        var parties: [Unicode.Scalar: String] = [:]
        for line in Lexicon.lines("party-tags") {
            let parts = line.split(atControl: "\t")
            guard parts.count == 2, let letter = parts[0].unicodeScalars.first else { continue }
            parties[letter] = String(parts[1])
        }
        partyTags = parties
        var abbreviations: [String: [String]] = [:]
        for line in Lexicon.entries("title-abbreviations") {
            let parts = line.split(atControl: "\t")
            guard parts.count == 2 else { continue }
            for word in parts[1].split(separator: " ") { abbreviations[String(word), default: []].append(String(parts[0])) }
        }
        abbreviatedTitles = abbreviations
    }

    /// The lines of a data file, without comments and blank lines.
    static func lines(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/lexicon"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(atControl: "\n").compactMap { line in
            // Trimmed from its bytes (no line of the lists has white space to trim), not through `NSString`.
            let trimmed = line.trimmed(of: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }

    /// Whether the words (lowercase, possessive "'s" never inside) spell a known outlet, with or without "the".
    public func isKnownOutlet(_ words: [String]) -> Bool {
        guard let last = words.last, outletEndings.contains(last) else { return false }
        var key = words.joined(separator: " ")
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return outlets[key] != nil || outlets["the " + key] != nil
    }

    /// Whether the tokens `range` of `block` spell a known outlet; only a run ending in the last
    /// word of an outlet is looked up, by its word ids. In lowercase it must be written as the list
    /// writes it ("dpa"): "the economist" is a person, The Economist a paper.
    func isKnownOutlet(_ range: Range<Int>, in block: TokenizedBlock) -> Bool {
        guard let last = range.last, block.tokens[last].has(.outletEnding) else { return false }
        // Every word of an outlet is in the vocabulary; a word outside it beyond ASCII may still be
        // another encoding of one (as Strings compare), so such a run is spelled out.
        let spelled = range.contains(where: { block.tokens[$0].word == .other && !block.isASCII($0) })
            ? isKnownOutlet(range.map { block.lower($0) })
            : Vocabulary.shared.spellsOutlet(count: range.count) { block.tokens[range.lowerBound + $0].word }
        guard spelled, !block.tokens[last].isCapitalized else { return spelled }
        let text = block.text(tokens: range)
        return outlets[text.lowercased()] == text
    }

    static func entries(_ name: String) -> [String] {
        lines(name).map { $0.lowercased() }
    }

    /// The one-word entries of a data file ("said", not "pointed out", which `phrasalCues` holds).
    static func singleWords(_ name: String) -> [String] {
        entries(name).filter { !$0.contains(" ") }
    }

    /// A file of `word<TAB>gender` lines; `-` stands for no gender.
    static func genderTable(_ name: String) -> [String: Gender?] {
        var table: [String: Gender?] = [:]
        for line in entries(name) {
            let parts = line.split(atControl: "\t")
            table[String(parts[0])] = parts.count > 1 ? Gender(rawValue: String(parts[1])) : nil
        }
        return table
    }
}
