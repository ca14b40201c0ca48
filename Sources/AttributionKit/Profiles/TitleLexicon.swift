/// Title words ("spokeswoman", "senior fellow", "Brig. Gen.") and their roles, read from
/// `Resources/profiles/titles.tsv`, and the reading of a whole title such as "former longtime CIA officer".
struct TitleLexicon: Sendable {
    /// A title as read: its role, whether it is a former one, and the words around the role word.
    struct Reading {
        var role: TitleRole
        var isFormer: Bool
        /// Words before the role word that are not modifiers ("CIA" of "former longtime CIA officer").
        var prefix: NameWords
        /// Words after "of", "at", "for" or "with" ("the CIA" of "director of the CIA").
        var suffix: NameWords
        /// The word that links the suffix to the role ("of", "for"); nil when there is no suffix.
        var link: String?
    }

    private let roles: PhraseTable<TitleRole>
    /// Company functions a role may be held over ("sales", "investor relations").
    private let businessFunctions: PhraseTable<Bool>

    static let bundled = TitleLexicon(
        rows: TabSeparatedRows.bundled("titles", in: "profiles"), functions: TabSeparatedRows.bundled("business-functions", in: "profiles"))

    /// Words that make a role a past one.
    /// ("who served as director for China on the National Security Council", "who was the deputy envoy": a past verb
    /// before the role makes it former too.)
    private static let formerWords: WordSet = [
        "former", "ex", "retired", "onetime", "erstwhile", "then", "previously", "late", "served", "worked", "headed", "led", "ran", "was",
    ]
    /// Words that qualify a role without changing it.
    private static let modifiers: WordSet = [
        "senior", "junior", "deputy", "acting", "chief", "top", "career", "longtime", "veteran", "lead", "principal",
        "assistant", "associate", "interim", "a", "an", "the", "its", "his", "her", "their", "current", "now",
    ]
    /// Words that end a role phrase: a link to what the role is held at or over, or the time it was held ("who served as
    /// trade minister from 2014 to 2019", "until 2019").
    private static let linkWords: WordSet = ["of", "at", "for", "with", "in", "to", "on", "from", "until", "since"]
    /// Words after a role that name it before its holder takes office ("president-elect", "Prime Minister-designate"):
    /// the role is the same.
    private static let pendingMarks: WordSet = ["elect", "designate"]
    /// Family words that, capitalised alone before a name, are a clergy style: "Father Tomas Reyna", "Sister Mara
    /// Leon" (while "her father, Ivo Reyna" stays a family tie).
    private static let clergyStyles: WordSet = ["father", "sister", "brother", "mother"]
    private static let clergyStyle = TitleRole(category: .religious, followsOrganization: false, isPress: false)

    init(rows: TabSeparatedRows, functions: TabSeparatedRows) {
        var functionTable = PhraseTable<Bool>()
        for row in functions { functionTable.insert(NameWords(row[0]).words, true) }
        businessFunctions = functionTable
        var table = PhraseTable<TitleRole>()
        for row in rows {
            let words = NameWords(row[0]).words
            guard !words.isEmpty, let category = SourceCategory(rawValue: row[1]) else { continue }
            let flags = Set(row[2].split(separator: " ").map(String.init))
            table.insert(words, TitleRole(
                category: category, followsOrganization: flags.contains("org"), isPress: flags.contains("press"),
                headsOrganization: flags.contains("head"), isKin: flags.contains("kin"), gender: Gender(rawValue: row[3])))
        }
        roles = table
    }

    /// Reads a title: the last role phrase in it (longest first), with the former mark and the
    /// words around it that may name an organisation.
    func read(_ words: NameWords) -> Reading? {
        let tokens = words.words
        if tokens.count == 1, words.isCapitalized(0), TitleLexicon.clergyStyles.contains(words, at: 0) {
            return reading(role: TitleLexicon.clergyStyle, words: words, roleRange: 0..<1)
        }
        if tokens.count > 1, TitleLexicon.pendingMarks.contains(words, at: tokens.count - 1) { return read(words[0..<(tokens.count - 1)]) }
        // "son of the former governor", "niece of the mayor": the role after a family tie is the relative's.
        if let link = tokens.indices.first(where: { TitleLexicon.linkWords.contains(words, at: $0) }),
            let (role, length) = roles.longestMatch(in: words, to: link), role.isKin
        {
            return reading(role: role, words: words, roleRange: (link - length)..<link)
        }
        var end = tokens.count
        while end > 0 {
            // A role phrase ends here when the rest of the title is empty or starts with a link word.
            if end == tokens.count || TitleLexicon.linkWords.contains(words, at: end) {
                if let (role, length) = roles.longestMatch(in: words, to: end) {
                    return reading(role: role, words: words, roleRange: (end - length)..<end)
                }
            }
            end -= 1
        }
        return nil
    }

    /// Every role of a title joined by "and" ("founder and president of Acme LLC"), in order;
    /// earlier roles share the organisation the last one names. An "and" inside the organisation
    /// ("fellow at the Center for Strategic and International Studies") does not split.
    func readings(of words: NameWords) -> [Reading] {
        let firstLink = words.words.indices.first { TitleLexicon.linkWords.contains(words, at: $0) } ?? words.words.count
        guard (0..<firstLink).contains(where: { words.word(at: $0, is: "and") }) else { return read(words).map { [$0] } ?? [] }
        var parts: [NameWords] = []
        var part = NameWords()
        for index in words.words.indices {
            if index < firstLink && words.word(at: index, is: "and") {
                parts.append(part)
                part = NameWords()
            } else {
                part.append(index, of: words)
            }
        }
        parts.append(part)
        var found = parts.compactMap(read(_:))
        if let last = found.last {
            for index in found.indices.dropLast() where found[index].suffix.words.isEmpty {
                found[index].suffix = last.suffix
                found[index].link = last.link
            }
        }
        return found
    }

    private func reading(role: TitleRole, words: NameWords, roleRange: Range<Int>) -> Reading {
        let tokens = words.words
        // ("who was recently elected as a delegate": "was" before a participle names a present role.)
        let isFormer = (0..<roleRange.lowerBound).contains { index in
            TitleLexicon.formerWords.contains(words, at: index)
                && !(tokens[index] == "was" && tokens[(index + 1)..<roleRange.lowerBound].contains { $0.hasSuffix("ed") })
        }
        var prefix = NameWords()
        for index in 0..<roleRange.lowerBound
        where !TitleLexicon.formerWords.contains(words, at: index) && !TitleLexicon.modifiers.contains(words, at: index) {
            prefix.append(index, of: words)
        }
        let link = roleRange.upperBound < tokens.count ? tokens[roleRange.upperBound] : nil
        let suffix = link == nil ? NameWords() : words[(roleRange.upperBound + 1)..<tokens.count]
        return Reading(role: role, isFormer: isFormer, prefix: prefix, suffix: suffix, link: link)
    }

    /// Whether a role is held over a company function written in lowercase ("vice president of
    /// regional sales", "head of marketing"): a role only a business has.
    func isOverBusinessFunction(_ reading: Reading) -> Bool {
        let suffix = reading.suffix
        guard reading.link == "of" || reading.link == "for", !suffix.words.isEmpty, !suffix.hasCapitalizedWord else { return false }
        return businessFunctions.longestMatch(in: suffix, to: suffix.words.count) != nil
    }

    /// Whether a title is only a former mark ("Former" before a separate "Gov.").
    func isFormerMark(_ words: NameWords) -> Bool {
        let tokens = words.words
        return !tokens.isEmpty && tokens.indices.allSatisfy { TitleLexicon.formerWords.contains(words, at: $0) }
    }

    /// The gender a gendered title word gives ("spokeswoman", "chairman"), nil when none or mixed.
    func gender<Titles: Sequence<NameWords>>(of titles: Titles) -> Gender? {
        var found: Gender?
        for title in titles {
            for start in title.words.indices {
                guard let gender = roles.longestMatch(in: title, from: start)?.value.gender else { continue }
                // Both genders: none is given.
                if found.map({ $0 != gender }) ?? false { return nil }
                found = gender
            }
        }
        return found
    }
}
