/// Reads one prose block: registers the people it names and their credentials, then finds its
/// quotes and claims and who said them. Each rule is a small function named after its pattern.
///
/// A class: the rules hand `self` to the closures they search tokens with, and a struct of this
/// many references was copied (each retained and released) at every such search.
final class BlockReader {
    let block: TokenizedBlock
    let lexicon: Lexicon
    let mentions: MentionParser
    let vias: ViaFinder
    /// The block's tokens, held here so that reading one does not go through the block first.
    let tokens: [Token]
    /// The block's `quoteOf`, held here for the same reason: the rules ask it of nearly every token.
    let quoteOf: [Int32]

    /// `namedOutlets`: the outlets the paragraphs before described as such (`EntityBook.namedOutlets`).
    init(block: TokenizedBlock, lexicon: Lexicon, ownOutlet: String?, namedOutlets: Set<String> = []) {
        self.block = block
        self.lexicon = lexicon
        tokens = block.tokens
        quoteOf = block.quoteOf
        mentions = MentionParser(block: block, lexicon: lexicon)
        vias = ViaFinder(block: block, lexicon: lexicon, ownOutlet: ownOutlet, namedOutlets: namedOutlets)
    }

    enum QuoteRole { case direct, partial, title }

    /// How far (in tokens) a rule looks from a quote or cue for its speaker; keeps every search
    /// bounded, so cost grows linearly even in a sentence without end.
    static let window = 60

    // MARK: The block

    /// Finds every statement of the block. `previous` is the last speaker of the block before,
    /// which a paragraph made only of a quote continues.
    func read(book: inout EntityBook, previous: Speaker?) -> [Finding] {
        var findings: [Finding] = []
        var directs: [(quote: Int, finding: Int)] = []
        var nextQuote = 0
        // The role of each quote, by quote index, set sentence by sentence.
        var roles = [QuoteRole](filledWith: .partial, count: block.quotes.count)
        // The person (or unnamed group) the sentence before was about, when it reported nothing.
        var aboutPerson: Speaker? = nil
        // Per-sentence lists, emptied for each sentence rather than allocated anew.
        var clauses: [Range<Int>] = []
        var absorbed: [Range<Int>] = []
        // A body leading a sentence stands for "its" and spokespeople only within its paragraph.
        book.beginParagraph()
        for sentence in block.sentences {
            let sentenceFindings = findings.count
            book.beginSentence()
            registerNames(in: sentence, book: &book)
            let subject = readSubject(of: sentence, book: &book)
            defer {
                aboutPerson = findings.count == sentenceFindings ? subject : nil
                // Who asked a question is not who answers it: "he said" after "a voter asked" is the one asked.
                if findings.count > sentenceFindings {
                    let last = findings[findings.count - 1]
                    book.latestSpeaker = last.cue.map { mentions.opensQuestion($0.lowerBound) } == true ? nil : last.entity
                }
            }
            // Quotes never straddle sentences, so one pointer walks them in step.
            let firstQuote = nextQuote
            while nextQuote < block.quotes.count, block.quotes[nextQuote].first < sentence.upperBound { nextQuote += 1 }
            let quoteIndices = firstQuote..<nextQuote
            for q in quoteIndices { roles[q] = role(of: q, in: sentence) }
            let hasDirect = quoteIndices.contains { roles[$0] == .direct }
            absorbed.removeAll(keepingCapacity: true)
            if !hasDirect {
                coordinatedClauses(of: sentence, into: &clauses)
                for clause in clauses {
                    guard var claim = indirectClaim(in: clause, book: &book) else { continue }
                    let whole = claim.extent
                    absorbed.append(whole)
                    // "announced a recall and said …": the second verb reports a claim of its own, by the same subject.
                    var second = coordinatedCue(after: whole, in: clause).flatMap { claimAfterCue(clause, cuesFrom: $0, book: &book) }
                    if second != nil, claim.entity != nil {
                        second?.entity = claim.entity
                        second?.speaker = claim.speaker
                    }
                    // "defended the contract, telling lawmakers that the deal had saved money": so does a participle after a comma.
                    if second == nil, let cue = claim.cue, let c = participleCue(in: whole, after: cue),
                        let reported = claimAfterCue(clause, cuesFrom: c, book: &book) ?? participleClaim(at: c, endingAt: whole.upperBound, after: claim)
                    {
                        claim.content = trimmed(whole.lowerBound..<(c - 1))
                        claim.resumed = nil
                        second = reported
                    }
                    // "…, a move analysts said was aimed at …": a report inside the claim or after its cue clause,
                    // with its own source, which ends the outer claim at the comma before it.
                    let inner = embeddedReport(in: whole.lowerBound..<clause.upperBound, book: &book)
                    if let speaker = inner?.speaker,
                        let comma = (whole.lowerBound..<speaker.lowerBound).last(where: { tokens[$0].word == .comma }), comma - whole.lowerBound >= 3,
                        comma < whole.upperBound
                    {
                        claim.content = trimmed(whole.lowerBound..<comma)
                        claim.resumed = nil
                    }
                    // "…, speaking on condition of anonymity": why the source goes unnamed describes the source, not the claim.
                    if let comma = anonymityClause(in: claim.content) { claim.content = trimmed(claim.content.lowerBound..<comma) }
                    findings.append(claim)
                    if let second {
                        absorbed.append(second.content)
                        findings.append(second)
                    }
                    if let inner { findings.append(inner) }
                }
            } else if let claim = claimBeforeClosingQuote(quoteIndices, roles: roles, in: sentence, book: &book) {
                if claim.resumed != nil { absorbed.append(claim.extent) }
                findings.append(claim)
            }
            let added = hasDirect ? addedClaim(after: quoteIndices, in: sentence) : nil
            if let added { absorbed.append(added.content) }
            let spokenBefore = findings.count
            var resumedQuote: Int? = nil
            for q in quoteIndices where q != resumedQuote {
                let quote = block.quotes[q]
                if absorbed.contains(where: { $0.contains(quote.first) }) { continue }
                switch roles[q] {
                case .title:
                    continue
                case .direct:
                    var speaker = directSpeaker(of: q, in: sentence, book: &book)
                    // `Pell touted her record. “We brought the boats back.”`: a quote opening the sentence after one about a person
                    // (about an unnamed one only when nobody spoke before: "A senior diplomat sat beside him." is no speaker's cue).
                    if speaker == nil, quote.first == sentence.lowerBound, mayBorrowSpeaker(quote),
                        aboutPerson?.rule != BlockReader.aboutUnnamedSource || (findings.isEmpty && previous == nil)
                    {
                        speaker = aboutPerson
                    }
                    directs.append((q, findings.count))
                    var found = finding(.direct, quote.content, speaker)
                    if let clause = runOnClause(of: quote, in: sentence) ?? claimAround(quote, speaker: speaker, in: sentence) {
                        found.kind = .partial
                        found.content = clause
                    }
                    if let next = resumption(of: q, cue: speaker?.cue, in: sentence) {
                        found.resumed = block.quotes[next].content
                        resumedQuote = next
                    }
                    findings.append(found)
                case .partial:
                    if let speaker = partialSpeaker(of: q, in: sentence, book: &book) {
                        findings.append(finding(.partial, quote.content, speaker))
                    }
                }
            }
            if let added, let speaker = findings[spokenBefore...].last(where: { $0.kind == .direct && $0.cue != nil }) {
                var claim = speaker
                claim.kind = .indirect
                claim.content = added.content
                claim.cue = added.cue
                claim.resumed = nil
                if let who = added.who {
                    claim.speaker = who
                    claim.rule = "quote, CUE NAME, who CUE CLAIM"
                } else {
                    claim.rule = "quote, NAME CUE, adding that CLAIM"
                }
                findings.append(claim)
            }
            markQuotedClaims(&findings[sentenceFindings...], quotes: quoteIndices, roles: roles)
            // "The protesters chained themselves to a gate. They said …": the group the sentence before was about, rather
            // than a person who spoke before it ("The authors acknowledged the limitation. “…,” they wrote.").
            if let group = aboutPerson?.entity, book[group].kind == .unnamed {
                for i in findings.indices[sentenceFindings...]
                where findings[i].entity.map({ book[$0].kind == .person }) ?? true && isThey(findings[i].speaker) {
                    findings[i].entity = group
                }
            }
            // "In an interview with Bloomberg Television, Morren defended the plan. “…,” he said.": the interview goes on.
            if let about = aboutPerson, let via = about.via {
                for i in findings.indices[sentenceFindings...] where findings[i].entity == about.entity && findings[i].via == nil { findings[i].via = via }
            }
        }
        fillSpeakers(&findings, directs: directs, previous: previous)
        return findings
    }

    /// A block ending in `NAME CUE:` ("Vale continued:", "the mayor said in a statement:") hands its
    /// speaker to the quote paragraph that follows.
    func announcedSpeaker(book: inout EntityBook) -> Speaker? {
        guard let sentence = block.sentences.last, sentence.count >= 2, tokens[sentence.upperBound - 1].word == .colon,
            quoteOf[sentence.upperBound - 1] < 0
        else { return nil }
        let verbs = WordTraits.reportingVerb
        var c = sentence.upperBound - 2
        while c >= sentence.lowerBound, c > sentence.upperBound - 16, !isCue(c, verbs) { c -= 1 }
        guard c >= sentence.lowerBound, isCue(c, verbs) else {
            guard let mentionRange = subject(of: sentence), let mention = mentions.parse(mentionRange) else { return nil }
            // "President Vale released the following statement:"
            if (sentence.upperBound - 4..<sentence.upperBound).contains(where: { $0 >= sentence.lowerBound && tokens[$0].has(.documentNoun) }) {
                return Speaker(entity: book.resolve(mention, in: block), mention: mentionRange, cue: nil, via: nil, rule: "NAME released a statement:")
            }
            // "Ellery was blunt about where things were heading:": a person the sentence is about, without a cue
            // (a label such as "The Latest:" says nothing about anyone).
            guard sentence.upperBound - 1 - mentionRange.upperBound >= 2 else { return nil }
            guard isPerson(mention, book: book) else { return nil }
            return Speaker(entity: book.resolve(mention, in: block), mention: mentionRange, cue: nil, via: nil, rule: "SUBJECT …: before a quote paragraph")
        }
        let lower = lowerBound(before: c, in: sentence)
        guard let mentionRange = mentions.mention(before: c, lowerBound: lower) ?? subject(of: sentence),
            let mention = mentions.parse(mentionRange)
        else { return nil }
        let entity = book.resolve(mention, in: block)
        let via = viaAround(cue: c, region: c..<sentence.upperBound, mention: mentionRange)
        return Speaker(entity: entity, mention: mentionRange, cue: c..<(c + cueLength(c)), via: via, rule: "NAME CUE: before a quote paragraph")
    }

    /// "Daniel Petrakis, a former Pentagon official, was blunt about the options.": the person the block's last
    /// sentence is about, handed to a quote paragraph after a block that reported nothing.
    func subjectHandedOn(book: inout EntityBook) -> Speaker? {
        guard let sentence = block.sentences.last, !sentence.contains(where: { quoteOf[$0] >= 0 }),
            let about = readSubject(of: sentence, book: &book), let entity = about.entity, book[entity].kind == .person
        else { return nil }
        return about
    }

    /// The noun phrase that opens a sentence, for cues whose subject stands far away
    /// ("…, and added: “…”", "…, saying, “…”").
    func subject(of sentence: Range<Int>) -> Range<Int>? {
        if let phrase = initialPhrase(sentence.lowerBound, sentence), mentions.parse(phrase) != nil { return phrase }
        guard let phrase = phraseAfterOpeningAdverbial(of: sentence), mentions.parse(phrase) != nil else { return nil }
        return phrase
    }

    /// "Days later, Vale …", "In what he called a “final offer,” Mayor Vale …": the phrase after an
    /// opening adverbial, which ends at a comma of the writer's within the first words.
    func phraseAfterOpeningAdverbial(of sentence: Range<Int>) -> Range<Int>? {
        guard var comma = sentence.prefix(12).first(where: { tokens[$0].word == .comma && endsClause($0) }) else { return nil }
        // "Speaking in Salem, New Hampshire, Trump …", "On July 6, 2015, Vale …": a state or year set off by
        // commas belongs to the adverbial.
        if let next = placeOrYearApposition(after: comma, in: sentence) { comma = next }
        return mentions.mention(after: closesQuote(comma) ? comma + 1 : comma, upperBound: sentence.upperBound)
    }

    /// The comma closing the state after a place ("in Salem, New Hampshire,") or the year after a date
    /// ("July 6, 2015,") that follow `comma`, when a phrase follows; nil otherwise.
    func placeOrYearApposition(after comma: Int, in sentence: Range<Int>) -> Int? {
        guard comma > sentence.lowerBound else { return nil }
        var place = comma - 1
        while place > sentence.lowerBound, tokens[place].isCapitalized, !tokens[place].has(.functionWord) { place -= 1 }
        let afterPlace = place < comma - 1 && tokens[place].has(.placePreposition)
        let afterDate = tokens[comma - 1].kind == .number
        guard afterPlace || afterDate else { return nil }
        var k = comma + 1
        while k < min(sentence.upperBound, comma + 5), tokens[k].word != .comma {
            let t = tokens[k]
            let bare = afterDate ? t.kind == .number : t.word == .period || (t.isCapitalized && !t.has([.functionWord, .titleWord, .honorific]))
            guard bare else { return nil }
            k += 1
        }
        guard k > comma + 1, k + 1 < sentence.upperBound, tokens[k].word == .comma else { return nil }
        return k
    }

    func initialPhrase(_ from: Int, _ sentence: Range<Int>) -> Range<Int>? {
        var start = from
        while start < sentence.upperBound, tokens[start].kind == .punctuation || quoteOf[start] >= 0 { start += 1 }
        // "But Marcus Ellery, a retired admiral, was skeptical.": a conjunction opening the sentence is no part of its subject.
        if start + 1 < sentence.upperBound, tokens[start].has(.clauseConjunction), tokens[start + 1].isCapitalized { start += 1 }
        // "Asked about the incident, Marles told …": the question opening the sentence is no name.
        if start < sentence.upperBound, mentions.opensQuestion(start) { return nil }
        var end = start
        // "About 60 protesters blocked …", "60 protesters …": a count (after "About", "Nearly") opens the phrase.
        if start + 1 < sentence.upperBound, tokens[start].isWord, tokens[start + 1].kind == .number, !mentions.isPhraseToken(start, forward: true) {
            start += 1
        }
        if start + 1 < sentence.upperBound, tokens[start].kind == .number, mentions.isPhraseToken(start + 1, forward: true) { end = start + 1 }
        while end < sentence.upperBound, quoteOf[end] < 0, mentions.isPhraseToken(end, forward: true) || isModifierOfUnnamedHead(end, from: start) {
            end += 1
        }
        guard end > start else { return nil }
        end = appositiveEnd(after: end, in: sentence)
        return start..<end
    }

    /// Whether token `k`, after the determiner opening the sentence at `start`, belongs to an unnamed source whose
    /// plain words would cut the phrase short: a plain word before its head ("rebel" of "A rebel spokesman rejected
    /// the charge", "port" of "The Calder port authority disputed the count"), a body's word heading it ("The
    /// ministry disputed the figure"), or a document's ("A report released Tuesday found …", "A court filing published Friday said").
    func isModifierOfUnnamedHead(_ k: Int, from start: Int) -> Bool {
        guard k > start, tokens[start].has(.determiner),
            (start + 1..<k).allSatisfy({ mentions.isPlainNoun($0) || mentions.isPhraseToken($0, forward: true) })
        else { return false }
        if endsPhraseAsBody(k) || (tokens[k].has(.documentNoun) && !tokens[k].isCapitalized) { return true }
        return k + 1 < tokens.count && mentions.isPlainNoun(k) && (tokens[k + 1].has([.anonymousHead, .documentNoun]) || endsPhraseAsBody(k + 1))
    }

    /// Whether token `k` is a body's word in lowercase with no plain word after it ("ministry" of "The ministry
    /// disputed", not of "the ministry building").
    func endsPhraseAsBody(_ k: Int) -> Bool {
        tokens[k].has(.organizationHead) && !tokens[k].isCapitalized && (k + 1 >= tokens.count || !mentions.isPlainNoun(k + 1))
    }

    func finding(_ kind: Attribution.Kind, _ content: Range<Int>, _ speaker: Speaker?) -> Finding {
        Finding(
            kind: kind, content: content, entity: speaker?.entity, speaker: speaker?.mention,
            inheritedSpeakerSpan: speaker?.inheritedSpan, cue: speaker?.cue, via: speaker?.via, blockIndex: block.index,
            rule: speaker?.rule ?? "none")
    }

    /// A direct quote with no speaker of its own takes the speaker of the statement before it in the
    /// block ("A," X said. "B."), else of the quote after it, else — when the block opens with it —
    /// the last speaker of the block before.
    func fillSpeakers(_ findings: inout [Finding], directs: [(quote: Int, finding: Int)], previous: Speaker?) {
        func isSpoken(_ finding: Finding) -> Bool { finding.speaker != nil || finding.inheritedSpeakerSpan != nil }
        // For each quote, the next one with a speaker of its own, found in one pass from the right.
        var nextSpoken = [Int?](filledWith: nil, count: directs.count)
        var spoken: Int? = nil
        for n in directs.indices.reversed() {
            nextSpoken[n] = spoken
            if findings[directs[n].finding].speaker != nil { spoken = directs[n].finding }
        }
        var scanned = 0
        var lastDonor: Int? = nil
        for (n, item) in directs.enumerated() {
            while scanned < item.finding {
                if isSpoken(findings[scanned]) { lastDonor = scanned }
                scanned += 1
            }
            guard !isSpoken(findings[item.finding]), mayBorrowSpeaker(block.quotes[item.quote]) else { continue }
            if let donor = (lastDonor ?? nextSpoken[n]).map({ findings[$0] }) {
                findings[item.finding].entity = donor.entity
                findings[item.finding].speaker = donor.speaker
                findings[item.finding].inheritedSpeakerSpan = donor.inheritedSpeakerSpan
                findings[item.finding].via = donor.via
                findings[item.finding].rule = "same speaker as the statement beside it"
            } else if let previous, block.quotes[item.quote].first == 0 {
                findings[item.finding].entity = previous.entity
                findings[item.finding].inheritedSpeakerSpan = previous.inheritedSpan
                findings[item.finding].via = previous.via
                findings[item.finding].rule = "quote paragraph continues the previous speaker"
            }
        }
    }

    /// Whether a quote without a speaker may take a neighbour's: not when a new subject or a cue
    /// follows it in its sentence (`“…?” Hale pressed`, `“…,” the memo read`, `“…,” wrote …`): a cue we could not read.
    func mayBorrowSpeaker(_ quote: QuoteSpan) -> Bool {
        // `“We will try again.” The clerk nodded.`: a full stop inside the marks ends the sentence.
        if let last = quote.content.last, tokens[last].word == .period { return true }
        var k = quote.last
        while k < tokens.count, !tokens[k].isSentenceFinal {
            let t = tokens[k]
            if t.isWord {
                return quoteOf[k] >= 0
                    || !(t.isCapitalized || t.has(.pronoun) || t.has(.determiner) || t.has(.speechVerb))
            }
            k += 1
        }
        return true
    }

    // MARK: Quotes

    /// Direct when the quote opens its clause (sentence start, after ":" or "," or a cue);
    /// a title or name when it is a short run of capitalized words; partial otherwise.
    func role(of q: Int, in sentence: Range<Int>) -> QuoteRole {
        let quote = block.quotes[q]
        let content = quote.content
        // Captures the token array alone: a lazy filter keeps its closure, which capturing `self` would copy the reader into.
        let words = content.lazy.filter { [tokens] in tokens[$0].isWord }
        let endsWithPunctuation = content.upperBound - 1 >= content.lowerBound
            && tokens[content.upperBound - 1].isSentenceFinal
        let first = quote.first
        // `Jacobs called the harbor master “The Pride of the Coast”`: a naming verb with its object labels, and speaks
        // (a noun after an article, as in "during a call to ABC’s “This Week”", does not).
        let labelledObject = first - 1 > sentence.lowerBound
            && (max(sentence.lowerBound, first - 5)..<(first - 1)).contains {
                tokens[$0].has(.namingVerb) && isCue($0, .reportingVerb) && ($0 == sentence.lowerBound || !tokens[$0 - 1].has(.determiner))
            }
        // `In her book “Tides,” Quill argues`: a title-case quote right after a work's noun is its title, cue or not.
        if words.count <= 7, !endsWithPunctuation, !labelledObject,
            words.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].has(.functionWord) }),
            words.contains(where: { tokens[$0].isCapitalized }),
            !cueFollows(quote) || (first > sentence.lowerBound && tokens[first - 1].isWord && lexicon.workNouns.contains(block.lower(first - 1)))
        {
            return .title
        }
        if isTitleOfWorkBeforeAuthor(quote) { return .title }
        if first == sentence.lowerBound || quote.open == nil { return .direct }
        let prev = tokens[first - 1]
        // `on “Meet the Nation,” Vale said`: a run of title-case words inside a clause names a
        // show or book even with a comma inside the marks and a cue after it.
        if prev.isWord, !prev.has(.sayVerb), !labelledObject, words.count >= 2, words.count <= 7,
            words.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].has(.functionWord) }),
            words.count(where: { tokens[$0].isCapitalized }) >= 2,
            !content.contains(where: { tokens[$0].isSentenceFinal && $0 + 1 < content.upperBound })
        {
            return .title
        }
        // `Olafsen said it would, “for now.”`: a fragment in lowercase after a comma, with no quote before
        // it in the sentence to resume, is a partial quote.
        // ("Ortiz said the truce, while welcome, “does not buy certainty for exporters.”": longer too, unless a cue
        // stands in the clause before the comma: "he said, “we will …”", "The reef’s status, Falk wrote, “has …”".)
        if prev.word == .comma, let word = words.first, !tokens[word].isCapitalized,
            words.count <= 4 || !clauseBeforeCommaHasCue(first - 1, in: sentence),
            !(sentence.lowerBound..<first).contains(where: { quoteOf[$0] >= 0 })
        {
            return .partial
        }
        if prev.word == .colon || prev.word == .comma || prev.isSentenceFinal { return .direct }
        // `…, but “Brackwater has …,” said Pratt`: a capitalized quote after a conjunction opens a clause.
        if prev.has(.clauseConjunction), let word = words.first, tokens[word].isCapitalized { return .direct }
        if prev.has(.sayVerb), quoteOf[first - 1] < 0, !isInReportedClause(first - 1, in: sentence) { return .direct }
        return .partial
    }

    /// `What we're reading: “Why pacts fail,” by Omar Deane`, `“Ferries return,” by the Harbor Times’s Ada Moss`: a
    /// capitalized quote closed by a comma, then "by" and a name, is the title of a work before its author (a passive's
    /// agent, "called “reckless” by Vale", follows no comma; "the “ugliness of utterances,” by Vale" no capital).
    func isTitleOfWorkBeforeAuthor(_ quote: QuoteSpan) -> Bool {
        let content = quote.content
        guard quote.close != nil, content.count >= 2, let word = content.first(where: { tokens[$0].isWord }), tokens[word].isCapitalized,
            tokens[content.upperBound - 1].word == .comma,
            quote.last + 2 < tokens.count, tokens[quote.last].word == .by
        else { return false }
        let author = tokens[quote.last + 1].word == .the ? quote.last + 2 : quote.last + 1
        return tokens[author].isCapitalized
    }

    /// Whether the cue at `k` stands in the clause an earlier cue of the sentence reports ("Salm told lawmakers that the
    /// army had responded “calmly”"): a quote after it is a phrase of that cue's speaker, not words of its own. A cue
    /// with a subject of its own after "that" only: not one of a relative clause ("a voice that said", "which he called")
    /// nor one the sentence's subject goes on with ("said that …, but said").
    func isInReportedClause(_ k: Int, in sentence: Range<Int>) -> Bool {
        guard let that = (sentence.lowerBound..<k).last(where: { tokens[$0].word == .that && quoteOf[$0] < 0 }), k - that >= 3,
            !((that + 1)..<k).contains(where: { tokens[$0].has([.relativePronoun, .clauseConjunction]) })
        else { return false }
        return (max(sentence.lowerBound, that - 6)..<that).contains { isCue($0, .speechVerb) }
    }

    /// Whether the words between the comma at `comma` and the comma (or sentence start) before it hold a cue.
    func clauseBeforeCommaHasCue(_ comma: Int, in sentence: Range<Int>) -> Bool {
        let start = (sentence.lowerBound..<comma).last(where: { tokens[$0].word == .comma }).map { $0 + 1 } ?? sentence.lowerBound
        return (start..<comma).contains { isCue($0, .reportingVerb) }
    }

    /// A reported claim that carries a phrase of the speaker's own words in quotation marks ("Vale said
    /// the plan was “dead on arrival for the farmers”") is a partial quote: indirect speech has no marks.
    /// A quoted term of a word or three inside a claim ("a “classic” tactic") leaves it indirect. A claim
    /// that is the quote alone ("accused them of “stalling …”") keeps its words without the marks.
    func markQuotedClaims(_ findings: inout ArraySlice<Finding>, quotes: Range<Int>, roles: [QuoteRole]) {
        for i in findings.indices where findings[i].kind == .indirect {
            let content = findings[i].extent
            guard let q = quotes.first(where: { q in
                let quoted = block.quotes[q].content
                return roles[q] == .partial && content.contains(quoted.lowerBound)
                    && quoted.count(where: { tokens[$0].isWord }) >= Self.quotedPhraseWords
            })
            else { continue }
            findings[i].kind = .partial
            let quote = block.quotes[q]
            if findings[i].resumed == nil, content == quote.first..<quote.last { findings[i].content = quote.content }
        }
    }

    /// Fewest quoted words that make a phrase of the speaker's rather than a borrowed term.
    static let quotedPhraseWords = 4

    /// `She said the turmoil was not the ferries' fault, “not by a long shot.”`: a reported claim before
    /// a direct quote that closes the sentence after a comma is a statement of its own.
    func claimBeforeClosingQuote(_ quoteIndices: Range<Int>, roles: [QuoteRole], in sentence: Range<Int>, book: inout EntityBook) -> Finding? {
        guard let first = quoteIndices.first(where: { roles[$0] == .direct }), let open = block.quotes[first].open,
            open - 1 > sentence.lowerBound, tokens[open - 1].word == .comma,
            (block.quotes[first].last..<sentence.upperBound).allSatisfy({ tokens[$0].kind == .punctuation })
        else { return nil }
        let opening = trimmed(sentence.lowerBound..<(open - 1))
        return claimAroundCue(opening, resumedBy: block.quotes[first].content, book: &book) ?? claimAfterCue(opening, book: &book)
    }

    /// `The reef’s status, he wrote in the Ledger, “has never been settled.”`: a cue clause set off
    /// inside the sentence, whose quote goes on in lowercase with the words before it (“Probably.”
    /// after "Asked whether …, he said," starts afresh).
    func claimAroundCue(_ opening: Range<Int>, resumedBy quote: Range<Int>, book: inout EntityBook) -> Finding? {
        guard let firstWord = quote.first(where: { tokens[$0].isWord }), !tokens[firstWord].isCapitalized,
            let comma = opening.last(where: { tokens[$0].word == .comma }),
            comma - opening.lowerBound >= 2, !tokens[opening.lowerBound].has(.adjunctStarter),
            !(opening.lowerBound..<comma).contains(where: { quoteOf[$0] >= 0 || isCue($0, .reportingVerb) }),
            let speaker = cueClause((comma + 1)..<opening.upperBound, body: opening),
            speaker.range.upperBound <= speaker.cue.lowerBound
        else { return nil }
        var claim = Finding(
            kind: .partial, content: trimmed(opening.lowerBound..<comma), entity: book.resolve(speaker.mention, in: block), speaker: speaker.range,
            cue: speaker.cue,
            via: viaAround(cue: speaker.cue.lowerBound, region: speaker.cue.lowerBound..<opening.upperBound, mention: speaker.range),
            blockIndex: block.index, rule: "claim, NAME CUE, quote")
        claim.resumed = quote
        return claim
    }

    /// `“…,” Vale said, adding that the port “will reopen.”`, `“…,” said Vale, who said the port would reopen`: a
    /// participle cue, or one in a relative clause on the speaker, after the first direct quote of the sentence reports a
    /// further claim by the same speaker, whose mention is then the "who" the cue attaches to.
    func addedClaim(after quoteIndices: Range<Int>, in sentence: Range<Int>) -> (content: Range<Int>, cue: Range<Int>, who: Range<Int>?)? {
        guard let first = quoteIndices.first(where: { block.quotes[$0].close != nil }) else { return nil }
        let from = block.quotes[first].last
        guard from < sentence.upperBound,
            let c = (from..<min(sentence.upperBound, from + 24)).first(where: {
                tokens[$0].has(.endsInIng) && tokens[$0 - 1].word == .comma && isCue($0, .clauseVerb)
                    // ("…, who endorsed Rubio on Tuesday": a relative clause reports only by a verb of speech or belief.)
                    || tokens[$0 - 1].word == .who && tokens[$0 - 2].word == .comma && isCue($0, .reportingVerb)
            })
        else { return nil }
        let relative = tokens[c - 1].word == .who
        var k = c + cueLength(c)
        guard k < sentence.upperBound else { return nil }
        // ("…, who said he left on good terms": the claim of a relative clause may go without "that".)
        if tokens[k].word == .that {
            k += 1
        } else if !relative || !(tokens[k].isCapitalized || tokens[k].has([.pronoun, .determiner, .possessiveDeterminer])) {
            return nil
        }
        let content = trimmed(k..<sentence.upperBound)
        guard content.count(where: { tokens[$0].isWord }) >= 3 else { return nil }
        return (content, c..<(c + cueLength(c)), relative ? (c - 1)..<c : nil)
    }

    /// `Vale said “it hurts” every time she drives past`: a quote right after a say verb that the
    /// sentence carries on past in lowercase words is part of a reported clause, which runs to the sentence end.
    func runOnClause(of quote: QuoteSpan, in sentence: Range<Int>) -> Range<Int>? {
        guard let close = quote.close, quote.first > sentence.lowerBound, tokens[quote.first - 1].has(.sayVerb),
            tokens[close - 1].isWord, close + 1 < sentence.upperBound, tokens[close + 1].isWord, !tokens[close + 1].isCapitalized,
            !isCue(close + 1, .speechVerb), quoteOf[close + 1] < 0
        else { return nil }
        var end = sentence.upperBound
        while end > close + 1, tokens[end - 1].kind != .word, tokens[end - 1].kind != .number { end -= 1 }
        guard end - quote.content.lowerBound <= 3 * BlockReader.window else { return nil }
        return quote.content.lowerBound..<end
    }

    /// `“We mended every net” the crew owned before the storm, Ruiz said.`, `The dredging “has wrecked the beds,” said
    /// Brenner`: a phrase of the speaker's inside the writer's words before a trailing cue; the whole
    /// claim, up to the comma before the cue clause, is the statement.
    /// (`On memory chips: “HBM is the story,” said Lin`: a label before a colon leaves the quote whole.)
    func claimAround(_ quote: QuoteSpan, speaker: Speaker?, in sentence: Range<Int>) -> Range<Int>? {
        guard let cue = speaker?.cue, let close = quote.close, cue.lowerBound > close,
            quote.first == sentence.lowerBound || tokens[quote.first - 1].word != .colon,
            quote.content.count(where: { tokens[$0].isWord }) >= Self.quotedPhraseWords,
            let end = (quote.content.lowerBound..<min(cue.lowerBound, speaker?.mention?.lowerBound ?? cue.lowerBound)).last(where: {
                tokens[$0].word == .comma && endsClause($0)
            })
        else { return nil }
        let claim = sentence.lowerBound..<end
        let quoteIndex = quoteOf[quote.content.lowerBound]
        guard claim.allSatisfy({ quoteOf[$0] < 0 || quoteOf[$0] == quoteIndex }),
            claim.contains(where: { tokens[$0].isWord && quoteOf[$0] < 0 })
        else { return nil }
        return trimmed(claim)
    }

    /// The quote that carries on the sentence of quote `q` after its cue: `“Each time,” Vale said,
    /// “you lose.”` — the first part stops without a full stop, the cue stands between the two parts
    /// and the second part opens in lowercase.
    func resumption(of q: Int, cue: Range<Int>?, in sentence: Range<Int>) -> Int? {
        let quote = block.quotes[q]
        guard let cue, let close = quote.close, cue.lowerBound > close, q + 1 < block.quotes.count else { return nil }
        let next = block.quotes[q + 1]
        guard next.first < sentence.upperBound, next.first >= cue.upperBound, let open = next.open,
            let lastWord = quote.content.last, !tokens[lastWord].isSentenceFinal, tokens[lastWord].word != .colon,
            let firstWord = next.content.first(where: { tokens[$0].isWord }), !tokens[firstWord].isCapitalized,
            tokens[open - 1].word == .comma, open - cue.upperBound <= 8,
            !(close..<open).contains(where: { tokens[$0].isSentenceFinal || tokens[$0].word == .colon || tokens[$0].word == .that })
        else { return nil }
        return q + 1
    }

    /// A reporting verb right after a quote (`“Soon,” she said`): the quote is speech, not a title.
    func cueFollows(_ quote: QuoteSpan) -> Bool {
        var k = quote.last
        while k < tokens.count, k < quote.last + 5, !tokens[k].isSentenceFinal {
            if isCue(k, .speechVerb) { return true }
            k += 1
        }
        return false
    }

    /// "the note says", "her remarks", "in remarks to the Herald": a cue word after an article, a possessive or a
    /// preposition is a noun ("Some say", "one in five say", "She’s claiming", "The other said", "both said" are cues).
    func isNounUse(_ c: Int, lowerBound: Int) -> Bool {
        guard c > lowerBound else { return false }
        let before = tokens[c - 1]
        let afterTheOther = tokens[c].has([.endsInEd, .irregularPast]) && (mentions.oneOfThem(endingAt: c - 1, lowerBound: lowerBound).map { $0 >= c - 2 } ?? false)
        return (before.has(.determiner) && !mentions.isQuantity(c - 1, lowerBound: lowerBound) && !afterTheOther && !mentions.isBoth(c - 1))
            || (before.has([.possessiveDeterminer, .channelPreposition]) && !tokens[c].has(.endsInIng))
    }

    /// Whether token `k`, outside quotes, is a cue from the verb lists `verbs`, or starts a multi-word cue.
    @inline(__always)
    func isCue(_ k: Int, _ verbs: WordTraits) -> Bool {
        // Most words are in neither list: ruled out where the rules ask, with no call.
        k >= 0 && k < tokens.count && tokens[k].has(verbs.union(.phrasalCueStart)) && isListedCue(k, verbs)
    }

    /// `isCue` for a token `k` in the lists `verbs` or starting a multi-word cue: the rules that rule a cue out.
    @inline(never)
    private func isListedCue(_ k: Int, _ verbs: WordTraits) -> Bool {
        let t = tokens[k]
        guard quoteOf[k] < 0 else { return false }
        // A capitalized word is a cue only where a sentence opens ("Says Lind, …"); elsewhere it is part
        // of a name: "the Washington Post", "Ivo Said", "…,” Read said".
        guard t.isWord, !(t.isCapitalized && k > 0 && !tokens[k - 1].isSentenceFinal) else { return false }
        // "The man accused of the killing", "Roof, accused of …": a verb that needs its addressee, with a
        // preposition in its place after a common noun or a comma, is a passive participle (in "whom
        // Pell accused of …" or "whom she has accused of …" she speaks).
        if t.has(.tellVerb), t.has(.endsInEd), k > 0, k + 1 < tokens.count, [Word.of, .in, .by].contains(tokens[k + 1].word),
            tokens[k - 1].word == .comma
                || (tokens[k - 1].isWord && !tokens[k - 1].isCapitalized && !tokens[k - 1].has(.pronoun) && !lexicon.perfectAuxiliaries.contains(block.lower(k - 1)))
        {
            return false
        }
        // "the council was warned", "she was told": after a form of "be" a past participle is passive, and
        // its subject was spoken to ("was saying" and "was quoted as saying" still report).
        if t.has([.endsInEd, .irregularPast]), k > 0, isPassiveAuxiliary(k - 1),
            !t.has(.phrasalCueStart) || phrasalLength(k) == nil
        {
            return false
        }
        if isModifierBeforeRole(k) || isProductRecall(k) { return false }
        if t.has(verbs) { return true }
        if t.has(.phrasalCueStart) { return phrasalLength(k) != nil }
        return false
    }

    /// Whether the bare verb at `k` modifies the role or head noun right after it ("state Rep. Dana
    /// Moss", "“…,” state officials said"): it opens its phrase, where no subject stands before it
    /// ("fans insist delegates …", "they state …"). A verb that takes its addressee as object
    /// ("tell officials") stays a verb.
    func isModifierBeforeRole(_ k: Int) -> Bool {
        let t = tokens[k]
        guard k + 1 < tokens.count, !t.has([.endsInS, .endsInEd, .endsInIng, .irregularPast, .tellVerb]),
            tokens[k + 1].has([.titleWord, .anonymousHead])
        else { return false }
        return k == 0 || !tokens[k - 1].isWord || (tokens[k - 1].has(.functionWord) && !tokens[k - 1].has(.pronoun))
    }

    /// "Harbor Motors recalls 40,000 vans": "recall" before a number takes goods back and says nothing.
    func isProductRecall(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].kind == .number && BlockReader.recallForms.contains(tokens[k].word)
    }

    static let recallForms: Set<Word> = [Word("recall"), Word("recalls"), Word("recalled"), Word("recalling")]
    /// Verbs that point at a thing as often as they report a clause ("notes a rise", "points out the pier").
    static let pointingForms: Set<Word> = [
        Word("note"), Word("notes"), Word("noted"), Word("noting"), Word("point"), Word("points"), Word("pointed"), Word("pointing"),
    ]

    /// A form of "be" that makes a past participle after it passive ("was warned", "to be named"); the
    /// "’s" of "she’s told" is "has" as often as "is", and stays active.
    func isPassiveAuxiliary(_ k: Int) -> Bool {
        tokens[k].has(.auxiliary) && tokens[k].word != .possessive
    }

    /// The speaker of a direct quote from the words right after it (`,” Brenner told the Harbor
    /// Times`, `,” said Vale`), else right before it (`Vale said, “…”`, `According to X, “…”`).
    func directSpeaker(of q: Int, in sentence: Range<Int>, book: inout EntityBook) -> Speaker? {
        let quote = block.quotes[q]
        let nextQuote = block.quotes.indices.contains(q + 1) ? block.quotes[q + 1].first : tokens.count
        let after = quote.last..<min(sentence.upperBound, nextQuote)
        if let speaker = speakerAfterQuote(after, book: &book) { return speaker }
        let before = sentence.lowerBound..<quote.first
        return speakerBeforeQuote(before, book: &book)
    }

    /// `“…,” NAME CUE …` or `“…,” CUE NAME …`.
    func speakerAfterQuote(_ region: Range<Int>, book: inout EntityBook) -> Speaker? {
        if let speaker = speakerAfterDash(region, book: &book) { return speaker }
        var start = region.lowerBound
        while start < region.upperBound, tokens[start].kind == .punctuation, !tokens[start].isSentenceFinal { start += 1 }
        guard start < region.upperBound, tokens[start].isWord else { return nil }
        var c = start
        let limit = min(region.upperBound, start + 45)
        // (`“…,” an official who asked not to be named said`: a verb of a relative clause is not the cue.)
        while c < limit, !isCue(c, .speechVerb) || isNounUse(c, lowerBound: start) || followsWho(c, from: start + 1),
            !(tokens[c].word == .according && c + 1 < limit && tokens[c + 1].word == .to)
        {
            if tokens[c].isSentenceFinal { return nil }
            c += 1
        }
        guard c < limit else { return nil }
        var mentionRange: Range<Int>?
        // The source "according to" names, read as after a claim ("according to a statement from the ministry" is the ministry's).
        var accordingTo: Mention? = nil
        var rule: String
        if tokens[c].word == .according {
            var end = region.upperBound
            while end > c + 2, tokens[end - 1].kind == .punctuation { end -= 1 }
            let source = accordingToSource(after: c + 1, in: region.lowerBound..<end, atStart: false)
            mentionRange = source?.0
            accordingTo = source?.1
            rule = "quote, according to NAME"
        } else if c == start || tokens[start..<c].allSatisfy({ $0.has(.skippable) }) {
            mentionRange = mentions.mention(after: c, upperBound: region.upperBound)
            rule = "quote, CUE NAME"
        } else {
            mentionRange = mentions.mention(before: c, lowerBound: start)
            rule = "quote, NAME CUE"
            if mentionRange.flatMap({ mentions.parse($0) }) == nil, let opening = mentions.mention(after: start - 1, upperBound: c),
                opening.lowerBound == start, let subject = subjectBeforeRelativeClause(opening, cue: c)
            {
                mentionRange = subject
            }
            if mentionRange.flatMap({ mentions.parse($0) }) == nil, tokens[c - 1].word == .comma,
                let comma = (start..<(c - 1)).first(where: { tokens[$0].word == .comma }),
                let named = mentions.mention(before: comma, lowerBound: start), named.lowerBound == start,
                mentions.parse(named) != nil
            {
                // `“…,” NAME, an adviser to the mayor, told the Courier`
                mentionRange = named
                rule = "quote, NAME, APPOSITIVE, CUE"
            }
            if mentionRange.flatMap({ mentions.parse($0) }) == nil {
                if tokens[c - 1].word == .comma, let after = mentions.mention(after: c, upperBound: region.upperBound),
                    mentions.parse(after) != nil
                {
                    // `“…” about the decision, said NAME`
                    mentionRange = after
                    rule = "quote …, CUE NAME"
                } else {
                    var end = c
                    while end > start, tokens[end - 1].has(.skippable) { end -= 1 }
                    mentionRange = start..<end
                }
            }
        }
        guard let mentionRange, let mention = accordingTo ?? mentions.parse(mentionRange) else { return nil }
        let entity = book.resolve(mention, in: block)
        let via = viaAround(cue: c, region: region, mention: mentionRange)
        return Speaker(entity: entity, mention: mentionRange, cue: c..<(c + cueLength(c)), via: via, rule: rule)
    }

    /// `“…” ― Ana Ruiz`, `“…” — Ana Ruiz, a nurse`: a dash after the quote, then the speaker's name,
    /// as under an epigraph or in a list of readers' comments.
    func speakerAfterDash(_ region: Range<Int>, book: inout EntityBook) -> Speaker? {
        let dash = region.lowerBound
        guard dash + 1 < region.upperBound, tokens[dash].kind == .punctuation,
            BlockReader.isDash(block.firstScalar(of: dash)),
            let mentionRange = mentions.mention(after: dash, upperBound: region.upperBound), mentionRange.lowerBound == dash + 1,
            mentionRange.upperBound == region.upperBound || tokens[mentionRange.upperBound].kind == .punctuation,
            var mention = mentions.parse(mentionRange)
        else { return nil }
        switch mention.kind {
        case .person, .organization: break
        default: return nil
        }
        // "— Ivo Pell, Harwick resident": a bare role after the name, to the end of the line, is his.
        var end = region.upperBound
        while end > mentionRange.upperBound, tokens[end - 1].kind == .punctuation { end -= 1 }
        if end - mentionRange.upperBound >= 2, end - mentionRange.upperBound <= 8, tokens[mentionRange.upperBound].word == .comma,
            let signed = mentions.parse((dash + 1)..<end), signed.titles.count > mention.titles.count
        {
            mention.titles = signed.titles
            mention.organizations = signed.organizations
        }
        return Speaker(entity: book.resolve(mention, in: block), mention: mentionRange, cue: dash..<(dash + 1), via: nil, rule: "quote — NAME")
    }

    /// A block that is only a dash and a name ("— Ana Ruiz"), signing the quote paragraph above it.
    func signature(book: inout EntityBook) -> Speaker? {
        guard var speaker = speakerAfterDash(0..<tokens.count, book: &book),
            let mention = speaker.mention, (mention.upperBound..<tokens.count).allSatisfy({ tokens[$0].kind == .punctuation })
        else { return nil }
        speaker.rule = "quote paragraph — NAME below"
        return speaker
    }

    /// The dashes that set a name under a quote or an appositive apart: horizontal bar, em dash, en dash, hyphen.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{2015}", "\u{2014}", "\u{2013}", "-": true
        default: false
        }
    }

    /// `…, explained Rosa Lind, “with the vote …”`: a cue set off by commas before the quote, its speaker after it.
    func invertedSpeaker(after c: Int, in region: Range<Int>) -> Range<Int>? {
        guard c > region.lowerBound, tokens[c - 1].word == .comma, tokens[region.upperBound - 1].word == .comma,
            let range = mentions.mention(after: c, upperBound: region.upperBound - 1), range.upperBound == region.upperBound - 1
        else { return nil }
        return range
    }

    /// `NAME CUE [adjuncts] [:,] “…”`, `According to NAME, “…”`.
    func speakerBeforeQuote(_ region: Range<Int>, book: inout EntityBook) -> Speaker? {
        guard !region.isEmpty else { return nil }
        var c = region.upperBound - 1
        let limit = max(region.lowerBound, region.upperBound - 30)
        while c >= limit, !isCue(c, .speechVerb) || isNounUse(c, lowerBound: region.lowerBound) { c -= 1 }
        if c >= limit, let mentionRange = participleSubject(of: c, in: region)
            ?? mentions.mention(before: c, lowerBound: lowerBound(before: c, in: region))
            ?? invertedSpeaker(after: c, in: region) ?? subject(of: region) ?? distantSubject(of: c, in: region),
            let mention = mentions.parse(mentionRange)
        {
            let entity = book.resolve(mention, in: block)
            // "The minister was quoted by the Harbor Ledger as saying, “…”": the via may stand before the cue.
            let via = viaAround(cue: c, region: c..<region.upperBound, mention: mentionRange)
                ?? openingVia(before: mentionRange, from: region.lowerBound)
                ?? (mentionRange.upperBound < c ? vias.find(in: mentionRange.upperBound..<c) : nil)
            return Speaker(entity: entity, mention: mentionRange, cue: c..<(c + cueLength(c)), via: via, rule: "NAME CUE: quote")
        }
        // `NAME: “…”`, `More from NAME: “…”`, `From the report: “…”`.
        if region.count >= 2, tokens[region.upperBound - 1].word == .colon {
            let colon = region.upperBound - 1
            let lower = max(region.lowerBound, colon - 12)
            var range = mentions.mention(before: colon, lowerBound: lower)
            if let from = (lower..<colon).last(where: { tokens[$0].word == .from }) {
                range = mentions.mention(after: from, upperBound: colon) ?? range
            }
            // "he returned to his familiar lines:": a phrase after a function word is no label.
            if let range, range.upperBound == colon, range.lowerBound == lower || !tokens[range.lowerBound - 1].has(.functionWord)
                || tokens[range.lowerBound - 1].word == .from,
                let mention = mentions.parse(range)
            {
                return Speaker(entity: book.resolve(mention, in: block), mention: range, cue: colon..<(colon + 1), via: nil, rule: "NAME: quote")
            }
        }
        var k = max(region.lowerBound, region.upperBound - BlockReader.window)
        while k + 1 < region.upperBound {
            if tokens[k].word == .according, tokens[k + 1].word == .to,
                let mentionRange = mentions.mention(after: k + 1, upperBound: region.upperBound),
                let mention = mentions.parse(mentionRange)
            {
                return Speaker(entity: book.resolve(mention, in: block), mention: mentionRange, cue: k..<(k + 2), via: nil, rule: "according to NAME, quote")
            }
            k += 1
        }
        // `She turned to the crowd again: “…”`: the clause before a colon introduces its subject's words.
        if tokens[region.upperBound - 1].word == .colon, region.count <= 20,
            let range = subject(of: region) ?? (tokens[region.lowerBound].has(.pronoun) ? region.lowerBound..<(region.lowerBound + 1) : nil),
            let mention = mentions.parse(range)
        {
            return Speaker(entity: book.resolve(mention, in: block), mention: range, cue: nil, via: nil, rule: "SUBJECT …: quote")
        }
        return nil
    }

    /// `Nefzi said, adding, “…”`, `Vale toured the pier, calling it “a jewel”`: a participle cue after a
    /// comma shares the speaker of the cue before it, else the sentence's subject.
    func participleSubject(of c: Int, in region: Range<Int>) -> Range<Int>? {
        guard c > region.lowerBound, tokens[c].has(.endsInIng), tokens[c - 1].word == .comma else { return nil }
        // The cue before must end its clause: "Nefzi said, adding", "Pell told the Courier, adding", "…, an official
        // told reporters on a conference call, calling" (its object and adjuncts, but no comma, stand between; a
        // noun among them, "call", has no speaker before it).
        var k = c - 2
        while k > max(region.lowerBound, c - 10), quoteOf[k] < 0, tokens[k].word != .comma {
            if isCue(k, .speechVerb), let range = mentions.mention(before: k, lowerBound: lowerBound(before: k, in: region)),
                mentions.parse(range) != nil
            {
                return range
            }
            k -= 1
        }
        // "Harbor council candidate Ada Moss took to the radio, writing:": the whole opening phrase.
        if let opening = mentions.mention(after: region.lowerBound - 1, upperBound: c - 1), mentions.parse(opening) != nil { return opening }
        return subject(of: region)
    }

    /// The speaker of a partial quote: the subject of the nearest cue of its sentence
    /// (`touted the “…”`, `called it “a fine start”`, `…, according to Mr. Vale`).
    func partialSpeaker(of q: Int, in sentence: Range<Int>, book: inout EntityBook) -> Speaker? {
        let quote = block.quotes[q]
        let verbs = WordTraits.reportingVerb
        var candidates: [Int] = []
        var k = quote.first - 1
        while k >= max(sentence.lowerBound, quote.first - BlockReader.window) {
            if isCue(k, verbs) || isAccordingTo(k) { candidates.append(k) }
            k -= 1
        }
        k = quote.last
        while k < min(sentence.upperBound, quote.last + BlockReader.window) {
            if isCue(k, verbs) || isAccordingTo(k) { candidates.append(k) }
            k += 1
        }
        for c in candidates {
            let lower = lowerBound(before: c, in: sentence)
            var mentionRange: Range<Int>?
            var issued: Mention? = nil
            if isAccordingTo(c) {
                let words = tokens[sentence.upperBound - 1].isSentenceFinal ? sentence.upperBound - 1 : sentence.upperBound
                if let (range, issuer) = issuerOfDocument(after: c + 1, upperBound: words, atStart: false) {
                    (mentionRange, issued) = (range, issuer)
                } else {
                    mentionRange = mentions.mention(after: c + 1, upperBound: sentence.upperBound)
                }
            } else {
                mentionRange = participleSubject(of: c, in: sentence) ?? mentions.mention(before: c, lowerBound: lower)
                // `… are “grounded in fact,” said Ivo Pratt`: the name follows a cue right after the quote.
                if mentionRange == nil, c >= quote.last, (quote.last..<c).allSatisfy({ tokens[$0].kind == .punctuation }) {
                    mentionRange = mentions.mention(after: c + cueLength(c) - 1, upperBound: sentence.upperBound)
                }
                // "Vale toured the port, calling it “a jewel”": the sentence subject speaks.
                if mentionRange.flatMap({ mentions.parse($0) }) == nil { mentionRange = distantSubject(of: c, in: sentence) }
            }
            guard let mentionRange, let mention = issued ?? mentions.parse(mentionRange), !isDocumentVerb(c) || isDocument(mention) else { continue }
            let entity = book.resolve(mention, in: block)
            let via = viaAround(cue: c, region: c..<sentence.upperBound, mention: mentionRange)
            return Speaker(entity: entity, mention: mentionRange, cue: c..<(c + cueLength(c)), via: via, rule: "partial quote, sentence cue")
        }
        return nil
    }

    /// Whether token `c` is a cue that reports a clause: a clause verb, or a naming verb with its object and complement.
    /// Asked of every word of a clause, so the naming verb's trait is tested here before its object is read.
    @inline(__always)
    func reportsClause(_ c: Int) -> Bool {
        isCue(c, .clauseVerb) || (tokens[c].has(.namingVerb) && namesItsObject(c))
    }

    /// `Brask called the plan a stunt`, `Vik called him reckless`: a naming verb followed by its object and a complement
    /// in the writer's words says what the object is, a claim as after "said". A pronoun object needs a plain word or an
    /// article after it ("called him back", "calls it off" and "called her on Monday" name nothing); any other object
    /// is a determiner's or a name's few words before "a" or "an" ("called the decision a mistake", not "called a vote"
    /// or "called Ford's plans to …"). A quoted label is a partial quote's, and after a possessive the verb is a noun's
    /// ("asked about Vik's calling him a liar").
    func namesItsObject(_ c: Int) -> Bool {
        guard c + 3 < tokens.count, c == 0 || tokens[c - 1].word != .possessive, isCue(c, .namingVerb),
            !(c + 1..<min(c + 13, tokens.count)).contains(where: { quoteOf[$0] >= 0 })
        else { return false }
        let object = c + 1
        if BlockReader.objectPronouns.contains(where: { block.lower(object, is: $0) }) {
            let complement = tokens[object + 1]
            return complement.isWord && !complement.has(.skippable)
                && (!complement.has(.functionWord) || BlockReader.articles.contains(complement.word))
                && !BlockReader.verbParticles.contains(where: { block.lower(object + 1, is: $0) })
        }
        guard tokens[object].has([.determiner, .possessiveDeterminer]) || tokens[object].isCapitalized,
            !BlockReader.articles.contains(tokens[object].word) || tokens[object].word == .the
        else { return false }
        for k in (object + 1)..<min(object + 6, tokens.count - 1) {
            if BlockReader.indefiniteArticles.contains(tokens[k].word) { return tokens[k + 1].isWord }
            guard tokens[k].word == .possessive || (tokens[k].isWord && !tokens[k].has(.functionWord)) else { return false }
        }
        return false
    }

    /// Objects after which a naming verb's complement follows ("called him reckless"), asked only after such a verb.
    static let objectPronouns = ["him", "her", "it", "them", "himself", "herself", "itself", "themselves"]
    static let indefiniteArticles = Set(["a", "an"].map(Word.init))
    static let articles = indefiniteArticles.union([.the])
    /// Words that make "call" a phrasal verb after its object ("called him back", "called it off").
    static let verbParticles = ["back", "up", "off", "out", "down", "home", "names"]

    /// Whether the cue at `c` is a verb by which a document states its results ("found").
    func isDocumentVerb(_ c: Int) -> Bool {
        BlockReader.documentVerbs.contains(tokens[c].word)
    }

    /// `Lexicon.documentVerbs` as words, compared without making the token's text.
    static let documentVerbs = Set(Lexicon.shared.documentVerbs.map(Word.init))

    /// Whether a mention stands for a document: "a new study", "the report", "a poll by …".
    func isDocument(_ mention: Mention) -> Bool {
        switch mention.kind {
        case .report: true
        case .description(let head, _): tokens[head].has(.documentNoun)
        default: false
        }
    }

    /// Whether a mention is of unnamed people who state findings as a document does ("Researchers", "investigators").
    func isFinder(_ mention: Mention) -> Bool {
        guard case .anonymous = mention.kind, let last = mention.tokens.last(where: { tokens[$0].isWord }) else { return false }
        return Lexicon.shared.findingHeads.contains(block.lower(last))
    }

    /// "…, Bagheri said, according to the official IRNA news agency": the outlet or document that carried the words,
    /// named by "according to" or "per" in the clause after the cue's.
    func carrierAfter(_ clause: Range<Int>, body: Range<Int>) -> Via? {
        let next = clause.upperBound + 1
        guard next < body.upperBound, tokens[clause.upperBound].word == .comma, isAccordingTo(next) || tokens[next].word == .per else { return nil }
        return vias.find(in: next..<body.upperBound)
    }

    func isAccordingTo(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].word == .according && tokens[k + 1].word == .to && quoteOf[k] < 0
    }

    /// A speaker phrase never reaches back into a quote.
    func lowerBound(before c: Int, in sentence: Range<Int>) -> Int {
        var k = c - 1
        let floor = max(sentence.lowerBound, c - BlockReader.window)
        if floor > sentence.lowerBound, quoteOf[floor] < 0 { return floor }
        while k >= floor {
            if quoteOf[k] >= 0 { return k + 1 }
            k -= 1
        }
        return sentence.lowerBound
    }

    func cueLength(_ c: Int) -> Int {
        if tokens[c].word == .according { return 2 }
        return phrasalLength(c) ?? 1
    }

    /// Length in tokens of the multi-word cue starting at `c` ("points out", "points to"), if one does.
    func phrasalLength(_ c: Int) -> Int? {
        Vocabulary.shared.phrasalCueLength(in: tokens, at: c)
    }

    /// The via in the words of a cue's clause, outside the speaker mention.
    func viaAround(cue c: Int, region: Range<Int>, mention: Range<Int>) -> Via? {
        if tokens[c].has(.tellVerb) {
            let (via, end) = vias.toldObject(after: c, upperBound: region.upperBound)
            if let via { return via }
            return vias.find(in: end..<region.upperBound) ?? interjectedVia(after: mention, cue: c)
        }
        if tokens[c].word == .according, let document = issuedDocumentVia(in: mention) { return document }
        let from = max(c + cueLength(c), mention.upperBound)
        return (from < region.upperBound ? vias.find(in: from..<region.upperBound) : nil) ?? interjectedVia(after: mention, cue: c)
    }

    /// "The ministry, per Ostpress, said …", "The ministry, according to Ostpress, said …": the agency
    /// set off between the speaker and the cue, or inside the speaker's phrase, carried the words; so did a
    /// channel set off there ("Ivo Pell, in a statement, said") and an outlet after a participle ("Ivo Pell,
    /// writing in the Harbor Ledger, argued").
    func interjectedVia(after mention: Range<Int>, cue c: Int) -> Via? {
        let words = mention.lowerBound..<max(mention.upperBound, c)
        guard let k = words.dropFirst().first(where: {
            tokens[$0 - 1].word == .comma
                && (tokens[$0].word == .per || isAccordingTo($0) || tokens[$0].has(.channelPreposition)
                    || (tokens[$0].has(.endsInIng) && vias.outletStart(after: $0, upperBound: words.upperBound) != nil))
        })
        else { return nil }
        return vias.find(in: k..<words.upperBound)
    }

    /// "In a statement, the chamber warned …": a channel or outlet in the words before the speaker; "A statement from the
    /// port authority said …": the document the speaker issued.
    func openingVia(before mention: Range<Int>, from start: Int) -> Via? {
        guard mention.lowerBound > start else { return nil }
        if let found = vias.find(in: start..<mention.lowerBound) { return found }
        let issuedBy = mention.lowerBound - 1
        guard issuedBy > start, tokens[issuedBy].word == .from || tokens[issuedBy].word == .by else { return nil }
        return vias.channelDocument(in: start..<issuedBy)
    }

    // MARK: Indirect claims

    /// `Rubio suggested that …, while Cruz said that …`: clauses joined by a conjunction after a comma
    /// or semicolon are read as claims of their own when each has a cue and the second opens with its speaker; so is
    /// the main clause after a subordinate one that opens the sentence (`After Vale said …, Lund said …`).
    /// Written into `clauses`, emptied first, so one buffer serves every sentence.
    func coordinatedClauses(of sentence: Range<Int>, into clauses: inout [Range<Int>]) {
        clauses.removeAll(keepingCapacity: true)
        var start = sentence.lowerBound
        let opensSubordinate = tokens[start].has(.clauseSubordinator)
        var cueSinceStart = false
        var k = start
        while k + 2 < sentence.upperBound {
            defer { k += 1 }
            if reportsClause(k) {
                cueSinceStart = true
                continue
            }
            // (Only a comma or a semicolon after a cue can join two reports: asked first, before the word after it.)
            guard cueSinceStart, tokens[k].word == .comma || tokens[k].word == .semicolon else { continue }
            // ("Kyiv said it had shot down 31 drones; Moscow said …": a semicolon alone joins two reports too; "…, though
            // Grane said …", "…, while 30 percent said …", "…, but the mayor said …": so does a contrast, before any subject.)
            let joined =
                tokens[k + 1].has(.clauseConjunction) || BlockReader.contrasts.contains(tokens[k + 1].word)
                ? k + 2 : (tokens[k].word == .semicolon || (opensSubordinate && clauses.isEmpty) ? k + 1 : nil)
            guard let next = joined, quoteOf[k] < 0,
                tokens[next].isCapitalized || tokens[next].has([.pronoun, .determiner, .possessiveDeterminer]) || tokens[next].kind == .number,
                (next + 1..<min(sentence.upperBound, k + 11)).contains(where: { isCue($0, .clauseVerb) })
            else { continue }
            clauses.append(start..<k)
            start = next
            cueSinceStart = false
        }
        clauses.append(start..<sentence.upperBound)
    }

    /// A claim in reported speech, tried in order: `OUTLET quoted NAME as saying …`; `…, NAME said.`; `According to NAME, …` and
    /// `…, according to NAME`; `NAME CUE [OBJECT] [adjuncts] [that] …`.
    func indirectClaim(in sentence: Range<Int>, book: inout EntityBook) -> Finding? {
        var end = sentence.upperBound
        while end > sentence.lowerBound,
            (tokens[end - 1].kind == .punctuation && !isNumberSign(end - 1)) || (tokens[end - 1].kind == .quote && quoteOf[end - 1] < 0)
        {
            end -= 1
        }
        guard end - sentence.lowerBound >= 4 else { return nil }
        let body = sentence.lowerBound..<end
        if let claim = claimQuotedAsSaying(body, book: &book) ?? claimBeforeTrailingCue(body, book: &book) { return claim }
        if let claim = claimWithAccordingTo(body, book: &book) ?? claimInOnesView(body, book: &book) { return claim }
        return claimAfterCue(body, book: &book) ?? claimOfAHeldNoun(body, book: &book) ?? claimInAPoll(body, book: &book)
    }

    /// "a move analysts said was aimed at …", "a plan that officials say could fail": unnamed sources
    /// reporting inside a claim; the cue runs straight into the verb of what they say. Also a source
    /// set off after a comma that reports a clause of its own: "defended the contract, a day after
    /// the audit office said the purchase had been approved …".
    func embeddedReport(in content: Range<Int>, book: inout EntityBook) -> Finding? {
        guard content.count > 4 else { return nil }
        for c in (content.lowerBound + 2)..<(content.upperBound - 1) where isCue(c, .sayVerb) && !tokens[c - 1].has(.pronoun) {
            let runsIntoVerb = tokens[c + 1].has([.auxiliary, .modal, .copula])
            guard runsIntoVerb || tokens[c + 1].word == .that || tokens[c + 1].has(.determiner),
                var range = mentions.mention(before: c, lowerBound: max(content.lowerBound, c - 4))
            else { continue }
            // "a move analysts said": the article belongs to the noun before a plural source.
            if ["a", "an"].contains(block.lower(range.lowerBound)), tokens[c - 1].has(.endsInS) { range = (c - 1)..<c }
            guard let mention = mentions.parse(range) else { continue }
            let isUnnamed = if case .anonymous = mention.kind { true } else { false }
            // Unnamed sources run straight into their verb; any other source stands after a comma.
            let setOff = (content.lowerBound..<range.lowerBound).contains { tokens[$0].word == .comma }
            guard runsIntoVerb ? isUnnamed : setOff else { continue }
            let start = tokens[c + 1].word == .that ? c + 2 : c + 1
            var end = start
            while end < content.upperBound, tokens[end].word != .comma, quoteOf[end] < 0 { end += 1 }
            guard end - c > 3 else { continue }
            return Finding(
                kind: .indirect, content: trimmed(start..<end), entity: book.resolve(mention, in: block), speaker: range,
                cue: c..<(c + 1), via: nil, blockIndex: block.index, rule: runsIntoVerb ? "a move NAME CUE CLAIM" : "claim, NAME CUE CLAIM inside it")
        }
        return nil
    }

    /// `CONTENT, NAME CUE [adjuncts].` or `CONTENT, CUE NAME.`
    func claimBeforeTrailingCue(_ body: Range<Int>, book: inout EntityBook) -> Finding? {
        // "Asked what she would miss most, Solberg laughed.": the words before the cue are the question; "According to the
        // Journal, Saudi officials urged restraint.": the source comes first.
        if mentions.opensQuestion(body.lowerBound) || isAccordingTo(body.lowerBound) { return nil }
        // Walk the clauses between commas from the end: "…, said NAME, the director of …" and
        // "…, NAME said, adding that …" put the cue clause before the last comma.
        var clauseEnd = body.upperBound
        var k = body.upperBound - 1
        var clauses = 0
        while k > body.lowerBound, clauses < 4, body.upperBound - k <= 3 * BlockReader.window {
            defer { k -= 1 }
            guard tokens[k].word == .comma, endsClause(k) else { continue }
            let commaClosesQuote = closesQuote(k)
            clauses += 1
            let clause = (commaClosesQuote ? k + 2 : k + 1)..<clauseEnd
            var claimEnd = commaClosesQuote ? k + 2 : k
            defer { clauseEnd = k }
            guard k > body.lowerBound, let speaker = cueClause(clause, body: body) ?? setOffSpeaker(before: clause, body: body) else { continue }
            // "…, Luis Ortega, a council aide, said.": the claim ends before the speaker's phrase.
            let setOff = speaker.range.lowerBound < clause.lowerBound
            if setOff { claimEnd = speaker.range.lowerBound - 1 }
            // "Mara Voss, a planner at the institute, said the plan looked …": a subject and its appositive before
            // the cue make what follows the cue the claim, not its speaker; so does any subject with a participle's clause
            // or a channel set off after it ("Pell, speaking on Radio Kessel, said", "The ministry, in a statement, said").
            if !setOff, speaker.cue.lowerBound == clause.lowerBound,
                let subject = mentions.mention(before: speaker.cue.lowerBound, lowerBound: body.lowerBound),
                subject.lowerBound == body.lowerBound, subject.upperBound >= k || tokens[subject.upperBound].word == .comma,
                let parsed = mentions.parse(subject), subject.upperBound < k || isPerson(parsed, book: book)
            {
                return nil
            }
            // "The strike, Pell said, was a mistake": the claim runs around the cue, so its first part may be
            // short when the speaker stands before the cue ("The program, called EB-5, allows" names, not reports).
            let rest = !setOff && clauseEnd < body.upperBound && clause.upperBound < body.upperBound && speaker.range.upperBound <= clause.upperBound
                ? interjected(after: clause, body: body) : nil
            // ("The risk, said Tom Reyes, is that …": a person named after the cue may interject too; "The program, called
            // EB-5, allows" names no one.)
            let interjectedBefore = speaker.range.upperBound <= speaker.cue.lowerBound
                || (tokens[speaker.cue.lowerBound].has(.sayVerb) && isPerson(speaker.mention, book: book))
            guard claimEnd - body.lowerBound >= 3 || (rest != nil && interjectedBefore) else { continue }
            // "Lin said the talks had failed, Vestpress reported": the outlet only carried Lin's claim.
            if vias.reportingOutlet(in: clause) != nil,
                (body.lowerBound + 1..<min(claimEnd, body.lowerBound + BlockReader.window / 4)).contains(where: { isCue($0, .clauseVerb) })
            {
                return nil
            }
            let entity = book.resolve(speaker.mention, in: block)
            // "…, said the deal …": a description that stands for nobody is no speaker.
            if entity == nil, case .description = speaker.mention.kind { continue }
            let via = viaAround(cue: speaker.cue.lowerBound, region: speaker.cue.lowerBound..<clause.upperBound, mention: speaker.range)
                ?? carrierAfter(clause, body: body)
            if let rest {
                // "Most of the ferries, he said, run late": the claim runs around the cue, whose clause is left out of its words.
                var claim = Finding(
                    kind: .indirect, content: trimmed(body.lowerBound..<claimEnd), entity: entity, speaker: speaker.range,
                    cue: speaker.cue, via: via, blockIndex: block.index, rule: "claim, NAME CUE, claim")
                claim.resumed = trimmed((clause.upperBound + 1)..<rest)
                return claim
            }
            return Finding(
                kind: .indirect, content: trimmed(afterLabel(body.lowerBound..<claimEnd)), entity: entity, speaker: speaker.range, cue: speaker.cue,
                via: via, blockIndex: block.index, rule: "claim, NAME CUE")
        }
        return nil
    }

    /// The claim after a label that opens it ("What to watch: NATO ministers meet next week"): a few words and a colon.
    func afterLabel(_ claim: Range<Int>) -> Range<Int> {
        guard let colon = claim.prefix(6).first(where: { tokens[$0].word == .colon }), colon > claim.lowerBound, colon + 3 < claim.upperBound,
            (claim.lowerBound..<colon).allSatisfy({ tokens[$0].isWord && quoteOf[$0] < 0 }), tokens[colon + 1].isCapitalized
        else { return claim }
        return (colon + 1)..<claim.upperBound
    }

    /// A clause made of a speaker and a cue only (and a short adjunct): "she said on Monday",
    /// "said Ilse Marrow", "the port office said".
    func cueClause(_ clause: Range<Int>, body: Range<Int>) -> (range: Range<Int>, mention: Mention, cue: Range<Int>)? {
        guard !clause.isEmpty, clause.count <= 12,
            // ("…, the report found.": "report" after an article is a noun; "…, an official who asked not to be named
            // said.": a verb of a relative clause is not the cue.)
            let c = clause.first(where: {
                (isCue($0, .reportingVerb) || isDocumentsClauseVerb($0, after: clause.lowerBound))
                    && !isNounUse($0, lowerBound: clause.lowerBound) && !followsWho($0, from: clause.lowerBound)
            }),
            clause.upperBound - c <= 9, !(c..<clause.upperBound).contains(where: { tokens[$0].word == .that })
        else { return nil }
        var mentionRange: Range<Int>?
        // "…, Ruiz told the Courier on Monday": the addressee of a tell verb may stand before the adjuncts.
        let objectEnd = tokens[c].has(.tellVerb) ? vias.toldObject(after: c, upperBound: clause.upperBound).end : c + cueLength(c)
        let afterCue = max(objectEnd, c + cueLength(c))..<clause.upperBound
        if c == clause.lowerBound {
            // "…, calling her, …": after a participle stands its object, never its speaker.
            if tokens[c].has(.endsInIng) { return nil }
            mentionRange = mentions.mention(after: c, upperBound: body.upperBound)
            // "…, said Orrin had threatened …": a verb after the name makes it the subject of a claim, not the speaker
            // ("…, said an official who asked not to be named": a relative clause is the speaker's).
            if let m = mentionRange, m.upperBound < clause.upperBound, tokens[m.upperBound].word != .comma,
                !tokens[m.upperBound].has(.adjunctStarter), tokens[m.upperBound].word != .who
            {
                return nil
            }
        } else {
            // Nothing but circumstances may follow the cue: "she said on Monday", not "she called it “…”".
            if let first = afterCue.first, !tokens[first].has(.adjunctStarter)
                || afterCue.contains(where: { quoteOf[$0] >= 0 })
            {
                return nil
            }
            mentionRange = mentions.mention(before: c, lowerBound: clause.lowerBound)
            if let m = mentionRange, m.lowerBound != clause.lowerBound { mentionRange = nil }
            if mentionRange == nil, let opening = mentions.mention(after: clause.lowerBound - 1, upperBound: c) {
                mentionRange = subjectBeforeRelativeClause(opening, cue: c)
            }
        }
        guard let mentionRange, let mention = mentions.parse(mentionRange) else { return nil }
        return (mentionRange, mention, c..<(c + cueLength(c)))
    }

    /// A document right before its verb, back to its determiner: "…, and a new poll shows …", "a day after a Ledger/Sund
    /// poll showed …"; not one a channel's preposition opens ("said in a Facebook message …").
    func documentBefore(cue c: Int, lowerBound: Int) -> Range<Int>? {
        guard c - 1 > lowerBound, tokens[c - 1].has(.documentNoun), !tokens[c - 1].isCapitalized,
            let start = (max(lowerBound, c - 6)..<(c - 1)).last(where: { tokens[$0].has(.determiner) }),
            start == lowerBound || !tokens[start - 1].has([.channelPreposition, .placePreposition]),
            (start + 1..<(c - 1)).allSatisfy({ tokens[$0].word != .comma && quoteOf[$0] < 0 })
        else { return nil }
        return start..<c
    }

    /// Whether token `k` is a verb that reports only after a document's name ("…, county records show.", "…, the
    /// data indicate."), which a person's "show" never does.
    func isDocumentsClauseVerb(_ k: Int, after lowerBound: Int) -> Bool {
        k > lowerBound && tokens[k - 1].has(.documentNoun) && !tokens[k - 1].isCapitalized && isCue(k, .clauseVerb)
    }

    /// "…, Luis Ortega, a council aide, said in an email.": a clause of a cue and its circumstances alone, after a
    /// speaker set off with an appositive of its own.
    func setOffSpeaker(before clause: Range<Int>, body: Range<Int>) -> (range: Range<Int>, mention: Mention, cue: Range<Int>)? {
        guard let c = clause.first, c - 1 > body.lowerBound, tokens[c - 1].word == .comma, isCue(c, .reportingVerb), !tokens[c].has(.endsInIng),
            clause.count <= 9, c + cueLength(c) == clause.upperBound || tokens[c + cueLength(c)].has(.adjunctStarter),
            !clause.contains(where: { tokens[$0].word == .that || quoteOf[$0] >= 0 }),
            let range = mentions.mention(before: c, lowerBound: body.lowerBound), range.lowerBound - 1 > body.lowerBound,
            tokens[range.lowerBound - 1].word == .comma,
            // A lowercase word after the comma is more likely the end of a list inside the appositive.
            tokens[range.lowerBound].isCapitalized || tokens[range.lowerBound].has([.determiner, .possessiveDeterminer]),
            let mention = mentions.parse(range)
        else { return nil }
        return (range, mention, c..<(c + cueLength(c)))
    }

    /// The end of the claim when a cue clause sits inside it ("A, he said, B."): the clause after
    /// the cue must go on with the claim, not start a participle ("adding") or an appositive.
    func interjected(after clause: Range<Int>, body: Range<Int>) -> Int? {
        let next = clause.upperBound + 1
        guard next < body.upperBound, tokens[clause.upperBound].word == .comma else { return nil }
        let t = tokens[next]
        if t.has(.endsInIng) || t.word == .who || t.word == .which || t.word == .per || t.word == .according { return nil }
        // "As the vote nears, Marr says, the number …", "At the time, she said, Grane …": a claim cannot end
        // on an adverbial alone, so it runs on past the cue whatever word comes next.
        if isAdverbialAlone(body.lowerBound..<(clause.lowerBound - 1)) { return body.upperBound }
        // "…, the experts say, the harbor could silt up": a determiner opens the rest of the claim when a verb
        // follows ("…, a move that analysts say could …" is an appositive).
        let opensClause = t.has(.determiner) && (next + 1..<min(body.upperBound, next + 6))
            .prefix(while: { tokens[$0].word != .comma && tokens[$0].word != .that && !tokens[$0].has(.relativePronoun) })
            .contains(where: { tokens[$0].has([.auxiliary, .modal, .copula]) })
        if (t.has(.determiner) && !opensClause) || t.isCapitalized || t.has(.channelPreposition) { return nil }
        return body.upperBound
    }

    /// Whether words are one adverbial phrase or clause and nothing more: an opening preposition or subordinator, and no
    /// comma after it ("As the vote nears", "At the time", "If the law conflicts with the charter").
    func isAdverbialAlone(_ words: Range<Int>) -> Bool {
        guard let first = words.first, tokens[first].isCapitalized,
            tokens[first].has([.adjunctStarter, .clauseSubordinator]) || BlockReader.adverbialOpeners.contains(block.lower(first))
        else { return false }
        return !words.contains { tokens[$0].word == .comma }
    }

    /// `OUTLET quoted NAME as saying [that] CLAIM` and `NAME was quoted by OUTLET as saying …`: the person
    /// quoted speaks, and the outlet that quoted them carried the words.
    func claimQuotedAsSaying(_ body: Range<Int>, book: inout EntityBook) -> Finding? {
        // The verbs read once: each reading of a static word is a call (its lazy initialisation) on every token.
        let quoted = BlockReader.quoted, quotes = BlockReader.quotes
        guard let q = body.first(where: { (tokens[$0].word == quoted || tokens[$0].word == quotes) && quoteOf[$0] < 0 }),
            q > body.lowerBound,
            let saying = (q + 2..<max(q + 2, min(body.upperBound - 1, q + 14))).first(where: {
                tokens[$0].word == .as && tokens[$0 + 1].word == BlockReader.saying
            })
        else { return nil }
        let speaker: Range<Int>?
        let carrier: Range<Int>?
        if tokens[q + 1].word == .by, isPassiveAuxiliary(q - 1) {
            speaker = mentions.mention(before: q - 1, lowerBound: body.lowerBound)
            carrier = (q + 2)..<saying
        } else {
            speaker = mentions.mention(after: q, upperBound: saying).flatMap { $0.upperBound == saying ? $0 : nil }
            carrier = mentions.mention(before: q, lowerBound: body.lowerBound)
        }
        // Only an outlet or a document carries someone's words: "Prosecutors quoted Lind as saying" reports an allegation.
        guard let speaker, let carrier, let mention = mentions.parse(speaker), let carrierMention = mentions.parse(carrier),
            carrierMention.isOrganizationOrReport || isDocument(carrierMention)
        else { return nil }
        var start = saying + 2
        if start < body.upperBound, tokens[start].word == .that { start += 1 }
        let content = start..<body.upperBound
        guard content.count(where: { tokens[$0].isWord }) >= 3 else { return nil }
        return Finding(
            kind: .indirect, content: trimmed(content), entity: book.resolve(mention, in: block), speaker: speaker, cue: q..<(q + 1),
            via: carrierVia(carrier, carrierMention), blockIndex: block.index, rule: "OUTLET quoted NAME as saying CLAIM")
    }

    /// The claim of the speaker who opens `content` ("President Ilya Marchetti told reporters that …" after "Per Norpress,",
    /// "Wang Yi said …" after "Xinhua reported that"), through `carrier` unless it names a channel of its own; nil when
    /// `content` opens with no speaker of its own ("Smith, who said he was innocent, had fled": a relative clause's cue).
    func carriedClaim(in content: Range<Int>, carrier: Via?, book: inout EntityBook) -> Finding? {
        guard var inner = claimAfterCue(content, book: &book), inner.speaker?.lowerBound == content.lowerBound,
            let cue = inner.cue, tokens[cue.lowerBound - 1].word != .who
        else { return nil }
        inner.via = inner.via ?? carrier
        return inner
    }

    static let reportForms: Set<Word> = [Word("report"), Word("reports"), Word("reported"), Word("reporting")]

    /// The via of a body that carried someone else's words, named by the phrase `range` ("the Harbor Times" gives "Harbor Times").
    func carrierVia(_ range: Range<Int>, _ mention: Mention) -> Via {
        // "Xinhua, the official news agency,", "State news agency KCNA": the outlet's own name.
        if case .organization(let name) = mention.kind { return Via(text: block.text(tokens: name), isOutlet: true) }
        let start = tokens[range.lowerBound].word == .the ? range.lowerBound + 1 : range.lowerBound
        return Via(text: block.text(tokens: start..<range.upperBound), isOutlet: true)
    }

    static let never = Word("never")
    /// Words that open a subordinate clause or a manner ("though he argued …", "with a caveat"), which report
    /// nothing for the cue before them ("if", "when" and "while" open as often an adjunct of the claim: "She said, if
    /// elected, she would …").
    static let subordinators: Set<String> = ["though", "although", "because", "whereas", "with", "without"]
    /// Conjunctions of contrast that join a second report after a comma ("…, whereas Grane said …").
    static let contrasts: Set<Word> = [.while, Word("though"), Word("although"), Word("whereas")]
    /// Words besides the adjunct starters ("In", "At", "During") and the clause subordinators that open an adverbial
    /// before a clause ("As the vote nears", "Like the mayor's plan", "About 10 p.m.").
    static let adverbialOpeners: Set<String> = ["as", "by", "about", "like", "unlike", "for", "despite", "under", "among", "without"]
    static let against = Word("against")
    static let quoted = Word("quoted")
    static let quotes = Word("quotes")
    static let saying = Word("saying")

    /// `According to NAME, CONTENT.` or `CONTENT, according to NAME[, …].` (also "per NAME").
    func claimWithAccordingTo(_ body: Range<Int>, book: inout EntityBook) -> Finding? {
        for k in body where quoteOf[k] < 0 {
            let isAccording = isAccordingTo(k) && k + 2 < body.upperBound
            let isPer = tokens[k].word == .per && (k == body.lowerBound || tokens[k - 1].word == .comma)
            guard isAccording || isPer else { continue }
            // "He added that …, per Vestpress": the claim has its own speaker; the agency is the via. ("Ada Quill said,
            // according to its tally, …": so has one whose cue stands right before the "according to".)
            if k > body.lowerBound, hasSpeakerAndCue(body.lowerBound..<k) || isCueBeforeComma(k - 1, in: body) { return nil }
            // "The ministry, per Ostpress, called …": the subject speaks, and the agency carried its words.
            // ("The finance ministry, per a statement on its website, welcomed the figures": a subject alone before it is none
            // of the source's claim, whatever its verb but a copula: "The implication, according to the aide, is that …".)
            if k > body.lowerBound, tokens[k - 1].word == .comma, let comma = (k..<min(body.upperBound, k + 12)).first(where: { tokens[$0].word == .comma }),
                isCue(comma + 1, .speechVerb)
                    || (!tokens[comma + 1].has(.copula) && mentions.mention(after: body.lowerBound - 1, upperBound: k - 1)?.upperBound == k - 1)
            {
                return nil
            }
            let nameAt = isAccording ? k + 1 : k
            // "For the port, according to Ivo Pratt, the toll is a test": the source interjected in its claim.
            let aside = k > body.lowerBound && tokens[k - 1].word == .comma ? interjectedSource(after: nameAt, in: body) : nil
            guard let (mentionRange, mention) = aside ?? accordingToSource(after: nameAt, in: body, atStart: k == body.lowerBound)
            else { continue }
            let cue = k..<(isAccording ? k + 2 : k + 1)
            var content: Range<Int>
            if aside != nil {
                content = body
            } else if k == body.lowerBound {
                var start = mentionRange.upperBound
                // "Per the Xinhua news agency, …": a few words of the source's may trail its name.
                if let comma = (start..<min(body.upperBound, start + 4)).first(where: { tokens[$0].word == .comma }),
                    (start..<comma).allSatisfy({ tokens[$0].isWord && quoteOf[$0] < 0 })
                {
                    start = comma
                }
                while start < body.upperBound, tokens[start].word == .comma { start += 1 }
                // "According to a U.N. official, who asked not to be named, the envoy …": the source's relative clause is its own.
                if start < body.upperBound, tokens[start].word == .who,
                    let close = (start..<min(body.upperBound, start + BlockReader.window / 2)).first(where: { tokens[$0].word == .comma })
                {
                    start = close + 1
                }
                content = start..<body.upperBound
                // "Per the state news agency Norpress, President Ilya Marchetti told reporters that …": the president
                // speaks, and the agency carried the words.
                if mention.isOrganizationOrReport, let inner = carriedClaim(in: content, carrier: vias.find(in: k..<start), book: &book) {
                    return inner
                }
            } else {
                guard k > body.lowerBound, tokens[k - 1].word == .comma else { continue }
                content = body.lowerBound..<(k - 1)
            }
            guard content.count >= 3 else { continue }
            let entity = book.resolve(mention, in: block)
            return Finding(
                kind: .indirect, content: trimmed(content), entity: entity, speaker: mentionRange, cue: cue,
                via: issuedDocumentVia(in: mentionRange), blockIndex: block.index, rule: "according to NAME")
        }
        return nil
    }

    /// `In her view, CONTENT.`, `In Vale’s telling, CONTENT.`: whoever holds the view speaks.
    func claimInOnesView(_ body: Range<Int>, book: inout EntityBook) -> Finding? {
        let k = body.lowerBound
        guard k + 5 < body.upperBound, tokens[k].word == .in,
            let comma = (k + 3..<min(body.upperBound, k + 8)).first(where: { tokens[$0].word == .comma }),
            lexicon.viewNouns.contains(block.lower(comma - 1)), body.upperBound - comma > 3
        else { return nil }
        let holder = (k + 1)..<(comma - 1)
        let mention: Mention
        if holder.count == 1, tokens[holder.lowerBound].has(.possessiveDeterminer) {
            mention = possessivePronoun(holder.lowerBound)
        } else if tokens[holder.upperBound - 1].word == .possessive, let named = mentions.parse(holder.lowerBound..<(holder.upperBound - 1)) {
            mention = named
        } else {
            return nil
        }
        return Finding(
            kind: .indirect, content: trimmed((comma + 1)..<body.upperBound), entity: book.resolve(mention, in: block), speaker: holder,
            cue: (comma - 1)..<comma, via: nil, blockIndex: block.index, rule: "in NAME's view")
    }

    /// The possessive pronoun at `k` as the mention of its holder: "his" and "her" give the gender; "their" none.
    func possessivePronoun(_ k: Int) -> Mention {
        let word = block.lower(k)
        return Mention(kind: .pronoun(word == "his" ? .male : word == "her" ? .female : nil), tokens: k..<(k + 1))
    }

    /// `In a POLL …, CONTENT.` in a sentence with no cue ("In a Harbor Ledger poll released Monday, Pruitt led by nine
    /// points"): the poll reports its findings as "according to" it would.
    func claimInAPoll(_ body: Range<Int>, book: inout EntityBook) -> Finding? {
        let k = body.lowerBound
        guard k + 5 < body.upperBound, tokens[k].word == .in, tokens[k + 1].has([.determiner, .possessiveDeterminer]) || tokens[k + 2].word == .possessive,
            let phrase = phraseToComma(after: k, upperBound: body.upperBound, atStart: true),
            phrase.contains(where: { BlockReader.pollNouns.contains(tokens[$0].word) }), body.upperBound - phrase.upperBound > 3,
            let (mentionRange, mention) = accordingToSource(after: k, in: body, atStart: true)
        else { return nil }
        return Finding(
            kind: .indirect, content: trimmed((phrase.upperBound + 1)..<body.upperBound), entity: book.resolve(mention, in: block),
            speaker: mentionRange, cue: k..<(k + 1), via: nil, blockIndex: block.index, rule: "in a POLL")
    }

    /// Nouns of polls, whose findings a sentence opening "In a … poll," reports.
    static let pollNouns: Set<Word> = [Word("poll"), Word("survey")]

    /// `NAME's claim that CONTENT`, `his repeated warning that CONTENT` in a clause with no cue: whose claim it is speaks,
    /// and the words run to the clause's next comma.
    func claimOfAHeldNoun(_ body: Range<Int>, book: inout EntityBook) -> Finding? {
        guard let that = (body.lowerBound + 2..<body.upperBound).first(where: {
            tokens[$0].word == .that && quoteOf[$0] < 0 && tokens[$0 - 1].has(.claimNoun)
        }) else { return nil }
        let noun = that - 1
        // ("Vale's bold new claim that": a few lowercase modifiers may stand between the holder and the noun.)
        var holderEnd = noun
        while holderEnd > body.lowerBound, noun - holderEnd < 3, tokens[holderEnd - 1].isWord, !tokens[holderEnd - 1].isCapitalized,
            !tokens[holderEnd - 1].has([.possessiveDeterminer, .functionWord, .determiner])
        {
            holderEnd -= 1
        }
        guard holderEnd > body.lowerBound else { return nil }
        let mention: Mention
        let holder: Range<Int>
        if tokens[holderEnd - 1].word == .possessive {
            // The capitalized words of the name before "'s" ("Mara Tolvik's").
            var start = holderEnd - 1
            while start > body.lowerBound, holderEnd - 1 - start < 4, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
            guard start < holderEnd - 1, let named = mentions.parse(start..<(holderEnd - 1)) else { return nil }
            holder = start..<(holderEnd - 1)
            mention = named
        } else if tokens[holderEnd - 1].has(.possessiveDeterminer) {
            holder = (holderEnd - 1)..<holderEnd
            mention = possessivePronoun(holder.lowerBound)
        } else {
            return nil
        }
        let end = (that + 1..<body.upperBound).first { tokens[$0].word == .comma && quoteOf[$0] < 0 } ?? body.upperBound
        guard (that + 1..<end).count(where: { tokens[$0].isWord }) >= 3 else { return nil }
        return Finding(
            kind: .indirect, content: trimmed((that + 1)..<end), entity: book.resolve(mention, in: block), speaker: holder,
            cue: noun..<that, via: nil, blockIndex: block.index, rule: "NAME's claim that CLAIM")
    }

    /// The source of "according to" set between commas inside its claim, when the claim goes on for
    /// at least three words after it.
    func interjectedSource(after k: Int, in body: Range<Int>) -> (Range<Int>, Mention)? {
        guard let range = mentions.mention(after: k, upperBound: body.upperBound, closedAppositive: true),
            range.upperBound < body.upperBound, tokens[range.upperBound].word == .comma,
            (range.upperBound..<body.upperBound).count(where: { tokens[$0].isWord }) >= 3,
            // ("…, according to Tom Reyes, an economist at Capital Economics.": an appositive ends the sentence, no claim.)
            range.upperBound + 1 < body.upperBound, !isTrailingAppositive((range.upperBound + 1)..<body.upperBound),
            let mention = mentions.parse(range)
        else { return nil }
        return (range, mention)
    }

    /// Whether `rest`, after a source and its comma, is the source's appositive ("an economist at Capital Economics",
    /// "chief economist at Harbor Bank") rather than the rest of the claim ("the toll is a test"): a role, and no verb.
    func isTrailingAppositive(_ rest: Range<Int>) -> Bool {
        guard mentions.opensDescriptiveAppositive(rest.lowerBound, upperBound: rest.upperBound) || mentions.opensRole(rest.lowerBound) else { return false }
        return !rest.contains { tokens[$0].has([.copula, .auxiliary, .modal]) }
    }

    /// The source after "according to": a speaker phrase, else any noun phrase up to the comma
    /// ("a new poll by the Harvard Institute of Politics", "the results"), read as a document.
    func accordingToSource(after k: Int, in body: Range<Int>, atStart: Bool) -> (Range<Int>, Mention)? {
        if let held = heldDocument(after: k, upperBound: body.upperBound) { return held }
        if let issued = issuerOfDocument(after: k, upperBound: body.upperBound, atStart: atStart) { return issued }
        // "According to a Chinese readout of the call, …": a record of what was said, after a nationality or plain words
        // ("the Fox poll" names its issuer, which speaks; "the complaint" alleges what it reports).
        if atStart, let range = phraseToComma(after: k, upperBound: body.upperBound, atStart: atStart), tokens[range.lowerBound].has(.determiner),
            let head = range.prefix(4).dropFirst().first(where: { BlockReader.speechRecords.contains(block.lower($0)) }),
            (range.lowerBound + 1..<head).allSatisfy({ !tokens[$0].isCapitalized || tokens[$0].has(.nationality) })
        {
            return (range, Mention(kind: .report(Phrase(tokens: range)), tokens: range))
        }
        // "according to a police report", "according to a court filing": the document of a body not named by its name.
        if let range = phraseToComma(after: k, upperBound: body.upperBound, atStart: atStart), range.count <= 4, tokens[range.lowerBound].has(.determiner),
            tokens[range.upperBound - 1].has(.documentNoun), range.dropFirst().allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized })
        {
            return (range, Mention(kind: .report(Phrase(tokens: range)), tokens: range))
        }
        // ("according to a press release from the operator": a phrase of plain words cut before a document's noun is its
        // modifier, no source; "a new Harbor Institute poll" names one.)
        if let range = mentions.mention(after: k, upperBound: body.upperBound, closedAppositive: atStart),
            range.upperBound >= body.upperBound || !tokens[range.upperBound].has(.documentNoun) || tokens[range.upperBound - 1].isCapitalized,
            let mention = mentions.parse(range)
        {
            // "Per Ostapress, Ostrava’s defense minister, Karel Novy, ordered …": a role whose name is set off
            // after it opens the claim; it is no appositive of the source.
            if atStart, let comma = range.first(where: { tokens[$0].word == .comma }), range.upperBound + 1 < body.upperBound,
                tokens[range.upperBound].word == .comma,
                let nameEnd = (range.upperBound + 1..<body.upperBound).first(where: { tokens[$0].word == .comma }),
                mentions.bareName((range.upperBound + 1)..<nameEnd) != nil, let source = mentions.parse(range.lowerBound..<comma)
            {
                return (range.lowerBound..<comma, source)
            }
            return (range, mention)
        }
        guard let range = phraseToComma(after: k, upperBound: body.upperBound, atStart: atStart) else { return nil }
        return (range, Mention(kind: .report(Phrase(tokens: range)), tokens: range))
    }

    /// Documents that record what was said, through which the person who said it speaks.
    static let speechRecords: Set<String> = ["readout", "transcript", "recording"]

    /// The words after `k` up to a comma or quote (at most 14), which must close before the body's end when
    /// the phrase opens the sentence.
    func phraseToComma(after k: Int, upperBound: Int, atStart: Bool) -> Range<Int>? {
        var end = k + 1
        while end < upperBound, end < k + 16, tokens[end].word != .comma, quoteOf[end] < 0 { end += 1 }
        guard end > k + 1, end - (k + 1) <= 14, atStart ? end < upperBound : true else { return nil }
        return (k + 1)..<end
    }

    /// "according to a statement from the board", "according to a Harbor Board press release": the board,
    /// speaking through its document.
    func issuerOfDocument(after k: Int, upperBound: Int, atStart: Bool) -> (Range<Int>, Mention)? {
        guard let range = phraseToComma(after: k, upperBound: upperBound, atStart: atStart), let body = issuingBody(in: range) else { return nil }
        return (range, Mention(kind: body.kind, tokens: range))
    }

    /// The body or named person that issued the document opening the source phrase `range`, when one is named ("the
    /// board" of "a statement from the board", "Mayor Ivo Pell" of "a statement from Mayor Ivo Pell").
    func issuingBody(in range: Range<Int>) -> Mention? {
        guard let issuer = mentions.documentIssuer(in: range), let body = mentions.parse(issuer) else { return nil }
        switch body.kind {
        case .organization: return body
        // A person after "from" or "by" ("a Chinese readout" names a country; "a report from Bloomberg New Energy Finance":
        // a name that a long run of capitals ends in is no person's).
        case .person(let name) where [.from, .by].contains(tokens[issuer.lowerBound - 1].word)
            && (name.lowerBound == issuer.lowerBound || tokens[name.lowerBound - 1].has([.titleWord, .honorific])):
            return body
        default: return nil
        }
    }

    /// The document through which the body a source phrase names spoke, as the via ("a statement" of "according to
    /// a statement from the port authority"); nil when the phrase names no issuing body ("the report").
    func issuedDocumentVia(in range: Range<Int>) -> Via? {
        issuingBody(in: range) == nil ? nil : vias.channelDocument(in: range)
    }

    /// "according to a memo obtained by the Harbor Ledger": the document is the source, read as a report,
    /// and the phrase runs to the comma; the outlet only came by it.
    func heldDocument(after k: Int, upperBound: Int) -> (Range<Int>, Mention)? {
        guard let document = (k + 1..<min(upperBound, k + 5)).first(where: { tokens[$0].has(.documentNoun) }),
            document + 2 < upperBound, tokens[document + 2].word == .by, lexicon.holdingParticiples.contains(block.lower(document + 1))
        else { return nil }
        let end = (document + 3..<upperBound).first { tokens[$0].word == .comma || quoteOf[$0] >= 0 } ?? upperBound
        let phrase = (k + 1)..<end
        return (phrase, Mention(kind: .report(Phrase(tokens: (k + 1)..<(document + 1))), tokens: phrase))
    }

    /// The subject of a cue it does not touch: "Vale called the plan “reckless” and said …",
    /// "…, saying that …", "A news report published Wednesday said …".
    func distantSubject(of c: Int, in body: Range<Int>) -> Range<Int>? {
        guard c > body.lowerBound else { return nil }
        let subject = subject(of: body).flatMap { $0.upperBound <= c ? $0 : nil }
        // ("Pell took the stage and called the council “rotten”": any reporting verb may share a subject.)
        if isCoordinatedCue(c, verbs: .reportingVerb) {
            if let subject { return subject }
            // "The port director refused … but said": a description too, whose plain words the initial phrase stops at.
            guard let opening = mentions.mention(after: body.lowerBound - 1, upperBound: c), mentions.parse(opening) != nil else { return nil }
            return opening
        }
        guard let subject else { return nil }
        let previous = tokens[c - 1].word
        if previous == .comma && tokens[c].has(.endsInIng) { return subject }
        let gap = subject.upperBound..<c
        // A short post-modifier may stand between: "people who have battled spam say", "Politicians and some technologists say".
        guard gap.count <= 8, !gap.contains(where: { [.comma, .that, .which, .but].contains(tokens[$0].word) || quoteOf[$0] >= 0 })
        else { return nil }
        return subject
    }

    /// Whether a cue at `c` is joined by "and" or "but" to a verb before it, sharing its subject
    /// ("criticized the budget and said …", "refused questions but later said …").
    func isCoordinatedCue(_ c: Int, verbs: WordTraits = .clauseVerb) -> Bool {
        guard c > 0, isCue(c, verbs), !tokens[c].has(.endsInIng), c + 1 >= tokens.count || tokens[c + 1].word != .of else { return false }
        return coordination(before: c) < c
    }

    /// Whether a coordinated verb at `next` in the present goes on with the claim of a cue `c` in the past: "said the fund
    /// “welcomes the progress” and expects a vote soon" is one claim, as the speaker's own second verb would share the
    /// cue's tense ("said the port would close and warned that …").
    func continuesClaimInItsTense(_ next: Int, cue c: Int) -> Bool {
        tokens[c].has([.endsInEd, .irregularPast]) && tokens[next].has(.endsInS) && !tokens[next].has([.endsInDoubleS, .endsInUs, .endsInIs])
    }

    /// The index of the "and" or "but" before a coordinated cue at `c`, over adverbs such as "also"; `c` when none.
    func coordination(before c: Int) -> Int {
        var p = c - 1
        while p > 0, tokens[p].has(.skippable) { p -= 1 }
        return p >= 0 && (tokens[p].word == .and || tokens[p].word == .but) ? p : c
    }

    /// The claim a participle cue inside another claim reports for that claim's speaker, when its own
    /// subject is out of reach: "On Tuesday, the company said it would not file in time, warning that it
    /// could default". The claim before must be one clause with a verb of its own, so that the participle
    /// goes with its cue ("while rivals called for …, Vale hewed to …, noting that" is Vale's).
    func participleClaim(at c: Int, endingAt end: Int, after claim: Finding) -> Finding? {
        guard let cue = claim.cue, cue.upperBound < c - 1 else { return nil }
        let before = cue.upperBound..<(c - 1)
        guard hasVerb(before), !before.contains(where: { tokens[$0].word == .comma || quoteOf[$0] >= 0 })
        else { return nil }
        let start = tokens[c].has(.tellVerb) ? vias.toldObject(after: c, upperBound: end).end
            : c + 1 < end && tokens[c + 1].word == .that ? c + 2 : c + 1
        guard end - start >= 3 else { return nil }
        var reported = claim
        reported.content = trimmed(start..<end)
        reported.cue = c..<(c + 1)
        reported.via = nil
        reported.resumed = nil
        reported.rule = "NAME CUE CLAIM, PARTICIPLE that CLAIM"
        return reported
    }

    /// Whether the tokens `range` hold a finite verb, and so a clause of their own.
    /// Whether the words after "add" or "warn", which run straight on from it without a verb of their own, or after
    /// "recall", make it an action on a thing rather than a report: "added three firms to its list", "warned Manila over
    /// its mission", "recalled its ambassador".
    func isAction(_ content: Range<Int>, after c: Int) -> Bool {
        guard quoteOf[content.lowerBound] < 0 else { return false }
        let verb = block.lower(c)
        // "Veltan recalled its ambassador", "recalls envoy": a person called home, not a memory told ("recalled the
        // senator telling him", "recalled the mayor's words" recall words).
        if verb.hasPrefix("recall") {
            return content.prefix(3).contains { k in
                tokens[k].has([.titleWord, .anonymousHead]) && !tokens[k].isCapitalized
                    && (k + 1 == content.upperBound || (tokens[k + 1].word != .possessive && !tokens[k + 1].has(.endsInIng)))
            }
        }
        guard !hasVerb(content) else { return false }
        // "The survey points out a seal colony near the pier", "notes a rise in visitors": a thing pointed at, with no
        // clause of its own, is no claim ("points out that the colony grew").
        if BlockReader.pointingForms.contains(tokens[c].word) { return tokens[content.lowerBound].has([.determiner, .possessiveDeterminer]) }
        // "warned Washington against strikes": whom a warning was for, and against what.
        if verb.hasPrefix("warn") { return content.dropFirst().contains { tokens[$0].word == BlockReader.against || tokens[$0].word == .over } }
        guard verb.hasPrefix("add") else { return false }
        return content.dropFirst().contains { k in
            tokens[k].word == .to && k + 1 < content.upperBound && tokens[k + 1].has([.determiner, .possessiveDeterminer])
        }
    }

    func hasVerb(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].has(.verbForm) }
    }

    /// A participle cue after a comma inside a claim, past the claim's own cue: "…, telling lawmakers that …".
    func participleCue(in content: Range<Int>, after cue: Range<Int>) -> Int? {
        let start = max(content.lowerBound, cue.upperBound) + 1
        guard start < content.upperBound else { return nil }
        return (start..<content.upperBound).first { c in
            tokens[c - 1].word == .comma && tokens[c].has(.endsInIng) && isCue(c, .clauseVerb)
        }
    }

    /// The comma opening a clause that says why the source goes unnamed ("…, speaking on condition of anonymity because …",
    /// "…, asking not to be named"), within a claim's words; nil when none does.
    func anonymityClause(in content: Range<Int>) -> Int? {
        content.dropFirst().first { k in
            guard tokens[k].word == .comma, endsClause(k) else { return false }
            return (k + 1..<min(content.upperBound, k + 7)).contains { w in
                block.lower(w, is: "anonymity") || block.lower(w, is: "anonymously")
                    || (w > k + 1 && block.lower(w - 1, is: "be") && (block.lower(w, is: "named") || block.lower(w, is: "identified")))
            }
        }
    }

    /// The coordinated cue right after a claim cut before it ("… new rules, and said …"), if one follows.
    func coordinatedCue(after content: Range<Int>, in clause: Range<Int>) -> Int? {
        var k = content.upperBound
        while k < clause.upperBound, tokens[k].kind == .punctuation { k += 1 }
        guard k < clause.upperBound, tokens[k].word == .and || tokens[k].word == .but else { return nil }
        return (k + 1..<min(clause.upperBound, k + 4)).first { isCoordinatedCue($0) && coordination(before: $0) == k }
    }

    /// Whether token `k` stands right before the closing mark of its quote.
    func closesQuote(_ k: Int) -> Bool {
        quoteOf[k] >= 0 && block.quotes[Int(quoteOf[k])].close == k + 1
    }

    /// Whether a comma at `k` ends a clause of the writer's: outside quotes, or just inside a closing
    /// mark (`… may be “strategic,” said Vos`).
    func endsClause(_ k: Int) -> Bool {
        quoteOf[k] < 0 || closesQuote(k)
    }

    /// "A port official who asked not to be named because he could not discuss the talks said …": the
    /// phrase opening the sentence speaks when a relative clause right after it runs up to the cue, without
    /// commas or set off by two ("A diplomat from a Gulf state, who requested anonymity, said"). A short
    /// modifier after the phrase is part of it ("A nurse at the hospital who asked not to be named said").
    func subjectBeforeRelativeClause(_ subject: Range<Int>, cue c: Int) -> Range<Int>? {
        var end = subject.upperBound
        if end < c, MentionParser.modifierLinks.contains(tokens[end].word) {
            var k = end + 1
            while k < c, k - end <= 7, tokens[k].isWord, !tokens[k].has([.relativePronoun, .verbForm, .auxiliary]) || tokens[k].has(.determiner) {
                k += 1
            }
            if k < c, k > end + 1, tokens[k].word == .who || (tokens[k].word == .comma && k + 1 < c && tokens[k + 1].word == .who) { end = k }
        }
        // (Not after an appositive: "The suspect's father, Leon Vance, who lives in Dayton, said" names its speaker.)
        let setOff = end < c && tokens[end].word == .comma && tokens[c - 1].word == .comma && !subject.contains { tokens[$0].word == .comma }
        let who = setOff ? end + 1 : end
        // "A colonel who leads a brigade, speaking on condition of anonymity, said": a participle clause set off by
        // commas may follow the relative clause.
        let participle = !setOff && who + 1 < c && tokens[c - 1].word == .comma ? mentions.participleClauseOpening(before: c - 1, lowerBound: who) : nil
        guard who < c - 1, c - who <= BlockReader.window / 2, tokens[who].word == .who,
            !(who..<(participle ?? (setOff ? c - 1 : c))).contains(where: { tokens[$0].word == .comma || quoteOf[$0] >= 0 })
        else { return appositiveAfterRelativeClause(subject, cue: c) ? subject : nil }
        // (A clause set off by commas stays in the phrase as its appositive: "because she was not authorized" gives a gender.)
        return subject.lowerBound..<(setOff ? c : end)
    }

    /// "Bruce Hal, who is executive director of the Iran Policy Committee, a Washington think tank, said": an opening
    /// phrase that holds its relative clause, then an appositive of the clause's last noun, set off up to the cue.
    func appositiveAfterRelativeClause(_ subject: Range<Int>, cue c: Int) -> Bool {
        let comma = subject.upperBound
        guard comma + 2 < c, subject.contains(where: { tokens[$0].word == .who }), tokens[comma].word == .comma, tokens[c - 1].word == .comma,
            tokens[comma + 1].has(.determiner)
        else { return false }
        return !((comma + 1)..<(c - 1)).contains { tokens[$0].word == .comma || tokens[$0].has(.verbForm) || quoteOf[$0] >= 0 }
    }

    /// Whether the verb at `c` opens a relative clause ("an official who asked not to be named"), its "who" at or after `lowerBound`.
    func followsWho(_ c: Int, from lowerBound: Int) -> Bool {
        c - 1 >= lowerBound && tokens[c - 1].word == .who
    }

    /// "The families of the miners who died said": the phrase opening the clause before a short relative clause
    /// that runs, without commas, up to the cue.
    func phraseBeforeRelativeClause(cue c: Int, lowerBound: Int) -> Range<Int>? {
        guard let who = (max(lowerBound, c - 6)..<c).last(where: { tokens[$0].word == .who }), who > lowerBound,
            !(who..<c).contains(where: { tokens[$0].word == .comma || quoteOf[$0] >= 0 }),
            let phrase = mentions.mention(before: who, lowerBound: lowerBound),
            // ("But a diplomat who requested anonymity said": a conjunction may open the clause.)
            phrase.lowerBound == lowerBound || (phrase.lowerBound == lowerBound + 1 && tokens[lowerBound].has(.clauseConjunction))
        else { return nil }
        return phrase
    }

    /// `NAME CUE [OBJECT] [adjuncts] [that] CONTENT`: "Ms. Brenner told the Harbor Times in an email that …".
    func claimAfterCue(_ body: Range<Int>, cuesFrom firstCue: Int? = nil, book: inout EntityBook) -> Finding? {
        // The phrase opening the clause, read at the first cue that asks for it (most clauses have none).
        var opening: Range<Int>?? = nil
        for c in (firstCue ?? body.lowerBound)..<body.upperBound where reportsClause(c) {
            let t = tokens[c]
            // "She’s claiming that …", "Vale is telling voters …": the subject stands before the auxiliary
            // (the contracted "is" of "She’s" reads like a possessive).
            let contracted = c - 2 >= body.lowerBound && tokens[c - 1].word == .possessive && tokens[c - 2].has(.pronoun)
            let progressive = t.has(.endsInIng) && c > body.lowerBound && (tokens[c - 1].has(.auxiliary) || contracted)
            if t.has(.endsInIng), !progressive, c == body.lowerBound || tokens[c - 1].word != .comma { continue }
            if isNounUse(c, lowerBound: body.lowerBound) || (c > body.lowerBound && tokens[c - 1].word == .to) { continue }
            if t.isCapitalized, c > body.lowerBound { continue }
            // "has not said how she will vote", "never said the vote was rigged": a denied report carries no claim.
            if c > body.lowerBound, tokens[c - 1].word == .not || tokens[c - 1].word == BlockReader.never { continue }
            // "who asked that his name not be used": a request in a relative clause, not a report.
            if followsWho(c, from: body.lowerBound), mentions.opensQuestion(c) { continue }
            // "A landlord who feared retaliation said …": a relative clause's verb gives way to the cue after it
            // ("Barkley, who said he votes Democratic, said …" reports twice).
            if followsWho(c, from: body.lowerBound), !t.has(.sayVerb), c + 2 < body.upperBound, tokens[c + 1].word != .that,
                (c + 2..<min(body.upperBound, c + BlockReader.window / 2)).contains(where: { isCue($0, .sayVerb) && !followsWho($0, from: c) })
            {
                continue
            }
            // "who asked not to be named", "who declined to be identified": a request, not a report.
            if c + 2 < body.upperBound, tokens[c + 1].word == .not, tokens[c + 2].word == .to { continue }
            // "Mook said as much in an interview": the words were those just reported.
            if c + 2 < body.upperBound, tokens[c + 1].word == .as, block.lower(c + 2, is: "much") { continue }
            // "A Nuvexa spokesman declined to comment on production numbers", "Officials refused to say whether …",
            // "Beijing has declined to condemn the invasion": a refusal, not a report.
            if c + 1 < body.upperBound, tokens[c + 1].word == .to, lexicon.refusalVerbs.contains(block.lower(c)) { continue }
            // "Hale added 14 points and 12 rebounds", "The company added 300 jobs": a count, not a report.
            if c + 1 < body.upperBound, tokens[c + 1].kind == .number, lexicon.countingVerbs.contains(block.lower(c)) { continue }
            let lower = lowerBound(before: c, in: body)
            let subjectEnd = progressive ? c - 1 : c
            var found: Range<Int>? = nil
            if !t.has(.endsInIng) || progressive {
                if opening == nil {
                    // ("But an official who works at the ministry said": a conjunction opening the clause is no part of its subject.)
                    let conjunction = tokens[body.lowerBound].has(.clauseConjunction) && body.count > 1
                    opening = .some(mentions.mention(after: conjunction ? body.lowerBound : body.lowerBound - 1, upperBound: body.upperBound))
                }
                found = opening!.flatMap { subjectBeforeRelativeClause($0, cue: c) } ?? mentions.mention(before: subjectEnd, lowerBound: lower)
                    ?? phraseBeforeRelativeClause(cue: c, lowerBound: lower)
            }
            var parsed = found.flatMap { mentions.parse($0) }
            if let mention = parsed, case .description(let head, _) = mention.kind, !book.canDescribe(block.lower(head)) { parsed = nil }
            // "A diplomat based in Brussels said": the place is no speaker; the subject stands before it.
            if let range = found, range.lowerBound > body.lowerBound, tokens[range.lowerBound - 1].has(.placePreposition), range.count <= 3,
                range.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].has([.honorific, .titleWord]) }),
                case .person = parsed?.kind, !book.knowsPerson(range, in: block)
            {
                parsed = nil
            }
            if parsed == nil, let document = documentBefore(cue: c, lowerBound: lower) {
                found = document
                parsed = Mention(kind: .report(Phrase(tokens: document)), tokens: document)
            }
            if parsed == nil {
                // "Vale at the time said …": the subject stands further back.
                found = distantSubject(of: c, in: body)
                parsed = found.flatMap { mentions.parse($0) }
            }
            guard let mentionRange = found, let mention = parsed, agreesWithSubject(c, mention) else { continue }
            var k = c + cueLength(c)
            // "Police found the car": a document's verb reports only for a document or before "that".
            if isDocumentVerb(c), !isDocument(mention), !isFinder(mention), c + 1 < body.upperBound, tokens[c + 1].word != .that { continue }
            // "because she feared retaliation, said …": a verb of belief reports a clause, not a bare noun before a comma.
            if !t.has(.speechVerb), t.has(.cognitionVerb), c + 2 < body.upperBound, tokens[c + 1].isWord,
                !tokens[c + 1].has([.determiner, .pronoun]), tokens[c + 2].word == .comma
            {
                continue
            }
            var via: Via? = nil
            if t.has(.tellVerb) {
                let object = vias.toldObject(after: c, upperBound: body.upperBound)
                via = object.via
                k = object.end
                // "accused the carriers of “stalling …”": what they are accused of is the claim.
                if k + 1 < body.upperBound, tokens[k].word == .of, k > c + 1 { k += 1 }
            }
            // Adjuncts before "that": "in an email that", "over the phone that", "on Thursday that".
            // ("told Reuters by phone that": a channel counts as a circumstance too.)
            if k < body.upperBound, tokens[k].word != .that, tokens[k].has([.adjunctStarter, .channelPreposition]) || tokens[k].word == .comma {
                var j = k
                while j < body.upperBound, j < k + 14, tokens[j].word != .that, !tokens[j].isSentenceFinal, !opensClaim(j) { j += 1 }
                if j < body.upperBound, tokens[j].word == .that || opensClaim(j) {
                    via = via ?? vias.find(in: k..<j)
                    k = j
                } else if tokens[k].has(.channelPreposition), let channel = vias.channel(at: k, upperBound: body.upperBound) {
                    // "cautioned via a post on X about …": the channel is not part of the claim.
                    via = via ?? channel.via
                    k = channel.end
                }
            }
            // "defended the move in a post on X, writing that …": a participle cue after the object carries the claim.
            // After "said" a verb before it makes a claim of its own ("said the tax was fair, adding that …").
            if k + 2 < body.upperBound, tokens[k].word != .that,
                let that = (k + 2..<min(body.upperBound, k + 16)).first(where: {
                    tokens[$0].word == .that && tokens[$0 - 2].word == .comma && tokens[$0 - 1].has(.endsInIng) && isCue($0 - 1, .clauseVerb)
                }),
                !t.has(.sayVerb) || !hasVerb(k..<(that - 2))
            {
                via = via ?? vias.find(in: k..<that)
                k = that
            }
            // "Varga agreed, with a caveat.", "Lund agreed, though he argued …": after a cue closed by a comma, a
            // subordinate clause or a manner is no claim ("said, with a smile, that …" still reports).
            if !t.has(.tellVerb), c + cueLength(c) + 1 < body.upperBound, tokens[c + cueLength(c)].word == .comma,
                tokens[k].word != .that, k == 0 || tokens[k - 1].word != .that,
                BlockReader.subordinators.contains(block.lower(c + cueLength(c) + 1))
            {
                continue
            }
            // "said separately that …", "said again that …": an adverb before "that" is no part of the claim.
            if k + 1 < body.upperBound, tokens[k].has(.skippable), !tokens[k].has([.auxiliary, .modal]), tokens[k + 1].word == .that { k += 1 }
            if k < body.upperBound, tokens[k].word == .that {
                // ("Benedetti said that was “too little”": "that" before a verb is the claim's subject.)
                if k + 1 >= body.upperBound || !tokens[k + 1].has([.copula, .auxiliary, .modal]) || tokens[k + 1].word == .as { k += 1 }
            } else if k < body.upperBound,
                tokens[k].has([.auxiliary, .modal]) || tokens[k].word == .from,
                mentionRange.lowerBound == body.lowerBound || ![.which, .that, .who].contains(tokens[mentionRange.lowerBound - 1].word)
            {
                // "everything Vale says is true", "Ivo Pratt reported from Gullport": the verb phrase goes on; no
                // claim follows. ("limits, which the union says have become routine": the claim's subject is "which".)
                continue
            }
            while k < body.upperBound, tokens[k].word == .comma || tokens[k].word == .colon { k += 1 }
            // "urged restraint, according to the Harbor Times": the source of the sentence ends it after the cue's object,
            // and no claim follows ("said, according to its tally, the party had won" reports one after a comma).
            if k < body.upperBound, isAccordingTo(k) || tokens[k].word == .per, !(k..<body.upperBound).contains(where: { tokens[$0].word == .comma }) {
                continue
            }
            var end = body.upperBound
            // "…, according to a statement by the foreign ministry": a via, not part of the claim.
            if let a = (k..<min(body.upperBound, k + 2 * BlockReader.window)).first(where: {
                (isAccordingTo($0) || tokens[$0].word == .per) && $0 > k && followsComma($0)
            }) {
                via = via ?? vias.find(in: a..<body.upperBound)
                // ("was “reckless,” according to …": the closing mark after the comma still belongs to the claim.)
                end = tokens[a - 1].kind == .quote ? a : a - 1
            }
            // "…, citing local officials": whom the reporter cites after a comma is no part of the claim (but "citing her
            // “long experience”" quotes the speaker's reasons).
            if let citing = (k..<end).first(where: { $0 > k && tokens[$0 - 1].word == .comma && quoteOf[$0] < 0 && block.lower($0, is: "citing") }),
                !(citing..<end).contains(where: { quoteOf[$0] >= 0 })
            {
                end = citing - 1
            }
            // "…, the state-run Harbor Times reported": the outlet that carried the claim. ("… “new realities,” state
            // news agency RIA Novosti reported": the comma may close a quote, whose mark stays with the claim.)
            if let comma = (k..<end).last(where: { tokens[$0].word == .comma && (quoteOf[$0] < 0 || (closesQuote($0) && $0 + 2 < end)) }) {
                let closed = quoteOf[comma] >= 0
                if let outlet = vias.reportingOutlet(in: (closed ? comma + 2 : comma + 1)..<end) {
                    via = via ?? outlet
                    end = closed ? comma + 2 : comma
                }
            }
            // "Ada Quill, who said the tables were wrong, resigned.": the claim ends where the main clause resumes.
            if mentionRange.lowerBound == body.lowerBound, tokens[mentionRange.upperBound - 1].has(.relativePronoun),
                let resume = (k..<end).last(where: { tokens[$0].word == .comma && quoteOf[$0] < 0 }), resume + 1 < end,
                tokens[resume + 1].has(.verbForm)
            {
                end = resume
            }
            // "While Vale said the port was safe, the board closed it.": a claim in a clause a subordinating conjunction
            // opens ends at the clause's comma, where the main clause begins with its subject (a comma in a list, "a
            // full, unedited copy", or before a relative clause goes on).
            if mentionRange.lowerBound > body.lowerBound, tokens[mentionRange.lowerBound - 1].has(.clauseSubordinator),
                k + 1 < end, let comma = (k..<(end - 1)).first(where: { c in
                    tokens[c].word == .comma && quoteOf[c] < 0 && !tokens[c + 1].has(.relativePronoun)
                        && (tokens[c + 1].isCapitalized || tokens[c + 1].has([.pronoun, .determiner]))
                }),
                (k..<comma).count(where: { tokens[$0].isWord }) >= 3
            {
                end = comma
            }
            if k + 1 < end, let next = (k + 1..<end).first(where: { isCoordinatedCue($0) && !continuesClaimInItsTense($0, cue: c) }) {
                // "refused to take questions but said …": only the second verb reports.
                if tokens[k].word == .to { continue }
                end = coordination(before: next)
            }
            var content = k..<end
            guard content.count(where: { tokens[$0].isWord }) >= 3, tokens[k].isWord || tokens[k].kind == .quote || tokens[k].kind == .number
            else { continue }
            if k == c + cueLength(c), isAction(content, after: c) { continue }
            if let channel = channelEndingObject(content) {
                via = via ?? channel.via
                content = k..<channel.start
            }
            via = via ?? openingVia(before: mentionRange, from: body.lowerBound) ?? interjectedVia(after: mentionRange, cue: c)
            // "Xinhua reported that Wang Yi said …": the person reported speaks, and the outlet carried the words.
            if case .organization = mention.kind, BlockReader.reportForms.contains(t.word), let first = content.first, tokens[first].isCapitalized,
                !tokens[first].has(.pronoun), let inner = carriedClaim(in: content, carrier: carrierVia(mentionRange, mention), book: &book)
            {
                return inner
            }
            let entity = book.resolve(mention, in: block)
            if let entity { readGender(ofClaimSubject: k, speaker: entity, book: &book) }
            return Finding(
                kind: .indirect, content: trimmed(content), entity: entity, speaker: mentionRange, cue: c..<(c + cueLength(c)),
                via: via, blockIndex: block.index, rule: "NAME CUE that CLAIM")
        }
        return nil
    }

    /// "confirmed the split through her lawyer on Tuesday", "denied the report in a statement", "shared the story on
    /// Facebook": a channel that ends a claim made of the cue's object alone (no verb in it; a weekday after the channel
    /// aside) is how the words came, no part of them, when a determiner, a name or a channel's noun opens it ("called the
    /// pact a betrayal in remarks to the Herald"; "examples of plagiarism in political speech" speak of speech) and "by"
    /// does not ("the senator stood by her remarks"). Its start and via; nil
    /// otherwise. Only the last words are searched.
    func channelEndingObject(_ claim: Range<Int>) -> (start: Int, via: Via)? {
        let lastWords = max(claim.lowerBound + 1, claim.upperBound - BlockReader.channelReach)..<(claim.upperBound - 1)
        for p in lastWords.reversed() where tokens[p].has(.channelPreposition) && tokens[p].word != .by && quoteOf[p] < 0
            && (tokens[p + 1].has([.determiner, .possessiveDeterminer, .channelNoun]) || tokens[p + 1].isCapitalized)
        {
            guard let found = vias.channelOrIntermediary(at: p, upperBound: claim.upperBound) else { continue }
            var end = found.end
            if end + 1 < claim.upperBound, tokens[end].word == .on, tokens[end + 1].isCapitalized, tokens[end + 1].has(.functionWord) { end += 2 }
            guard (end..<claim.upperBound).allSatisfy({ !tokens[$0].isWord }),
                !(claim.lowerBound..<p).contains(where: { tokens[$0].has(.verbForm) && quoteOf[$0] < 0 })
            else { return nil }
            return (p, found.via)
        }
        return nil
    }

    /// How many of a claim's last words are searched for a channel that ends it.
    static let channelReach = 10

    /// "told reporters on Tuesday he opposed …": a pronoun after the adjuncts, not governed by one of
    /// their prepositions, is the subject of a claim without "that".
    func opensClaim(_ k: Int) -> Bool {
        (tokens[k].has(.pronoun) || tokens[k].word == .it) && !tokens[k - 1].has(.channelPreposition)
            && ![.with, .to, .for, .from, .of].contains(tokens[k - 1].word)
    }

    /// "Mayor Pell said she would veto the bill": a claim whose subject is "he" or "she" speaks of its
    /// speaker, whose gender the pronoun then gives, when the text has not given one. "her" opens a
    /// claim as a possessive ("wrote that her prose …"), about someone else as often as not; so does one
    /// that the speaker's first name contradicts ("Robert Vance said she would resign").
    func readGender(ofClaimSubject k: Int, speaker entity: Int, book: inout EntityBook) {
        guard tokens[k].has(.pronoun), !tokens[k].has(.possessiveDeterminer), book[entity].kind == .person, book[entity].gender == nil,
            let gender = lexicon.pronouns[block.lower(k)] ?? nil, (book[entity].nameGender ?? gender) == gender
        else { return }
        book[entity].gender = gender
        book[entity].genderIsGuessed = true
    }

    /// Whether `comma` follows a verb of saying whose subject stands before it: "Ada Quill said," or "the alliance said,".
    func isCueBeforeComma(_ comma: Int, in body: Range<Int>) -> Bool {
        let c = comma - 1
        return c > body.lowerBound && tokens[comma].word == .comma && tokens[c].has(.sayVerb) && isCue(c, .speechVerb) && !tokens[c].has(.endsInIng)
            && mentions.mention(before: c, lowerBound: body.lowerBound) != nil
    }

    /// "He added that …", "Haug said her country would …": near the start, a clause cue after its
    /// subject and before the claim's first word.
    func hasSpeakerAndCue(_ range: Range<Int>) -> Bool {
        range.prefix(BlockReader.window / 4).contains { c in
            guard c > range.lowerBound, c + 1 < range.upperBound else { return false }
            let next = c + 1
            // ("Peskov said Moscow was calm": a name may open the claim, but not "…, said Peskov".)
            let opensWithName = tokens[c].has(.sayVerb) && tokens[next].isCapitalized && !tokens[next].has(.functionWord) && tokens[c - 1].word != .comma
            // ("Investors expect two more cuts, according to analysts at Barclays": a belief has no words of its own to carry.)
            // ("The minister announced a ceasefire, according to state media": an object with no verb of its own is no claim.)
            let opensClause = tokens[next].has([.determiner, .possessiveDeterminer]) && hasVerb(next..<range.upperBound)
            return (tokens[next].word == .that || opensClaim(next) || opensClause || opensWithName)
                && isCue(c, .clauseVerb) && (tokens[c].has(.speechVerb) || !tokens[c].has(.cognitionVerb))
        }
    }

    /// A comma right before token `k`, or inside the closing mark right before it (`…,” according to`).
    func followsComma(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        if tokens[k - 1].word == .comma { return true }
        return k >= 2 && tokens[k - 1].kind == .quote && tokens[k - 2].word == .comma
    }

    /// Whether a plural word for sources ends the head of `phrase` before a place or post-modifier: "organizers" of
    /// "organizers in Dunmore", "analysts" of "analysts on the ground".
    func hasPluralSourceBeforeModifier(_ phrase: Range<Int>) -> Bool {
        guard let link = phrase.dropFirst().first(where: { tokens[$0].has(.placePreposition) || mentions.linksModifier($0) }) else { return false }
        let head = tokens[link - 1]
        return head.has(.anonymousHead) && head.has(.endsInS)
    }

    /// A cue word in its bare form ("report", "claim") is a verb only after a plural subject
    /// ("experts say", "they claim"); after "the Harbor Times" it is a noun.
    func agreesWithSubject(_ c: Int, _ mention: Mention) -> Bool {
        let inflected = tokens[c].has([.endsInS, .endsInEd, .endsInIng, .irregularPast])
        // "Vale did post", "Vale will say": after an auxiliary the base form fits any subject.
        let afterModal = c > 0 && tokens[c - 1].has(.modal)
        if inflected || afterModal { return true }
        switch mention.kind {
        case .pronoun(let gender): return gender == nil
        case .it: return true
        case .anonymous(let description, let vague):
            // "Some say", "31 percent say", "one in five say": vague groups and shares of people take the plural; so
            // does a plural source's head before its place or post-modifier ("organizers in Dunmore say").
            return vague || description.text(in: block).hasSuffix("s") || hasPluralSourceBeforeModifier(mention.tokens)
                || mentions.isQuantity(mention.tokens.upperBound - 1, lowerBound: mention.tokens.lowerBound)
        case .person(let tokens):
            let name = block.text(tokens: tokens)
            return !name.utf8.contains(UInt8(ascii: " ")) && name.hasSuffix("s") && !name.hasSuffix("ss")
        default: return false
        }
    }

    /// Drops punctuation at the edges of a claim.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, tokens[start].kind == .punctuation, !isNumberSign(start) { start += 1 }
        while end > start, tokens[end - 1].kind == .punctuation, !isNumberSign(end - 1) { end -= 1 }
        return start..<end
    }

    /// Whether token `k` is a sign that belongs to the number beside it: "rise by 5%", "$200 million was pledged".
    func isNumberSign(_ k: Int) -> Bool {
        switch block.firstScalar(of: k) {
        case "%", "$", "\u{00A3}", "\u{20AC}", "\u{00A5}": true
        default: false
        }
    }

    // MARK: Names and credentials

    /// Registers every full name of the sentence outside quotes ("Harbor chief Osric Vale met …"), with
    /// the titles before it and an appositive after it, so later surnames and honorifics resolve.
    func registerNames(in sentence: Range<Int>, book: inout EntityBook) {
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            // Every word of a name is capitalized or a possessive, which most tokens are not: asked first.
            guard tokens[k].isCapitalized || tokens[k].word == .possessive, quoteOf[k] < 0, isNameWord(k) || isInsideOrganizationName(k) else {
                k += 1
                continue
            }
            var end = k + 1
            while end < sentence.upperBound, quoteOf[end] < 0, isNameWord(end) || isInsideOrganizationName(end) {
                end += 1
            }
            var run = k..<end
            k = end
            let endsInHead = tokens[end - 1].has(.organizationHead)
            if endsInHead {
                // "the Vestland Department of Harbors": an organisation's name runs on through its connectors.
                while end + 1 < sentence.upperBound, end - run.lowerBound < 8, quoteOf[end] < 0, tokens[end].has(.connector),
                    continuesOrganizationName(at: end + 1, in: sentence)
                {
                    end += 2
                    while end < sentence.upperBound, quoteOf[end] < 0, isNameWord(end) { end += 1 }
                }
                run = run.lowerBound..<end
                k = end
                // "the Chinese Foreign Ministry": the nationality is part of the body's name, which "the Foreign Ministry" later recalls.
                if run.lowerBound > sentence.lowerBound, tokens[run.lowerBound - 1].has(.nationality), tokens[run.lowerBound - 1].isCapitalized {
                    run = (run.lowerBound - 1)..<run.upperBound
                }
            }
            guard run.count >= 2, run.count <= 8, !lexicon.isKnownOutlet(run, in: block) else { continue }
            if endsInHead {
                // "the Northwick Port Authority": known, so that "the authority's director" can name it later.
                if let mention = mentions.parse(run), case .organization = mention.kind {
                    book.latestOrganizationOfParagraph = book.resolve(mention, in: block, salient: false)
                }
                continue
            }
            guard run.count <= 4 else { continue }
            if run.contains(where: { tokens[$0].has(.organizationHead) || tokens[$0].has(.outletWord) }) { continue }
            var phrase = run
            if let start = mentions.phraseStart(endingAt: run.upperBound - 1, lowerBound: sentence.lowerBound) {
                phrase = min(start, run.lowerBound)..<run.upperBound
            }
            // "The port director, Olav Dahl, was more cautious.": a role set off before the name that opens the sentence is his.
            // ("The chairwoman, Sen. Patricia Wendell (D-Md.), defended it.": a title may stand between the comma and the name.)
            var comma = run.lowerBound - 1
            while comma > sentence.lowerBound, tokens[comma].isCapitalized, tokens[comma].has([.titleWord, .honorific]) { comma -= 1 }
            if phrase.lowerBound >= comma + 1, comma > sentence.lowerBound, comma - sentence.lowerBound <= 5, tokens[comma].word == .comma,
                (sentence.lowerBound..<comma).allSatisfy({ tokens[$0].isWord }), (sentence.lowerBound..<comma).contains(where: { tokens[$0].has(.titleWord) })
            {
                phrase = sentence.lowerBound..<run.upperBound
            }
            // (Only a phrase that opens with the title: one reaching back further may hold another name.)
            let titled = phrase.lowerBound == run.lowerBound - 1 && tokens[phrase.lowerBound].has(.titleWord) && tokens[phrase.lowerBound].isCapitalized
            phrase = phrase.lowerBound..<appositiveEnd(after: end, in: sentence, titled: titled)
            guard var mention = mentions.parse(phrase), case .person = mention.kind else { continue }
            if mention.gender == nil { mention.gender = genderOfRelation(before: run.lowerBound, in: sentence) }
            // ("Mara Lind, 34, of Millbrook": a number set off beside the name is her age.)
            mention.givenAnAge = end + 1 < sentence.upperBound && tokens[end + 1].kind == .number && tagEnd(after: end, in: sentence) != nil
            // "The port director, Olav Dahl, was more cautious. He said …": a person the sentence opens on and
            // introduces with a role is whom the next pronoun most likely stands for.
            // ("Her colleague Mark Ellis disagreed.": so is one a relation after a possessive introduces.)
            let relation = sentence.lowerBound..<run.lowerBound
            let introducedByRelation = (2...3).contains(relation.count) && tokens[relation.lowerBound].has(.possessiveDeterminer)
                && tokens[run.lowerBound - 1].has([.anonymousHead, .titleWord]) && !tokens[run.lowerBound - 1].isCapitalized
            let introduced = (phrase.lowerBound == sentence.lowerBound && !mention.titles.isEmpty) || introducedByRelation
            _ = book.resolve(mention, in: block, salient: introduced)
        }
    }

    /// "His wife, Jane Holt,", "Holt's son Ian Holt": the gender of a relation set before the name
    /// after a possessive, so that a later "Ms. Holt" or "Mr. Holt" tells the two apart.
    func genderOfRelation(before name: Int, in sentence: Range<Int>) -> Gender? {
        var relation = name - 1
        if relation > sentence.lowerBound, tokens[relation].word == .comma { relation -= 1 }
        guard relation > sentence.lowerBound, tokens[relation].has(.genderedTitle), !tokens[relation].isCapitalized,
            tokens[relation - 1].has(.possessiveDeterminer) || tokens[relation - 1].word == .possessive
        else { return nil }
        return lexicon.genderedTitles[block.lower(relation)]
    }

    /// Whether the word after a connector of an organisation's name goes on with the name: a name word, or an
    /// adjective of nationality or party before one ("the Organization for Democratic Elections", "the Center for
    /// American Studies").
    func continuesOrganizationName(at k: Int, in sentence: Range<Int>) -> Bool {
        guard tokens[k].isCapitalized else { return false }
        if !isNonName(k) { return true }
        return tokens[k].isWord && tokens[k].has(.nationality) && k + 1 < sentence.upperBound && quoteOf[k + 1] < 0 && isNameWord(k + 1)
    }

    func isNonName(_ k: Int) -> Bool {
        tokens[k].has([.functionWord, .titleWord, .honorific, .nationality, .anonymousHead])
    }

    /// A capitalized word that can be part of a name.
    func isNameWord(_ k: Int) -> Bool {
        tokens[k].isWord && tokens[k].isCapitalized && !isNonName(k)
    }

    /// "Farmers" in "the Vestland Farmers Union", "’s" in "the Fishermen’s Association": a group's
    /// word or a possessive that names nobody alone but belongs to the organisation's name whose head follows.
    func isInsideOrganizationName(_ k: Int) -> Bool {
        var group = k
        if tokens[k].word == .possessive {
            guard k > 0, !tokens[k].spaceBefore else { return false }
            group = k - 1
        }
        guard tokens[group].isWord, tokens[group].isCapitalized, tokens[group].has(.anonymousHead) else { return false }
        var next = group + 1
        if next < tokens.count, tokens[next].word == .possessive, !tokens[next].spaceBefore { next += 1 }
        return next < tokens.count && tokens[next].isCapitalized && tokens[next].has(.organizationHead)
    }

    /// Where a phrase ending at `nameEnd` stops once what stands beside the name is taken in: a party
    /// tag or age, an organisation after "of", a relative clause giving a role, or an appositive after
    /// a comma ("Vale, the harbor master,"); `nameEnd` when none follows. After a name with a title before it
    /// (`titled`), a place after "of" is where the title is held ("President Amara Kessy of Veloria").
    func appositiveEnd(after nameEnd: Int, in sentence: Range<Int>, titled: Bool = false) -> Int {
        var end = tagEnd(after: nameEnd, in: sentence) ?? nameEnd
        // "epidemiologist Karin Aas of Tromsvik University": the organisation after "of" is hers.
        if end + 1 < sentence.upperBound, tokens[end].word == .of || tokens[end].word == .at, tokens[end + 1].isCapitalized {
            let orgEnd = mentions.capitalizedRunEnd(from: end + 1, end: sentence.upperBound)
            if mentions.runHasOrganizationHead(end + 1, orgEnd) {
                end = orgEnd
            } else if titled, tokens[end].word == .of {
                // (The place's own words only: "Sen. Ann Holt of Ohio and Sen. Ivo Pell of Utah" names two.)
                end = (end + 1..<min(orgEnd, end + 4)).first { !tokens[$0].isCapitalized || tokens[$0].has([.titleWord, .honorific]) } ?? min(orgEnd, end + 4)
            }
        }
        if let clauseEnd = roleClauseEnd(after: end, in: sentence) { return clauseEnd }
        // "Holm’s manager, Rolf Ness, blamed …", "The firm, Coastline Dredging, did not …": after a role or a
        // body's word, a name set off by commas is an appositive too.
        let afterRole = end > sentence.lowerBound
            && (tokens[end - 1].has([.titleWord, .anonymousHead]) || (tokens[end - 1].has(.organizationHead) && !tokens[end - 1].isCapitalized))
        guard end + 1 < sentence.upperBound, tokens[end].word == .comma else { return end }
        let describes = mentions.opensDescriptiveAppositive(end + 1, upperBound: sentence.upperBound)
        guard describes || afterRole else { return end }
        var a = end + 1
        while a < sentence.upperBound, tokens[a].word != .comma, !tokens[a].isSentenceFinal, quoteOf[a] < 0 { a += 1 }
        if tokens[end + 1].has(.determiner) { return a }
        // "Raman, director of the Asia program at the German Marshall Fund, was …": a bare role, closed by a comma.
        if describes, a < sentence.upperBound, tokens[a].word == .comma, isBareRole((end + 1)..<a) { return a }
        // ("A reader, Tom Hewitt from Skelby, sent …": the name may be followed by a home town or a body.)
        return a < sentence.upperBound && tokens[a].word == .comma && mentions.bareName(mentions.nameBeforeBody(in: (end + 1)..<a)) != nil ? a : end
    }

    /// Whether an appositive without a determiner is a role alone: no verb in it (a clause), and no
    /// name straight after its title ("former governor Mike Huckabee", the next item of a list).
    func isBareRole(_ appositive: Range<Int>) -> Bool {
        !appositive.contains { k in
            tokens[k].has([.copula, .auxiliary, .modal, .speechVerb, .cognitionVerb])
                || (tokens[k].has(.titleWord) && k + 1 < appositive.upperBound && tokens[k + 1].isCapitalized && !tokens[k + 1].has(.functionWord))
        }
    }

    /// The end of a relative clause set off by commas that gives a role: ", who teaches law at Kessler University,".
    func roleClauseEnd(after end: Int, in sentence: Range<Int>) -> Int? {
        guard end + 2 < sentence.upperBound, tokens[end].word == .comma, tokens[end + 1].word == .who,
            mentions.relativeClauseGivesRole(end + 1, upperBound: sentence.upperBound),
            let close = (end + 3..<sentence.upperBound).first(where: { tokens[$0].word == .comma || quoteOf[$0] >= 0 }),
            tokens[close].word == .comma, quoteOf[close] < 0
        else { return nil }
        return close
    }

    /// The end of a party tag or age set off after a name: ", D-Maine", " (R-Ohio)", ", 34".
    func tagEnd(after end: Int, in sentence: Range<Int>) -> Int? {
        guard end + 1 < sentence.upperBound, tokens[end].word == .comma || tokens[end].word == .openParenthesis else { return nil }
        let abbreviated = end + 2 < sentence.upperBound && tokens[end + 2].word == .period && !tokens[end + 2].isSentenceFinal
        let last = abbreviated ? end + 2 : end + 1
        guard mentions.nameTagStart(endingAt: last, lowerBound: end + 1) == end + 1 else { return nil }
        guard tokens[end].word == .openParenthesis else { return last + 1 }
        return last + 1 < sentence.upperBound && tokens[last + 1].word == .closeParenthesis ? last + 2 : nil
    }

    /// Whether a subject is surely a person: "he" or "she", or a name of two words, one met before or one given an
    /// honorific ("Wait" of "Wait, it gets better:" is none).
    func isPerson(_ mention: Mention, book: EntityBook) -> Bool {
        switch mention.kind {
        case .pronoun(let gender): gender != nil
        case .person(let name):
            block.utf8[block.utf8Range(name)].contains(UInt8(ascii: " ")) || book.knowsPerson(name, in: block) || mention.gender != nil
        default: false
        }
    }

    /// The subject at the start of a sentence becomes salient for pronouns ("She has served …"),
    /// and a copular sentence adds its roles to the subject's credentials ("Rhea Colm is a former
    /// harbor pilot, … and is the former director of the Tidewater Council").
    /// Returns the person the sentence is about, as the speaker of a quote that may follow it.
    func readSubject(of sentence: Range<Int>, book: inout EntityBook) -> Speaker? {
        if let person = framedPerson(of: sentence, book: &book) { return person }
        guard !sentence.isEmpty, quoteOf[sentence.lowerBound] < 0,
            let phrase = initialPhrase(sentence.lowerBound, sentence) ?? phraseAfterOpeningAdverbial(of: sentence).map({
                $0.lowerBound..<appositiveEnd(after: $0.upperBound, in: sentence)
            }),
            let mention = mentions.parse(phrase)
        else { return nil }
        let end = phrase.upperBound
        switch mention.kind {
        case .organization:
            // "Vestmark’s foreign ministry rejected the account. … the ministry said": known, not salient.
            book.latestSubjectOrganization = book.resolve(mention, in: block, salient: false)
            book.sentenceSubjectOrganization = book.latestSubjectOrganization
            return nil
        case .anonymous(let description, vague: false) where BlockReader.isPlural(description.text(in: block)):
            // "The protesters, many of them students, chained themselves to a gate. They said …": the group,
            // known but not salient, which a "they" of the next sentence may stand for.
            guard let group = book.resolve(mention, in: block, salient: false) else { return nil }
            book.introducedGroup = group
            return Speaker(entity: group, mention: phrase, cue: nil, via: nil, rule: "they after a sentence about a group")
        case .anonymous(_, vague: false) where mention.tokens.contains(where: { tokens[$0].has(.anonymousHead) }):
            // "A senior European diplomat was less optimistic. “…”": an unnamed source may be what the sentence is about.
            // ("A rebel spokesman, reached by phone, rejected the charge. “…,” he said.": one whose title gives a gender is
            // the "he" or "she" of what follows.)
            let gendered = mention.gender != nil
            guard let unnamed = book.resolve(mention, in: block, salient: gendered) else { return nil }
            return Speaker(entity: unnamed, mention: phrase, cue: nil, via: nil, rule: BlockReader.aboutUnnamedSource)
        default: break
        }
        guard isPerson(mention, book: book), let entity = book.resolve(mention, in: block, salient: true), book[entity].kind == .person else { return nil }
        // ("Its chairman, Ivo Dahl, said": the body before is still the one "its" stands for.)
        if !tokens[sentence.lowerBound].has(.possessiveDeterminer) || !block.lower(sentence.lowerBound, is: "its") {
            book.latestSubjectOrganization = nil
        }
        readRoles(in: end..<sentence.upperBound, of: entity, book: &book)
        return Speaker(
            entity: entity, mention: phrase, cue: nil, via: openingVia(before: phrase, from: sentence.lowerBound),
            rule: "quote after a sentence about its speaker")
    }

    static let aboutUnnamedSource = "quote after a sentence about an unnamed source"

    /// "For Lin, the debate is not over.", "To Mr. Quraishi, …": the person a sentence opens on with "for" or "to"
    /// is what it is about, and the "she" or "he" of the next.
    func framedPerson(of sentence: Range<Int>, book: inout EntityBook) -> Speaker? {
        let first = sentence.lowerBound
        guard sentence.count > 4, tokens[first].word == .for || tokens[first].word == .to, tokens[first + 1].isCapitalized,
            let comma = (first + 2..<min(sentence.upperBound, first + 6)).first(where: { tokens[$0].word == .comma }),
            let mention = mentions.parse((first + 1)..<comma), isPerson(mention, book: book),
            let entity = book.resolve(mention, in: block, salient: true), book[entity].kind == .person
        else { return nil }
        return Speaker(entity: entity, mention: (first + 1)..<comma, cue: nil, via: nil, rule: "quote after a sentence about its speaker")
    }

    /// Whether a description ends in a plural "s" ("The protesters"), not in "ss".
    static func isPlural(_ description: String) -> Bool {
        description.hasSuffix("s") && !description.hasSuffix("ss")
    }

    /// Whether a speaker mention is a lone "they".
    func isThey(_ mention: Range<Int>?) -> Bool {
        guard let mention, mention.count == 1, tokens[mention.lowerBound].has(.pronoun) else { return false }
        return block.lower(mention.lowerBound, is: "they")
    }

    /// "is a …", "was the …", "has served as a …": each role phrase up to a comma or the sentence end.
    func readRoles(in range: Range<Int>, of entity: Int, book: inout EntityBook) {
        readPresentRoleVerb(in: range, of: entity, book: &book)
        var k = range.lowerBound
        while k < range.upperBound {
            // "Lindqvist said that the deal was a new chapter": past a cue the copulas are the claim's.
            if tokens[k].word == .that || isCue(k, .reportingVerb) { return }
            let isCopula = tokens[k].has(.copula) && quoteOf[k] < 0
                && (tokens[k].word != .as || (k > range.lowerBound && tokens[k - 1].has(.roleVerb)))
            // "is a former Treasury official", "is now the director of …".
            let opening = isCopula && k + 2 < range.upperBound && tokens[k + 1].has(.presentAdverb) ? k + 2 : k + 1
            if isCopula, opening < range.upperBound, tokens[opening].has(.determiner) {
                var end = k + 1
                while end < range.upperBound, tokens[end].word != .comma, tokens[end].word != .semicolon, !tokens[end].isSentenceFinal,
                    quoteOf[end] < 0, !(tokens[end].word == .and && end + 1 < range.upperBound && [.is, .has, .was].contains(tokens[end + 1].word))
                {
                    end += 1
                }
                // (Only a holder of the roles read: the book never resolves it.)
                var role = Mention(kind: .person((k + 1)..<end), tokens: (k + 1)..<end)
                // "is a former port pilot and now a senior fellow at …": each role in turn.
                mentions.readAppositive((k + 1)..<end, into: &role)
                book[entity].addCredentials(role)
                k = end
                continue
            }
            k += 1
        }
    }

    /// The marks that end a role read after a verb of holding it.
    static let roleEnds: [Word] = [.comma, .semicolon, .colon]

    /// "Vos, a former deputy minister, now chairs the Coastal Futures Trust.": a verb of holding a role in the present,
    /// right after the subject, gives a role as "who chairs …" does (in the past, "chaired the meeting" tells a story).
    func readPresentRoleVerb(in range: Range<Int>, of entity: Int, book: inout EntityBook) {
        var v = range.lowerBound
        if v < range.upperBound, tokens[v].word == .comma { v += 1 }
        while v < range.upperBound, tokens[v].has(.presentAdverb) { v += 1 }
        // (Every such verb ends in "s": the trait rules out most words before their text is made.)
        guard v + 1 < range.upperBound, tokens[v].has(.endsInS), lexicon.presentRoleVerbs.contains(block.lower(v)) else { return }
        var end = v + 1
        while end < range.upperBound, !BlockReader.roleEnds.contains(tokens[end].word), !tokens[end].isSentenceFinal, quoteOf[end] < 0 {
            end += 1
        }
        var role = Mention(kind: .person(v..<end), tokens: v..<end)
        role.titles.append(block.text(tokens: v..<end))
        role.organizations += mentions.organizationsNamed(in: (v + 1)..<end)
        book[entity].addCredentials(role)
    }
}
