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
    /// Counted statements that have a source.
    let attributedStatementCount: Int

    /// All words of counted statements.
    let totalWords: Double
    /// Speakers by words, most first (ties in order of first statement).
    let speakersByWords: [Source]
    /// Counted statements taken from another outlet, found once for the score and the flags.
    let secondhandStatements: [Attribution]
    /// "Xinhua", "South China Morning Post ×2": the outlets of the secondhand statements in order.
    let secondhandOutlets: [String]

    init(article: Article, sources: [Source], attributions: [Attribution]) {
        let byID = Dictionary(sources.indices.map { (sources[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        // Most articles repeat no paragraph, and then every statement counts as it is (no copies).
        statements = article.duplicateBlockCount == 0 ? attributions : attributions.filter { attribution in
            !article.blocks.indices.contains(attribution.blockIndex) || article.blocks[attribution.blockIndex].duplicateOf == nil
        }
        // Words and counts per speaker, by the speaker's place in order of first statement.
        var speakers: [Source] = []
        var speakerWords: [Double] = []
        var speakerCounts: [Int] = []
        var speakerIndex: [String: Int] = [:]
        for statement in statements {
            guard let id = statement.sourceID, let source = byID[id].map({ sources[$0] }) else { continue }
            let wordCount = Double(max(statement.wordCount, 1))
            if let index = speakerIndex[id] {
                speakerWords[index] += wordCount
                speakerCounts[index] += 1
            } else {
                speakerIndex[id] = speakers.count
                speakers.append(source)
                speakerWords.append(wordCount)
                speakerCounts.append(1)
            }
        }
        self.speakers = speakers
        let ids = speakers.map(\.id)
        words = Dictionary(uniqueKeysWithValues: zip(ids, speakerWords))
        statementCounts = Dictionary(uniqueKeysWithValues: zip(ids, speakerCounts))
        attributedStatementCount = speakerCounts.reduce(0, +)
        totalWords = speakerWords.reduce(0, +)
        speakersByWords = speakers.indices.sorted { left, right in
            speakerWords[left] != speakerWords[right] ? speakerWords[left] > speakerWords[right] : left < right
        }.map { speakers[$0] }
        // The outlet's lookup key, made once rather than for every statement.
        let outletKey = article.outlet.map(NameWords.key)
        secondhandStatements = Self.secondhand(statements, speakers: speakers, outletKey: outletKey)
        secondhandOutlets = Self.outletNames(of: secondhandStatements, speakers: speakers)
    }

    /// Statements taken from another outlet: through an outlet (`via`), or from an outlet that is
    /// itself the source ("according to Reuters"). The publishing outlet's
    /// own reporting ("told The Harbour Ledger" in the Ledger) is firsthand.
    private static func secondhand(_ statements: [Attribution], speakers: [Source], outletKey: String?) -> [Attribution] {
        let outletSources = Set(
            speakers.filter { $0.category == .media && $0.isOrganization && !isOwnOutlet($0.name, key: outletKey) }.map(\.id))
        return statements.filter { statement in
            (statement.viaIsOutlet && !isOwnOutlet(statement.via, key: outletKey)) || statement.sourceID.map(outletSources.contains) == true
        }
    }

    /// The outlets of `statements` in order, each with its count when above one.
    private static func outletNames(of statements: [Attribution], speakers: [Source]) -> [String] {
        guard !statements.isEmpty else { return [] }
        let labels = Dictionary(speakers.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        var counts: [String: Int] = [:]
        for statement in statements {
            let outlet = statement.viaIsOutlet ? statement.via : statement.sourceID.flatMap { labels[$0] }
            let name = outlet ?? "an unnamed outlet"
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }
    }

    /// Whether a name is the publishing outlet's own (its key is `outletKey`): "told The Harbour Ledger" in the Ledger.
    private static func isOwnOutlet(_ name: String?, key outletKey: String?) -> Bool {
        guard let name, let outletKey else { return false }
        return NameWords.key(name) == outletKey
    }

    func words(of source: Source) -> Double {
        words[source.id] ?? 0
    }

    func share(of source: Source) -> Double {
        totalWords > 0 ? words(of: source) / totalWords : 0
    }
}
