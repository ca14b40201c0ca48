/// Who speaks in an article and how much: the statements counted for the balance score
/// (those in repeated paragraphs left out) and the words each source has.
///
/// Figures are kept per speaker in arrays that follow `speakers`, so the score's rules read them
/// by position instead of looking each source up by id.
struct SourceVoices {
    /// Statements outside repeated paragraphs, with or without a source.
    let statements: [Attribution]
    /// Sources with at least one counted statement, in order of first statement.
    let speakers: Speakers
    /// Words of counted statements of each speaker; a statement counts at least one word, shared equally by the sources that
    /// made it together ("Mara Oden and Teo Vale said").
    let words: [Double]
    /// Counted statements of each speaker, a joint one for each of its sources.
    let statementCounts: [Int]
    /// Counted statements that have a source.
    let attributedStatementCount: Int

    /// All words of counted statements.
    let totalWords: Double
    /// Positions in `speakers` by words, most first (ties in order of first statement).
    let speakersByWords: [Int]
    /// Counted statements taken from another outlet, found once for the score and the flags.
    let secondhandStatements: [Attribution]
    /// "Xinhua", "South China Morning Post ×2": the outlets of the secondhand statements in order.
    let secondhandOutlets: [String]

    /// `ownOutletCleared`: the statements' `viaIsOutlet` is already false for what sources told the
    /// article's own outlet (`Analyzer` clears it), so their channels are not compared with the outlet again.
    init(article: Article, sources: [Source], attributions: [Attribution], ownOutletCleared: Bool = false) {
        let sourcePositions = SourcePositions(sources)
        // Most articles repeat no paragraph, and then every statement counts as it is (no copies).
        let statements = article.duplicateBlockCount == 0 ? attributions : attributions.filter { attribution in
            !article.blocks.indices.contains(attribution.blockIndex) || article.blocks[attribution.blockIndex].duplicateOf == nil
        }
        // Words and counts per speaker, by the speaker's place in order of first statement.
        var speakerSources: [Int] = []
        var words: [Double] = []
        var counts: [Int] = []
        // Sized for every source speaking, so the arrays are not regrown speaker by speaker.
        speakerSources.reserveCapacity(sources.count)
        words.reserveCapacity(sources.count)
        counts.reserveCapacity(sources.count)
        var speakerOfSource = [Int?](repeating: nil, count: sources.count)
        var statementSpeakers: [Int?] = []
        statementSpeakers.reserveCapacity(statements.count)
        // Statements are read in place by index: a loop over the array would copy each one.
        for index in statements.indices {
            guard let id = statements[index].sourceID, let source = sourcePositions.position(of: id) else {
                statementSpeakers.append(nil)
                continue
            }
            let first = Self.speaker(of: source, &speakerOfSource, &speakerSources, &words, &counts)
            // (Almost every statement has one source: its joint ones are counted without making an array for it.)
            let others = statements[index].jointSourceIDs.lazy.compactMap { sourcePositions.position(of: $0) }
            let share = Double(max(Attribution.wordCount(of: statements[index].text), 1)) / Double(1 + others.count)
            words[first] += share
            counts[first] += 1
            for other in others {
                let speaker = Self.speaker(of: other, &speakerOfSource, &speakerSources, &words, &counts)
                words[speaker] += share
                counts[speaker] += 1
            }
            statementSpeakers.append(first)
        }
        self.statements = statements
        speakers = Speakers(speakerSources, of: sources)
        self.words = words
        statementCounts = counts
        attributedStatementCount = counts.reduce(0, +)
        totalWords = words.reduce(0, +)
        speakersByWords = words.indices.sorted { left, right in
            words[left] != words[right] ? words[left] > words[right] : left < right
        }
        let secondhand = Self.secondhand(
            statements, speakers: statementSpeakers, of: speakers, outlet: article.outlet, ownOutletCleared: ownOutletCleared)
        secondhandStatements = secondhand.map { statements[$0] }
        secondhandOutlets = Self.outletNames(of: secondhand, in: statements, speakers: statementSpeakers, of: speakers)
    }

    /// The place in `speakers` of a source, given at its first statement with no words or statements yet. (Its arrays are
    /// arguments: a nested function capturing them kept them in boxes, checked for exclusive access at every use.)
    private static func speaker(
        of source: Int, _ speakerOfSource: inout [Int?], _ speakerSources: inout [Int], _ words: inout [Double], _ counts: inout [Int]
    ) -> Int {
        if let known = speakerOfSource[source] { return known }
        speakerOfSource[source] = speakerSources.count
        speakerSources.append(source)
        words.append(0)
        counts.append(0)
        return speakerSources.count - 1
    }

    /// Positions in `statements` of those taken from another outlet: through an outlet (`via`), or
    /// from an outlet that is itself the source ("according to Reuters"). The publishing outlet's
    /// own reporting ("told The Harbour Ledger" in the Ledger) is firsthand. `statementSpeakers`
    /// gives each statement's place in `speakers`; with `ownOutletCleared`, a statement's channel
    /// is taken as it is marked.
    private static func secondhand(
        _ statements: [Attribution], speakers statementSpeakers: [Int?], of speakers: Speakers, outlet: String?, ownOutletCleared: Bool
    ) -> [Int] {
        var isOutlet = speakers.indices.map { speakers[$0].category == .media && speakers[$0].isOrganization }
        let hasOutletSpeaker = isOutlet.contains(true)
        guard hasOutletSpeaker || statements.indices.contains(where: { statements[$0].viaIsOutlet }) else { return [] }
        // The outlet's lookup key, made once, and only when a name is to be compared with it.
        let outletKey = hasOutletSpeaker || !ownOutletCleared ? outlet.map(NameWords.key) : nil
        for speaker in speakers.indices where isOutlet[speaker] && NameWords.name(speakers[speaker].name, hasKey: outletKey) {
            isOutlet[speaker] = false
        }
        return statements.indices.filter { index in
            (statements[index].viaIsOutlet && (ownOutletCleared || !NameWords.name(statements[index].via, hasKey: outletKey)))
                || statementSpeakers[index].map { isOutlet[$0] } == true
        }
    }

    /// The outlets of the statements at `positions` in order, each with its count when above one.
    private static func outletNames(
        of positions: [Int], in statements: [Attribution], speakers statementSpeakers: [Int?], of speakers: Speakers
    ) -> [String] {
        guard !positions.isEmpty else { return [] }
        // Each outlet with its count in order of first mention. An article names a few outlets at
        // most: the tally is searched, with no dictionary made and no name hashed.
        var tally: [(name: String, count: Int)] = []
        // Sized once for every statement naming a new outlet, not regrown outlet by outlet.
        tally.reserveCapacity(positions.count)
        for index in positions {
            let outlet = statements[index].viaIsOutlet ? statements[index].via : statementSpeakers[index].map { speakers[$0].label }
            let name = outlet ?? "an unnamed outlet"
            if let place = tally.firstIndex(where: { $0.name == name }) {
                tally[place].count += 1
            } else {
                tally.append((name, 1))
            }
        }
        return tally.map { $0.count > 1 ? "\($0.name) ×\($0.count)" : $0.name }
    }

    /// The share of all counted words held by the speaker at `speaker` in `speakers`.
    func share(of speaker: Int) -> Double {
        totalWords > 0 ? words[speaker] / totalWords : 0
    }

    /// Whether the speaker at `speaker` is a named independent expert (think tank, academic, legal).
    func isIndependentExpert(_ speaker: Int) -> Bool {
        !speakers[speaker].anonymous && speakers[speaker].category.isIndependentExpert
    }

    /// Writes the labels of the speakers at `positions` onto `text` as an English list (in curly
    /// quotes when `quoted`), with no string made for each label or for the list.
    func appendLabels(of positions: [Int], to text: inout ExplanationText, quoted: Bool = false) {
        EnglishList.append(count: positions.count, to: &text) { index, text in
            if quoted { text.append("“") }
            text.append(contentsOf: speakers[positions[index]].label)
            if quoted { text.append("”") }
        }
    }

    /// Positions in `speakers` of the speakers that satisfy `isIncluded`, in order of first statement,
    /// in an array sized once for all speakers (a filtered array is regrown, copied, as it fills).
    /// Rules read a speaker's fields by position: a source handed to them whole would be copied.
    func speakerPositions(where isIncluded: (Int) -> Bool) -> [Int] {
        var positions: [Int] = []
        positions.reserveCapacity(speakers.count)
        for speaker in speakers.indices where isIncluded(speaker) { positions.append(speaker) }
        return positions
    }
}
