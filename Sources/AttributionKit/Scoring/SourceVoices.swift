/// Who speaks in an article and how much: the statements counted for the balance score
/// (those in repeated paragraphs left out) and the words each source has.
struct SourceVoices {
    /// Statements outside repeated paragraphs, with or without a source.
    let statements: [Attribution]
    /// Sources with at least one counted statement, in order of first statement.
    let speakers: [Source]
    /// Words of counted statements per source id; a statement counts at least one word.
    let words: [String: Double]
    /// Counted statements per source id.
    let statementCounts: [String: Int]

    /// The article, whose own outlet's statements are not secondhand.
    let article: Article

    init(article: Article, sources: [Source], attributions: [Attribution]) {
        self.article = article
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        statements = attributions.filter { attribution in
            !article.blocks.indices.contains(attribution.blockIndex) || article.blocks[attribution.blockIndex].duplicateOf == nil
        }
        var speakers: [Source] = []
        var words: [String: Double] = [:]
        var counts: [String: Int] = [:]
        for statement in statements {
            guard let id = statement.sourceID, let source = byID[id] else { continue }
            if counts[id] == nil { speakers.append(source) }
            counts[id, default: 0] += 1
            words[id, default: 0] += Double(max(statement.wordCount, 1))
        }
        self.speakers = speakers
        self.words = words
        statementCounts = counts
    }

    var totalWords: Double {
        words.values.reduce(0, +)
    }

    /// Counted statements that have a source.
    var attributedStatements: [Attribution] {
        statements.filter { $0.sourceID.map { statementCounts[$0] != nil } ?? false }
    }

    /// Whether a name is the publishing outlet's own ("told The Harbour Ledger" in the Ledger).
    func isOwnOutlet(_ name: String?) -> Bool {
        article.isOwnOutlet(name)
    }

    func words(of source: Source) -> Double {
        words[source.id] ?? 0
    }

    func share(of source: Source) -> Double {
        totalWords > 0 ? words(of: source) / totalWords : 0
    }

    /// Speakers by words, most first (ties in order of first statement).
    var speakersByWords: [Source] {
        speakers.enumerated().sorted { lhs, rhs in
            let (left, right) = (words(of: lhs.element), words(of: rhs.element))
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
