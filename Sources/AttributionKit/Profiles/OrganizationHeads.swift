/// Head words of organisation names ("Institute", "Ministry", "Times") and the category they
/// point to, read from `Resources/profiles/org-heads.tsv`, for organisations the registry does not know.
struct OrganizationHeads: Sendable {
    private struct Head {
        var category: SourceCategory
        /// Strong heads are rarely surnames, so they may classify a source's own name.
        var isStrong: Bool
        /// The category when the head is written in lowercase, a common noun rather than part of a
        /// name: "Holt’s 2030 campaign" is a politician's, "Campaign for Clean Air" an NGO.
        var lowercaseCategory: SourceCategory?
    }

    private let heads: PhraseTable<Head>

    static let bundled = OrganizationHeads(rows: TabSeparatedRows.bundled("org-heads", in: "profiles"))

    /// Words that end the head of a name ("Institute | of Peace", "Center | for Strategic …").
    private static let boundaries: WordSet = ["of", "for", "to", "on", "at", "in", "and"]

    init(rows: TabSeparatedRows) {
        var table = PhraseTable<Head>()
        for row in rows {
            guard let category = SourceCategory(rawValue: row[1]) else { continue }
            table.insert(NameWords(row[0]).words, Head(
                category: category, isStrong: row[2] == "strong", lowercaseCategory: SourceCategory(rawValue: row[3])))
        }
        heads = table
    }

    /// The category of a strong head that ends `words` ("a conservation charity", "the Dublin-based start-up"): the kind of
    /// body a short description says something is.
    func category(ofKindEndingIn words: NameWords) -> SourceCategory? {
        category(ofHeadEndingAt: words.words.count, in: words, strongOnly: true)
    }

    /// The category an organisation's name points to through its head word: the last word before
    /// the first "of"/"for"/"to"…, else the last word. `strongOnly` keeps to heads that are not
    /// also surnames, for a source's own name.
    func category(of words: NameWords, strongOnly: Bool = false) -> SourceCategory? {
        let tokens = words.words
        guard !tokens.isEmpty else { return nil }
        let boundary = tokens.indices.first { OrganizationHeads.boundaries.contains(words, at: $0) } ?? tokens.count
        // "Bramley Institute of Technology", "Board of Education": a head with "of" inside wins over its first word.
        if boundary < tokens.count, let spanning = heads.longestMatch(in: words, to: tokens.count), tokens.count - spanning.length < boundary,
            let category = category(ofHeadEndingAt: tokens.count, in: words, strongOnly: strongOnly)
        {
            return category
        }
        if let category = category(ofHeadEndingAt: boundary, in: words, strongOnly: strongOnly) { return category }
        if boundary < tokens.count, let category = category(ofHeadEndingAt: tokens.count, in: words, strongOnly: strongOnly) {
            return category
        }
        // "Senate Republican", "Oversight Committee Democrats": a strong head anywhere, rightmost first.
        for index in tokens.indices.reversed() {
            if let head = heads.value(words, index..<(index + 1)), head.isStrong { return head.category }
        }
        return nil
    }

    /// The category of the head ending just before `end`: the longest one ("news agency" over
    /// "agency"), but only a strong one for names, unless "of" or the like follows it, as no surname
    /// does: "Bank of Vestland", "Church of Aldmoor".
    private func category(ofHeadEndingAt end: Int, in words: NameWords, strongOnly: Bool) -> SourceCategory? {
        guard end > 0, let longest = heads.longestMatch(in: words, to: end) else { return nil }
        let headsPhrase = end < words.words.count
        var length = longest.length
        while length > 0 {
            if let head = heads.value(words, (end - length)..<end), head.isStrong || !strongOnly || headsPhrase {
                return words.isCapitalized(end - 1) ? head.category : head.lowercaseCategory ?? head.category
            }
            length -= 1
        }
        return nil
    }

    func category(of name: String, strongOnly: Bool = false) -> SourceCategory? {
        category(of: NameWords(name), strongOnly: strongOnly)
    }
}
