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
        // A headline left to be read after the body, which says whom its capitals and its label name.
        var headline: Int? = nil
        for index in article.blocks.indices where article.blocks[index].isProse || article.blocks[index].kind == .title {
            // The block's offset map alone, not a copy of the block, which would retain its text and links too.
            let offsets = article.blocks[index].offsets
            let tokenized = TokenizedBlock(index: index, text: article.blocks[index].text)
            let reader = BlockReader(block: tokenized, lexicon: lexicon, ownOutlet: ownOutlet, namedOutlets: book.namedOutlets)
            if article.blocks[index].kind == .title {
                // "Mayor Pell says the ferry will run all winter": a headline in sentence case reports claims, and
                // hands no speaker on to a quote paragraph. One in title case ("Mayor Says Port Will Close") names
                // nobody reliably, nor does a label before a colon ("Morning Brief: …"), until the body is read.
                guard !tokenized.isTitleCase, reader.labelColon(maxWords: 4) == nil else {
                    headline = index
                    continue
                }
                for claim in headlineClaims(reader.read(book: &book, previous: nil), of: tokenized) {
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
                    if interviewee == nil {
                        let headline = article.blocks.first { $0.kind == .title }?.text
                        interviewee = firstPersonInterviewed(book, byline: article.byline, headline: headline)
                    }
                    speaker = Speaker(entity: interviewee!, mention: nil, cue: nil, via: nil, rule: "A: answer of the person interviewed")
                    words = answer
                case .named(let named, let said):
                    speaker = named
                    words = said
                }
                book.latestSpeaker = speaker.entity
                // "A: … / I think we still have bases there.": the one answering is the one "I" of the next paragraph stands for.
                if let entity = speaker.entity { book.touch(entity) }
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
        if let headline {
            let tokenized = TokenizedBlock(index: headline, text: article.blocks[headline].text)
            let place = attributions.firstIndex { $0.blockIndex > headline } ?? attributions.count
            for claim in headlineClaimsOfPeopleNamed(tokenized, ownOutlet: ownOutlet, book: &book).reversed() {
                attributions.insert(Attribution(claim, in: tokenized, offsets: article.blocks[headline].offsets), at: place)
                sources.insert(StatementSource(claim, in: tokenized), at: place)
            }
        }
        return assemble(&attributions, sources: sources, book: book, ownOutlet: ownOutlet)
    }

    /// The claims of a headline: never quotes (its quotation marks are scare quotes, so a claim that carries some
    /// stays indirect), and only those with a word outside quotation marks.
    func headlineClaims(_ findings: [Finding], of headline: TokenizedBlock) -> [Finding] {
        findings.compactMap { finding in
            guard finding.kind != .direct, finding.content.contains(where: { headline.quoteOf[$0] < 0 && headline.tokens[$0].isWord })
            else { return nil }
            var claim = finding
            claim.kind = .indirect
            return claim
        }
    }

    /// The claims of a headline read after the body: under the name and colon of a person the body names ("Vale: Port
    /// Will Close"), else those of a headline in sentence case after its label, else those by a cue in a headline in
    /// title case ("Vale Says Port Will Close") of people the body names, read as if in sentence case.
    func headlineClaimsOfPeopleNamed(_ headline: TokenizedBlock, ownOutlet: String?, book: inout EntityBook) -> [Finding] {
        let reader = BlockReader(block: headline, lexicon: lexicon, ownOutlet: ownOutlet)
        if let (speaker, words) = reader.labelledHeadline(book: &book) { return [reader.finding(.indirect, words, speaker)] }
        guard headline.isTitleCase else { return headlineClaims(reader.read(book: &book, previous: nil), of: headline) }
        let lowered = sentenceCased(headline, book: book)
        guard lowered.tokens.count == headline.tokens.count else { return [] }
        // Read on a copy of the book: only a person the body named speaks, and the headline registers no one.
        var trial = book
        let known = book.entities.count
        let found = BlockReader(block: lowered, lexicon: lexicon, ownOutlet: ownOutlet).read(book: &trial, previous: nil)
        return headlineClaims(found, of: headline).filter { claim in claim.entity.map { $0 < known && book[$0].kind == .person } == true }
    }

    /// A headline in title case lowered to sentence case, keeping the capital of its first word, of an acronym and of
    /// a person the body named ("Vale Says Port Will Close" → "Vale says port will close"): a capitalized cue is
    /// otherwise part of a name. Every token keeps its place, so the findings hold for the headline as written.
    func sentenceCased(_ headline: TokenizedBlock, book: EntityBook) -> TokenizedBlock {
        var utf8 = headline.utf8
        for k in headline.tokens.indices.dropFirst() {
            let token = headline.tokens[k]
            let first = Int(token.utf8Start)
            guard token.isWord, token.isCapitalized, first + 1 < Int(token.utf8End), (65...90).contains(utf8[first]),
                (97...122).contains(utf8[first + 1]), !book.knowsPerson(k..<(k + 1), in: headline)
            else { continue }
            utf8[first] += 32
        }
        return TokenizedBlock(index: headline.index, text: String(decoding: utf8, as: UTF8.self))
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

    /// Whether a channel via names an interview, which an outlet may have held ("in an emotional interview", "by phone"),
    /// by a word of it in the lowercase a channel's noun takes (searched as is, without splitting the via into words).
    func namesInterview(_ via: String) -> Bool {
        AttributionEngine.interviewWords.contains { via.contains($0) }
    }

    /// Words of a channel that an interview went through ("phone" in "telephone" too, "interview" in "interviews").
    static let interviewWords = ["interview", "phone"]

    /// Whether a channel via names something written ("in an email", "on Facebook"), not spoken ("in an interview").
    func isWrittenChannel(_ via: String) -> Bool {
        !via.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { lexicon.spokenChannelNouns.contains(String($0)) }
    }

    /// The person a Q&A interviews: of the people the text before its first answer named, who did not write it, the
    /// first the headline names by full name or surname ("Q&A with Ana Berg", "Berg on Glass"), else the first.
    func firstPersonInterviewed(_ book: EntityBook, byline: [String], headline: String?) -> Int? {
        let people = book.entities.indices.lazy.filter { index in
            let entity = book[index]
            return entity.kind == .person && entity.name.map { name in !byline.contains { $0.caseInsensitiveCompare(name) == .orderedSame } } == true
        }
        if let headline {
            let headlineWords = Set(headline.split(whereSeparator: { !$0.isLetter && $0 != "-" }))
            if let named = people.first(where: { book[$0].name?.split(separator: " ").last.map(headlineWords.contains) == true }) { return named }
        }
        return people.first
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
        var carried: [CarriedVia] = []
        carried.reserveCapacity(book.entities.count)
        for (k, statement) in statementSources.enumerated() {
            guard let entity = statement.entity else { continue }
            // A joint source's statement is each member's, the first named its `sourceID` (whose via carries on).
            let members = book[entity].kind == .joint ? book[entity].members : []
            let index = AttributionEngine.source(of: members.first ?? entity, &sourceIndex, &sources, &carried)
            attributions[k].sourceID = sources[index].id
            if !members.isEmpty {
                attributions[k].jointSourceIDs = members.dropFirst().map { member in
                    let index = AttributionEngine.source(of: member, &sourceIndex, &sources, &carried)
                    return sources[index].id
                }
            }
            // ("Vale told the Courier …" then "Vale said at a news conference …": the interview gave no words past the conference;
            // "in the same interview", "by phone" go on with it.)
            if carried[index].outlet != nil, let via = attributions[k].via, !attributions[k].viaIsOutlet, !namesInterview(via) { carried[index].outlet = nil }
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
            if attributions[k].via == nil, statement.tweeted { attributions[k].via = StatementSource.twitter }
            if let via = attributions[k].via, !attributions[k].viaIsOutlet {
                carried[index].channel = via
            } else if attributions[k].via == nil, let channel = carried[index].channel,
                statement.wrote || continuesStatement(before: k, of: entity, through: channel, attributions, statementSources),
                isWrittenChannel(channel)
            {
                attributions[k].via = channel
            }
            if let speakerSpan = attributions[k].speakerSpan {
                sources[index].mentions.append(speakerSpan)
                for member in members.dropFirst() {
                    let index = AttributionEngine.source(of: member, &sourceIndex, &sources, &carried)
                    sources[index].mentions.append(speakerSpan)
                }
            }
        }
        for (entity, index) in sourceIndex.enumerated() {
            guard let index else { continue }
            sources[index].describe(as: book[entity])
        }
        return AttributionResult(sources: sources, attributions: attributions)
    }

    /// By source: the outlet of its latest interview, the article's own outlet as it named it, and the channel of its
    /// latest statement that named one.
    typealias CarriedVia = (outlet: String?, own: String?, channel: String?)

    /// The index in `sources` of an entity that speaks, numbered at its first statement. (Its arrays are arguments: a
    /// nested function capturing them kept them in boxes, checked for exclusive access at every use.)
    private static func source(of entity: Int, _ sourceIndex: inout [Int?], _ sources: inout [Source], _ carried: inout [CarriedVia]) -> Int {
        if let index = sourceIndex[entity] { return index }
        sourceIndex[entity] = sources.count
        sources.append(Source(id: "s\(sources.count + 1)"))
        carried.append((nil, nil, nil))
        return sources.count - 1
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
