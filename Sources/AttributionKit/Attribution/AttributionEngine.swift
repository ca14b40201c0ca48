/// Finds every statement an article attributes to someone, and who said it.
///
/// Reads the prose blocks in order, and a headline in sentence case for its claims (captions,
/// headings, bylines and boilerplate are never searched),
/// each tokenized once; people and organisations are tracked across blocks so later references
/// ("she", "Mr. Vale", "the HPI economist") resolve to the full name.
public struct AttributionEngine: Sendable {
    let lexicon: Lexicon

    public init() {
        lexicon = .shared
    }

    public func attribute(_ article: Article) -> AttributionResult {
        var book = EntityBook()
        // Each statement made into its attribution while its block is at hand, and who stands behind it, by statement.
        var attributions: [Attribution] = []
        var sources: [StatementSource] = []
        var previous: Speaker? = nil
        // "Petrakis was blunt about the options." before a quote paragraph: its speaker, by a weaker sign than a cue.
        var subjectBefore: Speaker? = nil
        var openQuote: Int? = nil
        // The person a Q&A's answers are from, found at the first answer.
        var interviewee: Int?? = nil
        // Where the findings of the last prose block start, for a signature line under it.
        var lastBlockFindings = 0
        let ownOutlet = article.outlet.map { outlet -> String in
            let key = outlet.lowercased()
            return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
        }
        for index in article.blocks.indices where article.blocks[index].isProse || article.blocks[index].kind == .title {
            // The block's offset map alone, not a copy of the block, which would retain its text and links too.
            let offsets = article.blocks[index].offsets
            let tokenized = TokenizedBlock(index: index, text: article.blocks[index].text)
            let reader = BlockReader(block: tokenized, lexicon: lexicon, ownOutlet: ownOutlet)
            if article.blocks[index].kind == .title {
                // "Mayor Pell says the ferry will run all winter": a headline in sentence case reports claims, never
                // quotes (its quotation marks are scare quotes, so a claim that carries some stays indirect), and
                // hands no speaker on to a quote paragraph. One in title case ("Mayor Says Port Will Close") names
                // nobody reliably and is left alone.
                guard !tokenized.isTitleCase else { continue }
                for var claim in reader.read(book: &book, previous: nil)
                where claim.kind != .direct && claim.content.contains(where: { tokenized.quoteOf[$0] < 0 && tokenized.tokens[$0].isWord }) {
                    claim.kind = .indirect
                    attributions.append(Attribution(claim, in: tokenized, offsets: offsets))
                    sources.append(StatementSource(claim, in: tokenized))
                }
                continue
            }
            // "— Ana Ruiz" alone under a quote paragraph signs its quotes that have no cue of their own, even
            // those that carried on the speaker of the paragraph before: the signature is the surer sign.
            if tokenized.quotes.isEmpty, let signer = reader.signature(book: &book) {
                let span = signer.mention.map { offsets.inputSpan(tokenized.scalarRange($0)) }
                for k in lastBlockFindings..<attributions.count where attributions[k].kind == .direct && attributions[k].cue == nil {
                    sources[k].entity = signer.entity
                    attributions[k].speakerSpan = span
                    attributions[k].rule = signer.rule
                }
                previous = nil
                continue
            }
            lastBlockFindings = attributions.count
            if let line = reader.transcriptLine(book: &book) {
                reader.registerNames(book: &book)
                previous = nil
                let speaker: Speaker
                let words: Range<Int>
                switch line {
                case .question:
                    continue
                case .answer(let answer):
                    if interviewee == nil { interviewee = firstPersonInterviewed(book, byline: article.byline) }
                    speaker = Speaker(entity: interviewee!, mention: nil, cue: nil, via: nil, rule: "A: answer of the person interviewed")
                    words = answer
                case .named(let named, let said):
                    speaker = named
                    words = said
                }
                book.latestSpeaker = speaker.entity
                // Verbatim, but without quotation marks: by the contract no direct quote.
                let finding = reader.finding(.indirect, words, speaker)
                attributions.append(Attribution(finding, in: tokenized, offsets: offsets))
                sources.append(StatementSource(finding, in: tokenized))
                continue
            }
            // The person a block that reported nothing was about speaks a paragraph that is nothing but a quote.
            let handedOn = subjectBefore.flatMap { isQuoteOnly(tokenized) ? $0 : nil }
            subjectBefore = nil
            var found = reader.read(book: &book, previous: previous ?? handedOn)
            // A quote left open at the end of the block before, reopened here, is one statement.
            if let open = openQuote, let first = tokenized.quotes.first, first.open == 0,
                let k = found.firstIndex(where: { $0.kind == .direct && $0.content == first.content })
            {
                if sources[open].entity == nil, found[k].entity != nil {
                    sources[open].entity = found[k].entity
                    attributions[open].speakerSpan = found[k].speaker.map { offsets.inputSpan(tokenized.scalarRange($0)) }
                }
                sources[open].continuedTo = index
                attributions[open].append(paragraph: found[k].content, of: tokenized, offsets: offsets)
                found.remove(at: k)
            }
            openQuote = nil
            if let announced = reader.announcedSpeaker(book: &book) {
                let span = announced.mention.map { offsets.inputSpan(tokenized.scalarRange($0)) }
                previous = Speaker(entity: announced.entity, mention: nil, inheritedSpan: span, cue: nil, via: announced.via, rule: announced.rule)
            } else if let last = found.last(where: { $0.entity != nil || $0.speaker != nil || $0.inheritedSpeakerSpan != nil }) {
                let span = last.speaker.map { offsets.inputSpan(tokenized.scalarRange($0)) } ?? last.inheritedSpeakerSpan
                previous = Speaker(entity: last.entity, mention: nil, inheritedSpan: span, cue: nil, via: last.via, rule: last.rule)
            } else if found.isEmpty, let about = reader.subjectHandedOn(book: &book) {
                let span = about.mention.map { offsets.inputSpan(tokenized.scalarRange($0)) }
                subjectBefore = Speaker(entity: about.entity, mention: nil, inheritedSpan: span, cue: nil, via: about.via, rule: about.rule)
                previous = nil
            } else {
                previous = nil
            }
            openQuote = openQuoteContinuation(attributions.count, tokenized, found, lastContinuedTo: sources.last?.continuedTo)
            for finding in found {
                attributions.append(Attribution(finding, in: tokenized, offsets: offsets))
                sources.append(StatementSource(finding, in: tokenized))
            }
        }
        return assemble(&attributions, sources: sources, book: book, ownOutlet: ownOutlet)
    }

    /// Whether statement `k` is a quote without a cue that goes on from the statement before it in its block, by the
    /// same source through `channel` (“…,” Ortiz wrote. “…”): the channel reached that one only here.
    func continuesStatement(before k: Int, of entity: Int, through channel: String, _ attributions: [Attribution], _ sources: [StatementSource]) -> Bool {
        k > 0 && attributions[k].cue == nil && sources[k - 1].entity == entity
            && attributions[k - 1].blockIndex == attributions[k].blockIndex && attributions[k - 1].via == channel
    }

    /// Whether statement `k` goes on from the one before it by the same source, in its paragraph or the next, with no
    /// other source's statement or paragraph between: only then may the interview of another outlet than the article's
    /// own have given it ("Brenn told the Courier … “…,” he said."; not a quote of his after a paragraph on the flood).
    func continuesRun(_ k: Int, of entity: Int, _ attributions: [Attribution], _ sources: [StatementSource]) -> Bool {
        k > 0 && sources[k - 1].entity == entity && attributions[k].blockIndex - (sources[k - 1].continuedTo ?? attributions[k - 1].blockIndex) <= 1
    }

    /// Whether `via` names the article's own outlet `ownOutlet` (lowercased, without "the"), in full or by its last words
    /// ("The Times" in The New York Times), whose interview gave all the words of its source the article quotes.
    static func isNamed(_ ownOutlet: String?, by via: String) -> Bool {
        guard let ownOutlet else { return false }
        let lowered = via.lowercased()
        let name = lowered.hasPrefix("the ") ? String(lowered.dropFirst(4)) : lowered
        return ownOutlet == name || ownOutlet.hasSuffix(" " + name)
    }

    /// Whether a channel via names something written ("in an email", "on Facebook"), not spoken ("in an interview").
    func isWrittenChannel(_ via: String) -> Bool {
        !via.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { lexicon.spokenChannelNouns.contains(String($0)) }
    }

    /// The person a Q&A interviews: the first person the text before its first answer named, who did not write it.
    func firstPersonInterviewed(_ book: EntityBook, byline: [String]) -> Int? {
        book.entities.indices.first { index in
            let entity = book[index]
            return entity.kind == .person && entity.name.map { name in !byline.contains { $0.caseInsensitiveCompare(name) == .orderedSame } } == true
        }
    }

    /// Whether a block is one quotation of a few words or more, and nothing else ("“Not now. A transit tomorrow looks
    /// reactive.”"); a shorter one is more often a heading in quotation marks ("‘A change warrior.’").
    func isQuoteOnly(_ block: TokenizedBlock) -> Bool {
        guard block.quotes.count == 1, let quote = block.quotes.first, quote.first == 0, block.tokens[quote.content].count(where: \.isWord) >= 4
        else { return false }
        return block.tokens[quote.last...].allSatisfy { $0.kind != .word && $0.kind != .number }
    }

    /// The finding (index in all findings) of a quote still open at the end of the block, which
    /// the next block may continue; the finding of an earlier open quote when this block continued it
    /// (the last statement before the block, which a quote continued up to `lastContinuedTo`).
    func openQuoteContinuation(_ base: Int, _ block: TokenizedBlock, _ found: [Finding], lastContinuedTo: Int?) -> Int? {
        guard let last = block.quotes.last, last.close == nil, last.content.upperBound == block.tokens.count else { return nil }
        if let k = found.lastIndex(where: { $0.kind == .direct && ($0.content == last.content || $0.resumed == last.content) }) { return base + k }
        // The block's only quote continued an earlier one that is still open.
        if block.quotes.count == 1, last.open == 0, base > 0, lastContinuedTo == block.index { return base - 1 }
        return nil
    }

    /// Gives sources their ids in order of first statement and carries an interview's outlet to the
    /// source's later statements (`ownOutlet`'s to all of them, another's only while they run on, see
    /// `continuesRun`), and a written channel to its later "wrote" ("In an email, Ortiz said …" then
    /// "“…,” Ortiz wrote."), in place in `attributions` (inout: a copy taken in would be copied again on write).
    func assemble(_ attributions: inout [Attribution], sources statementSources: [StatementSource], book: EntityBook, ownOutlet: String?)
        -> AttributionResult
    {
        var sources: [Source] = []
        sources.reserveCapacity(book.entities.count)
        // The index in `sources` of each entity that speaks, by entity.
        var sourceIndex = [Int?](filledWith: nil, count: book.entities.count)
        // By source: the outlet of its latest interview ("told the Harbor Times"), the article's own outlet as it named it
        // when it gave one, and the channel of its latest statement that named one ("in an email"), carried to its later statements.
        var carried: [(outlet: String?, own: String?, channel: String?)] = []
        for (k, statement) in statementSources.enumerated() {
            guard let entity = statement.entity else { continue }
            if sourceIndex[entity] == nil {
                sourceIndex[entity] = sources.count
                sources.append(Source(id: "s\(sources.count + 1)"))
                carried.append((nil, nil, nil))
            }
            let index = sourceIndex[entity]!
            attributions[k].sourceID = sources[index].id
            if let via = attributions[k].via, attributions[k].viaIsOutlet {
                carried[index].outlet = via
                if AttributionEngine.isNamed(ownOutlet, by: via) { carried[index].own = via }
            }
            if attributions[k].via == nil, !statement.writtenByThemselves, !statement.toldAddressee,
                let outlet = continuesRun(k, of: entity, attributions, statementSources) ? carried[index].outlet : carried[index].own
            {
                attributions[k].via = outlet
                attributions[k].viaIsOutlet = true
            }
            if let via = attributions[k].via, !attributions[k].viaIsOutlet {
                carried[index].channel = via
            } else if attributions[k].via == nil, let channel = carried[index].channel,
                statement.wrote || continuesStatement(before: k, of: entity, through: channel, attributions, statementSources),
                isWrittenChannel(channel)
            {
                attributions[k].via = channel
            }
            if let speakerSpan = attributions[k].speakerSpan { sources[index].mentions.append(speakerSpan) }
        }
        for (entity, index) in sourceIndex.enumerated() {
            guard let index else { continue }
            sources[index].describe(as: book[entity])
        }
        return AttributionResult(sources: sources, attributions: attributions)
    }
}

/// What the attribution engine found: sources (credentials and gender filled) and their statements.
public struct AttributionResult: Sendable {
    public var sources: [Source]
    public var attributions: [Attribution]

    public init(sources: [Source], attributions: [Attribution]) {
        self.sources = sources
        self.attributions = attributions
    }
}
