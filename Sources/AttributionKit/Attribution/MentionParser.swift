/// Finds the noun phrase a cue attaches to and reads it as a mention with its credentials.
///
/// Works on the tokens of one block; every search is bounded by the clause it looks in.
struct MentionParser {
    let block: TokenizedBlock
    let lexicon: Lexicon
    /// The block's tokens, held here so that reading one does not go through the block first.
    let tokens: [Token]
    let recent = RecentParses()

    init(block: TokenizedBlock, lexicon: Lexicon) {
        self.block = block
        self.lexicon = lexicon
        tokens = block.tokens
    }

    // MARK: Finding the phrase

    /// The "and" of "Voss and colleagues" or "Voss and her team" before the team noun at `k`, after a capitalized name.
    func leadingAnd(beforeTeamNoun k: Int, lowerBound: Int) -> Int? {
        var and = k - 1
        if and >= lowerBound, tokens[and].has(.possessiveDeterminer) { and -= 1 }
        guard and > lowerBound, tokens[and].word == .and, tokens[and - 1].isCapitalized, tokens[and - 1].isWord else { return nil }
        return and
    }

    /// The mention that ends right before token `cue` (skipping adverbs such as "also"), looking no
    /// further back than `lowerBound`: "Institute for Coastal Studies senior fellow
    /// Oona Hale", "Kai Brann, a Lisbon-based reporter who …,", "he".
    /// Speakers joined by "and" opening the clause make one mention when the parser reads them as speakers together ("The
    /// port director and the mayor said", "executives and officials said"); "She and her aides said" stays "her aides".
    func mention(before cue: Int, lowerBound: Int) -> Range<Int>? {
        guard let last = singleMention(before: cue, lowerBound: lowerBound) else { return nil }
        let and = last.lowerBound - 1
        guard and - 1 >= lowerBound, tokens[and].word == .and, let first = singleMention(before: and, lowerBound: lowerBound), first.lowerBound == lowerBound,
            parse(first.lowerBound..<last.upperBound)?.joined.isEmpty == false
        else { return last }
        return first.lowerBound..<last.upperBound
    }

    /// `mention(before:lowerBound:)` of one speaker.
    func singleMention(before cue: Int, lowerBound: Int) -> Range<Int>? {
        var i = cue - 1
        while i >= lowerBound, tokens[i].has(.skippable) || tokens[i].word == .not || isFloatingBoth(i, lowerBound: lowerBound) || isAdverbAfterPerfect(i) {
            i -= 1
        }
        guard i >= lowerBound else { return nil }
        // "Voss and her colleagues wrote": the person named first leads the group and speaks for it.
        if tokens[i].has(.teamNoun), let and = leadingAnd(beforeTeamNoun: i, lowerBound: lowerBound),
            let lead = singleMention(before: and, lowerBound: lowerBound)
        {
            return lead
        }
        // "“…,” both said": "both" alone stands for the two people met before, as "they" would.
        if isBoth(i), i == lowerBound || tokens[i - 1].word == .comma { return i..<(i + 1) }
        // "two sources familiar with the matter said": the head stands before the post-modifier,
        // which the mention keeps.
        let modifiedEnd = i + 1
        var f = i
        while f >= lowerBound, f > i - 9 {
            if opensPostModifier(f, upperBound: cue) { i = f - 1; break }
            f -= 1
        }
        guard i >= lowerBound else { return nil }
        let end = i + 1
        if let share = shareStart(endingAt: i, lowerBound: lowerBound) { return share..<end }
        if tokens[i].word == .comma, let opening = participleClauseOpening(before: i, lowerBound: lowerBound) {
            // "Lind, speaking at a rally in Kessel, Vestland, warned": the subject, with its appositive if
            // any ("Sen. Ada Moss, D-Vt., appearing on …, said"), stands before the clause.
            if let appositive = singleMention(before: opening + 1, lowerBound: lowerBound) { return appositive }
            guard let head = phraseStart(endingAt: opening - 1, lowerBound: lowerBound) else { return nil }
            // "Two officials in Brask, speaking on condition of anonymity, said": the officials, not the place.
            return speakerBeforePlace(head, lowerBound: lowerBound) ?? head..<opening
        }
        if tokens[i].word == .comma || isDash(i) {
            // An appositive between the subject and the cue, set off by commas or by dashes ("A former
            // port director -- Ilse Varga, who …, -- said"): find the mark that opens it.
            let dashed = isDash(i)
            let opens = { (k: Int) in dashed ? self.isDash(k) : self.tokens[k].word == .comma }
            var j = i - 1
            while dashed, j > lowerBound, isDash(j) { j -= 1 }
            while j > lowerBound, !opens(j), tokens[j].kind != .quote || isPluralPossessive(j), !tokens[j].isSentenceFinal, i - j < 45 { j -= 1 }
            while dashed, j > lowerBound, isDash(j - 1) { j -= 1 }
            guard j > lowerBound, opens(j) else { return nil }
            // "Mayor Ana Pell, in an interview, said", "The union, per Vestpress, said": the channel set off before the cue
            // is the via, no part of the speaker's phrase, which ends before it.
            if !dashed, setsOffChannel(j + 1, close: i) { return singleMention(before: j, lowerBound: lowerBound) }
            // "Sen. Ben Oduya, D-Maine, the bill’s sponsor, said": the name stands before the party tag or age.
            if let tagStart = nameTagStart(endingAt: j - 1, lowerBound: lowerBound), tagStart - 1 > lowerBound, tokens[tagStart - 1].word == .comma {
                j = tagStart - 1
            }
            // ("Brennick's co-sponsor, Sen. Ada Moss, said": a relation the lexicon does not list, then the name; "His wife of
            // 58 years, Ann Lund, said": how long it has lasted after it.)
            let relationEnd = durationStart(endingAt: j - 1, lowerBound: lowerBound).map { $0 - 1 } ?? j - 1
            guard let head = phraseStart(endingAt: relationEnd, lowerBound: lowerBound)
                ?? (bareName(nameBeforeBody(in: (j + 1)..<i)) != nil ? relationStart(endingAt: relationEnd, lowerBound: lowerBound) : nil)
            else {
                return !dashed && tokens[j + 1].has(.relativePronoun) ? speakerBeforeRelativeClause(at: j, lowerBound: lowerBound) : nil
            }
            // "A person with knowledge of the matter, who declined to be identified, said": the unnamed source
            // before its post-modifier, whose last noun is no speaker.
            if !dashed, tokens[j + 1].has(.relativePronoun), !tokens[head..<j].contains(where: { $0.has(.anonymousHead) }),
                let unnamed = singleMention(before: j, lowerBound: lowerBound), unnamed.lowerBound < head,
                tokens[unnamed].contains(where: { $0.has(.anonymousHead) })
            {
                // "Willie Vance, an actor in Dallas, who runs a theater, recalled": the unnamed phrase is a name's appositive.
                let comma = unnamed.lowerBound - 1
                if comma - 1 >= lowerBound, tokens[comma].word == .comma, tokens[comma - 1].isCapitalized,
                    let name = phraseStart(endingAt: comma - 1, lowerBound: lowerBound), bareName(name..<comma) != nil
                {
                    return name..<end
                }
                return unnamed.lowerBound..<end
            }
            // ("Ivo Lund, a professor at Hull University in Bergvik, who …, said": the place after the body is no speaker.)
            if let name = nameBeforeRole(endingBefore: nameBeforeAdjunct(head, lowerBound: lowerBound) ?? head, lowerBound: lowerBound) {
                return name..<end
            }
            return (speakerBeforePlace(head, lowerBound: lowerBound)?.lowerBound ?? head)..<end
        }
        if tokens[i].has(.relativePronoun), i - 1 > lowerBound, tokens[i - 1].word == .comma {
            // "Mr. Vale, who said that …": the relative pronoun stands for the phrase before it; the
            // mention runs to the pronoun, the word the cue attaches to.
            guard let head = phraseStart(endingAt: i - 2, lowerBound: lowerBound) else { return nil }
            return (nameBeforeRole(endingBefore: head, lowerBound: lowerBound) ?? head)..<(i + 1)
        }
        // "The union representing the 12,000 workers in Norland said": the participle's object is no speaker.
        if let speaker = speakerBeforeParticiple(endingAt: i, lowerBound: lowerBound) { return speaker }
        let head = phraseStart(endingAt: i, lowerBound: lowerBound)
        // "voters in each state say": a counted object opens no phrase of its own, but may end an unnamed speaker's place.
        if let object = head ?? countedObjectStart(endingAt: i, lowerBound: lowerBound), let speaker = unnamedSpeakerAround(object, end: end, lowerBound: lowerBound) {
            return speaker
        }
        if let head, let speaker = unnamedSpeakerBeforeModifier(head, lowerBound: lowerBound), isAfterIn(head) || !endsInPersonName(head..<end) {
            return outermostUnnamedSpeaker(from: speaker, lowerBound: lowerBound)..<end
        }
        guard let head else { return nil }
        if let subject = nameBeforeAdjunct(head, lowerBound: lowerBound) { return subject..<(head - 1) }
        return head..<(tokens[head..<end].contains { $0.has(.anonymousHead) } ? modifiedEnd : end)
    }

    /// Whether the words from `k` to the comma `close` name the channel or outlet of the words: "per" and its outlet, or a
    /// channel's preposition with a channel's noun or a person who passed the words on a few words after it ("in an
    /// interview", "in an email to the Courier", "through his attorney"; not "in charge of the port").
    func setsOffChannel(_ k: Int, close: Int) -> Bool {
        if tokens[k].word == .per { return true }
        guard tokens[k].has(.channelPreposition) else { return false }
        return (k + 1..<min(close, k + 5)).prefix(while: { tokens[$0].isWord }).contains {
            tokens[$0].has(.channelNoun) || ViaFinder.intermediaries.contains(block.lower($0))
        }
    }

    /// Whether token `k` is an adverb between a perfect's auxiliary and its verb, which the subject before them leaves
    /// out: "traditionally" and "long" of "The union has traditionally argued", "Critics have long said".
    func isAdverbAfterPerfect(_ k: Int) -> Bool {
        k > 0 && tokens[k].isWord && !tokens[k].isCapitalized && (tokens[k].has(.endsInLy) || block.lower(k, is: "long"))
            && lexicon.perfectAuxiliaries.contains(block.lower(k - 1))
    }

    /// Whether token `k` is "both".
    func isBoth(_ k: Int) -> Bool {
        tokens[k].word == MentionParser.both
    }

    /// "both", which may sum up the subject before a cue or stand for it.
    static let both = Word("both")

    /// Whether token `k` is a "both" after the subject it sums up ("Orlov and Marchetti both said", "they both said"),
    /// which the cue's subject skips as it skips "also".
    /// ("which he both defended and minimized": "both … and" joins two verbs.)
    func isFloatingBoth(_ k: Int, lowerBound: Int) -> Bool {
        k > lowerBound && isBoth(k) && tokens[k - 1].isWord && (tokens[k - 1].isCapitalized || tokens[k - 1].has([.pronoun, .endsInS]))
            && (k + 2 >= tokens.count || tokens[k + 2].word != .and)
    }

    /// "Officials at the Ministry of Energy said", "residents of the coastal town of Dunmore said", "two
    /// officials with knowledge of the talks said": the start of an unnamed speaker whose post-modifier
    /// ends in the phrase at `head`, which is then no speaker of its own.
    func unnamedSpeakerBeforeModifier(_ head: Int, lowerBound: Int) -> Int? {
        var k = head - 1
        while k > lowerBound, tokens[k].word == .the { k -= 1 }
        while k > lowerBound, head - k < 12 {
            guard linksModifier(k) else { return nil }
            let j = k - 1
            let opensSentence = j == lowerBound || tokens[j - 1].isSentenceFinal
            if tokens[j].has(.anonymousHead) || isGroupNoun(j), !tokens[j].isCapitalized || opensSentence {
                return phraseStart(endingAt: j, lowerBound: lowerBound)
            }
            // A noun phrase inside the modifier: "the coastal town", "knowledge", "the Bank of Norland".
            k = j
            while k > lowerBound, tokens[k].isWord,
                tokens[k].isCapitalized || !tokens[k].has(.functionWord) || tokens[k].has(.determiner)
                    || (tokens[k].has(.connector) && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized)
            {
                k -= 1
            }
        }
        return nil
    }

    /// The unnamed speaker before the place that opens at `object`, the mention ending at `end`: with the place when
    /// it follows the head right away ("analysts in the region said", "officials on both sides of the border said"),
    /// without a participle and its place ("Protesters marching through the streets chanted").
    func unnamedSpeakerAround(_ object: Int, end: Int, lowerBound: Int) -> Range<Int>? {
        guard let speaker = speakerBeforePlace(object, lowerBound: lowerBound) else { return nil }
        guard speaker.upperBound == object - 1 else { return speaker }
        // ("at least half of voters in each state": a share of the speakers opens them.)
        let share = shareStart(endingAt: speaker.upperBound - 1, lowerBound: lowerBound) ?? speaker.lowerBound
        return min(share, outermostUnnamedSpeaker(from: speaker.lowerBound, lowerBound: lowerBound))..<end
    }

    /// The start of the unnamed speaker whose place or post-modifier holds the phrase at `start` ("officials" of
    /// "officials on both sides of the border", where "both sides" reads as a group with the place "of the border");
    /// `start` when none does.
    func outermostUnnamedSpeaker(from start: Int, lowerBound: Int) -> Int {
        var start = start
        for _ in 0..<2 {
            let placed = speakerBeforePlace(start, lowerBound: lowerBound).flatMap { $0.upperBound == start - 1 ? $0.lowerBound : nil }
            guard let outer = placed ?? unnamedSpeakerBeforeModifier(start, lowerBound: lowerBound) else { break }
            start = outer
        }
        return start
    }

    /// The start of "both sides", "each state", "two countries" ending at `end`: plain lowercase words after a
    /// determiner of number, which opens no description of its own ("the" and "a" count nothing: "told reporters on a
    /// conference call" holds no speaker's place).
    func countedObjectStart(endingAt end: Int, lowerBound: Int) -> Int? {
        var k = end
        while k > lowerBound, end - k < 3, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].has(.functionWord) { k -= 1 }
        guard k < end, k >= lowerBound, tokens[k].has(.determiner) || tokens[k].kind == .number, tokens[k].word != .the,
            !block.lower(k, is: "a"), !block.lower(k, is: "an")
        else { return nil }
        return k
    }

    /// "A lawyer representing the family said", "A company spokesman reached by phone said": an unnamed
    /// speaker opening the clause, followed by a participle phrase that ends at `end` and whose object is
    /// no speaker. The phrase keeps an "-ing" phrase ("a union representing the deckhands") and leaves
    /// out a passive one ("reached by phone").
    func speakerBeforeParticiple(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        // The participle may end the phrase itself when the cue reader skipped its channel ("reached by phone").
        var p = end
        while p > lowerBound, end - p < 15 {
            let t = tokens[p]
            let isActive = t.has(.endsInIng)
            // "-ed" before its agent ("reached by phone") or a tell verb's ("accused of the arson").
            let isPassive = t.has(.endsInEd) && p + 1 < tokens.count
                && (tokens[p + 1].word == .by || (t.has(.tellVerb) && [Word.of, .in].contains(tokens[p + 1].word)))
            // (The possessive "’s" reads as a contracted "is" too: in "Kestrel’s workers" it is none.)
            guard t.word == .possessive || t.isWord || t.kind == .number,
                t.word == .possessive || !t.has([.auxiliary, .modal, .relativePronoun, .pronoun]), !t.has(.reportingVerb) || isPassive, t.word != .that
            else { return nil }
            // "accused of driving onto …": a participle inside the phrase is passed over for the one before it.
            if isActive || isPassive, !t.isCapitalized, !t.has(.titleWord),
                tokens[p - 1].has([.anonymousHead, .titleWord, .organizationHead]) || isGroupNoun(p - 1)
            {
                let noun = p - 1
                guard let start = phraseStart(endingAt: noun, lowerBound: lowerBound), start == lowerBound || !tokens[start - 1].isWord,
                    !tokens[noun].isCapitalized || noun == start
                else { return nil }
                return start..<(isActive ? end + 1 : p)
            }
            p -= 1
        }
        return nil
    }

    /// The speaker before a relative clause opening at the comma `comma` whose phrase ends in no head
    /// of its own: "Tom Alvarez, president of Local 12, which represents the deckhands, called", "A
    /// soldier in Ortiz's unit, who asked not to be named, said".
    func speakerBeforeRelativeClause(at comma: Int, lowerBound: Int) -> Range<Int>? {
        if let named = mention(before: comma + 1, lowerBound: lowerBound) { return named }
        guard let place = (max(lowerBound, comma - 6)..<comma).last(where: { tokens[$0].has(.placePreposition) }) else { return nil }
        return speakerBeforePlace(place + 1, lowerBound: lowerBound)
    }

    /// Where the head of "two aides close to the speaker" or "a Western diplomat in Kessel" ends: before
    /// the post-modifier or the place, which the description keeps; else at the end of `phrase`. `namedHolder`:
    /// an appositive names whoever the phrase describes.
    func headEndBeforeModifier(_ phrase: Range<Int>, namedHolder: Bool) -> Int {
        if let modifier = phrase.first(where: { opensPostModifier($0, upperBound: phrase.upperBound) }), modifier > phrase.lowerBound {
            return modifier
        }
        // "Officials at the Ministry of Energy", "some residents of the coastal town of Dunmore", "people in Port
        // Alder"; but in "supporters of Ada Quill" the person stays the phrase's, to be met when she speaks later.
        // ("Ostrava’s ambassador to Norland, Tomas Hruby,": a role whose holder is named keeps its "to".)
        // (The test is written inline: a closure kept in a constant took a copy of the parser, its references retained.)
        let modifierLinks = MentionParser.modifierLinks
        if let link = phrase.first(where: { namedHolder ? modifierLinks.contains(tokens[$0].word) : linksModifier($0) }), link > phrase.lowerBound,
            tokens[link - 1].has(.anonymousHead) || isGroupNoun(link - 1), !tokens[link - 1].isCapitalized || link - 1 == phrase.lowerBound,
            !endsInPersonName(link..<phrase.upperBound) || isAfterIn(nameRun(in: link..<phrase.upperBound).lowerBound)
        {
            return link
        }
        if let place = phrase.last(where: { tokens[$0].has(.placePreposition) }), place + 1 < phrase.upperBound,
            let speaker = speakerBeforePlace(place + 1, lowerBound: phrase.lowerBound)
        {
            return speaker.upperBound
        }
        return phrase.upperBound
    }

    /// Whether `range` ends in what reads as a person's name: two to four capitalized words with no
    /// organisation, outlet or place word among them, nor a country's name ("Ada Quill", not "Ministry of
    /// Energy", "Port Alder Bay" or "North Korea").
    func endsInPersonName(_ range: Range<Int>) -> Bool {
        let run = nameRun(in: range)
        return (2...4).contains(run.count) && !isPlace(run)
            && !run.contains { tokens[$0].has([.organizationHead, .outletWord, .outletEnding]) }
            && CountryNames.bundled.country(named: NameWords(block.text(tokens: run))) == nil
    }

    /// Whether "in" (or "in the") stands right before token `k`: what follows is a place, not a person.
    func isAfterIn(_ k: Int) -> Bool {
        var i = k - 1
        if i > 0, tokens[i].word == .the { i -= 1 }
        return i >= 0 && tokens[i].word == .in
    }

    /// The prepositions that open a post-modifier of an unnamed source ("officials at", "residents of").
    static let modifierLinks: [Word] = [.of, .at, .in, .with, .from]
    /// Participles that say where someone works ("based in Erbil"), lowercase.
    static let placingParticiples = ["based", "stationed", "located", "posted"]

    /// Whether token `k` links an unnamed head to its modifier ("officials at", "residents of"); "to" only
    /// right after an unnamed source's head ("an adviser to Vestland"), where elsewhere it opens much else
    /// ("sings to Clinton", "ties to both Clintons").
    func linksModifier(_ k: Int) -> Bool {
        MentionParser.modifierLinks.contains(tokens[k].word) || (tokens[k].word == .to && k > 0 && tokens[k - 1].has(.anonymousHead))
    }
    /// "City", which ends a place's name before an office ("Atlantic City Mayor").
    static let city = Word("city")

    /// Whether "familiar with", "close to" or "briefed on" starts at `k`: a post-modifier of an unnamed source.
    func opensPostModifier(_ k: Int, upperBound: Int) -> Bool {
        // "who was not involved in the study": after a verb the word is a predicate, not the source's modifier.
        k + 1 < upperBound && tokens[k].has(.sourceModifier) && tokens[k + 1].has(.functionWord) && !tokens[k + 1].has(.determiner)
            && (k == 0 || !(tokens[k - 1].has([.copula, .auxiliary]) || tokens[k - 1].word == .not))
    }

    /// "Lars Holm, director of the Harbor Policy Center, a think tank, said", "Ben Olafsen, a trawler
    /// captain, who said": when the phrase before the last appositive or relative clause is a role (or
    /// the organisation of one), the name before that role speaks.
    func nameBeforeRole(endingBefore head: Int, lowerBound: Int) -> Int? {
        var k = head - 1
        if k > lowerBound, [.of, .at, .for].contains(tokens[k].word) {
            while k > lowerBound, tokens[k].word != .comma, tokens[k].isWord, head - k < 8 { k -= 1 }
        } else if !tokens[head].has(.determiner), tokens[head].isCapitalized || !opensRole(head) {
            return nil
        }
        // "Paulo Mendri, legal director at Fairvote, …": the role's own modifiers may open it.
        while k > lowerBound, head - k <= 3, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].has(.functionWord) { k -= 1 }
        // ("Col. Ada Osei, who leads the program at the Kestrel Forum, a think tank, said": a relative clause is hers.)
        guard k > lowerBound, tokens[k].word == .comma, tokens[k + 1].has(.determiner) || tokens[k + 1].word == .who || opensRole(k + 1),
            let name = phraseStart(endingAt: k - 1, lowerBound: lowerBound), bareName(name..<k) != nil,
            !followsPreposition(name, lowerBound: lowerBound)
        else { return nil }
        return name
    }

    /// Whether the phrase at `start` follows a preposition (after a determiner, if any), which makes it an object
    /// and no speaker: "the Coastal Courier" of "Speaking to the Coastal Courier, the minister, Ruth Mbeki, said".
    func followsPreposition(_ start: Int, lowerBound: Int) -> Bool {
        var k = start - 1
        if k >= lowerBound, tokens[k].has(.determiner) { k -= 1 }
        return k >= lowerBound && [.to, .with, .in, .from, .by, .on, .at].contains(tokens[k].word)
    }

    /// The end of how long a relation has lasted when it opens at `k`: "of 40 years" ("his wife of 40 years"); nil otherwise.
    func durationEnd(after k: Int, upperBound: Int) -> Int? {
        guard k + 2 < upperBound, tokens[k].word == .of, tokens[k + 1].kind == .number,
            MentionParser.durationUnits.contains(where: { block.lower(k + 2, is: $0) })
        else { return nil }
        return k + 3
    }

    /// Where "of 40 years" ending at `end` opens, for a relation before it; nil when no such phrase ends there.
    func durationStart(endingAt end: Int, lowerBound: Int) -> Int? {
        guard end - 2 > lowerBound, durationEnd(after: end - 2, upperBound: end + 1) == end + 1 else { return nil }
        return end - 2
    }

    /// The units of how long a relation has lasted ("of 40 years").
    static let durationUnits = ["years", "decades", "months"]

    /// Whether the plain noun at `k` follows a possessive and comes before a comma and a capitalized word:
    /// a relation the lexicon may not list ("Brennick's co-sponsor, Ada Moss", "his biographer, Ivo Lund"),
    /// which the name after the comma holds.
    func isRelationBeforeName(_ k: Int, upperBound: Int) -> Bool {
        k > 0 && k + 2 < upperBound && isPlainNoun(k) && tokens[k - 1].has(.possessiveDeterminer)
            && tokens[k + 1].word == .comma && tokens[k + 2].isCapitalized
    }

    /// Start of "Brennick's co-sponsor" or "his co-author" ending at `end`: a relation after a name's possessive
    /// or a possessive determiner; nil otherwise.
    func relationStart(endingAt end: Int, lowerBound: Int) -> Int? {
        guard end - 1 >= lowerBound, isPlainNoun(end), tokens[end - 1].has(.possessiveDeterminer) else { return nil }
        if tokens[end - 1].word != .possessive { return end - 1 }
        guard end - 2 >= lowerBound, tokens[end - 2].isCapitalized else { return nil }
        return phraseStart(endingAt: end - 2, lowerBound: lowerBound)
    }

    /// Whether a role in lowercase opens at `k`: a title word within its first three words ("director", "legal director").
    func opensRole(_ k: Int) -> Bool {
        (k..<min(k + 3, tokens.count)).prefix { tokens[$0].isWord }.contains { tokens[$0].has(.titleWord) && !tokens[$0].isCapitalized }
    }

    /// The comma opening a participle clause that ends at the comma `close` ("Lind, speaking at a rally
    /// in Kessel, warned"), or nil; "Ada Moss, acting director of the port," is an appositive.
    func participleClauseOpening(before close: Int, lowerBound: Int) -> Int? {
        var k = close - 1
        while k > lowerBound, close - k < 30, !tokens[k].isSentenceFinal, tokens[k].kind != .quote {
            if tokens[k].word == .comma, tokens[k + 1].has(.endsInIng), !tokens[k + 1].has(.titleWord), !tokens[k + 1].isCapitalized {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// "Pell at the time said", "Vestland's foreign ministry in Kessel said": a name or a body, then a
    /// phrase opened by "in", "at", "on" or "during" at `head`, before the cue; the object of the
    /// preposition is no speaker.
    func nameBeforeAdjunct(_ head: Int, lowerBound: Int) -> Int? {
        let preposition = head - 1
        guard preposition - 1 >= lowerBound, !tokens[head].has(.pronoun),
            tokens[preposition].has(.placePreposition) || tokens[preposition].word == .during, !tokens[preposition].isCapitalized,
            tokens[preposition - 1].isCapitalized || tokens[preposition - 1].has([.organizationHead, .titleWord]),
            let subject = phraseStart(endingAt: preposition - 1, lowerBound: lowerBound),
            parse(subject..<preposition) != nil
        else { return nil }
        return subject
    }

    /// Whether token `k` is a dash standing alone ("--", "—"), which may set off an appositive.
    func isDash(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && BlockReader.isDash(block.firstScalar(of: k))
    }

    /// Start of a tag that stands beside a name as a parenthesis would, ending at `end`: a US
    /// party-and-state tag ("D-Maine", "R-Vt.") or an age ("Marta Quill, 34, a welder").
    func nameTagStart(endingAt end: Int, lowerBound: Int) -> Int? {
        let start = end >= lowerBound && tokens[end].word == .period ? end - 1 : end
        guard start >= lowerBound else { return nil }
        let length = tokens[start].end - tokens[start].start
        if tokens[start].kind == .number, start == end { return length <= 3 ? start : nil }
        // A letter and a hyphen open the tag, both ASCII.
        let bytes = tokens[start].utf8Range
        guard tokens[start].isCapitalized, length >= 3, block.utf8[bytes.lowerBound + 1] == UInt8(ascii: "-"),
            lexicon.partyTags[Unicode.Scalar(block.utf8[bytes.lowerBound])] != nil
        else { return nil }
        return start
    }

    /// The opening parenthesis of a note in parentheses that ends right before `end`, after a word
    /// from `lowerBound` on, and the party it gives when it is a party tag ("Ada Moss (D-Vt.)").
    func parenthesesEnding(at end: Int, lowerBound: Int) -> (open: Int, party: String?)? {
        guard end - 1 > lowerBound, tokens[end - 1].word == .closeParenthesis,
            let open = (lowerBound..<(end - 1)).last(where: { tokens[$0].word == .openParenthesis }), open > lowerBound
        else { return nil }
        let isTag = end - 2 > open && nameTagStart(endingAt: end - 2, lowerBound: open + 1) == open + 1
        return (open, isTag ? partyAffiliation(ofTag: open + 1) : nil)
    }

    /// The affiliation a party tag at `k` stands for ("Republican" for "R-Ohio"); nil for an age.
    func partyAffiliation(ofTag k: Int) -> String? {
        tokens[k].kind == .number ? nil : lexicon.partyTags[block.firstScalar(of: k)]
    }

    /// The mention that starts after token `cue` ("said Hale, the HPI economist."), up to `upperBound`.
    /// With `closedAppositive`, an appositive counts only when a comma closes it ("According to
    /// Hale, the HPI economist, …"), so the claim after the name is not taken for one.
    /// Speakers joined by "and" make one mention when the parser reads them as speakers together ("according to a port
    /// official and two dockworkers").
    func mention(after cue: Int, upperBound: Int, closedAppositive: Bool = false) -> Range<Int>? {
        guard let first = singleMention(after: cue, upperBound: upperBound, closedAppositive: closedAppositive) else { return nil }
        let and = first.upperBound
        guard and + 1 < upperBound, tokens[and].word == .and,
            let last = singleMention(after: and, upperBound: upperBound, closedAppositive: closedAppositive),
            parse(first.lowerBound..<last.upperBound)?.joined.isEmpty == false
        else { return first }
        return first.lowerBound..<last.upperBound
    }

    /// `mention(after:upperBound:closedAppositive:)` of one speaker.
    func singleMention(after cue: Int, upperBound: Int, closedAppositive: Bool = false) -> Range<Int>? {
        var i = cue + 1
        while i < upperBound, tokens[i].has(.skippable) { i += 1 }
        // "said 2016 candidate Ivo Pell", "said 9/11 widow Ada Strand": a number may open the phrase.
        guard i < upperBound, tokens[i].isWord || (tokens[i].kind == .number && headAhead(from: i, upperBound: upperBound) != nil)
        else { return nil }
        let start = i
        // "said his campaign manager, Ivo Brandt", "said her lawyer": a possessive opens the speaker's phrase.
        let possessiveOpens = tokens[i].has(.possessiveDeterminer) && i + 1 < upperBound
            && (isPhraseToken(i + 1, forward: true) || headAhead(from: i + 1, upperBound: upperBound) != nil
                || isRelationBeforeName(i + 1, upperBound: upperBound))
        if tokens[i].has(.pronoun), !possessiveOpens { return start..<(i + 1) }
        if possessiveOpens { i += 1 }
        var end = i
        while end < upperBound {
            if isPhraseToken(end, forward: true) {
                end += 1
            } else if let head = headAhead(from: end, upperBound: upperBound) {
                // Plain modifiers before a head: "a senior port official", "ministry spokeswoman Ada Pell".
                end = head
            } else if end > start, isRelationBeforeName(end, upperBound: upperBound) {
                // "said Brennick's co-sponsor, Ada Moss": the relation, then the name in the appositive.
                end += 1
                break
            } else {
                break
            }
        }
        // "said Doctors Without Borders": a registered organisation's name runs on past a word that would end the phrase.
        // (Every candidate opens at `i`, with a capital: its first word is asked about once, and only when a candidate
        // runs past `end`.)
        if i + 1 < upperBound, tokens[i].isCapitalized, min(upperBound, i + 6) > end, RegisteredNameWords.mayOpen(i..<upperBound, in: block),
            let registered = stride(from: min(upperBound, i + 6), to: end, by: -1).first(where: { isRegisteredOrganization(i..<$0) })
        {
            end = registered
        }
        guard end > start else { return nil }
        // "said a spokeswoman for the port authority": a body in lowercase after a role's "for", "at" or "of" is the role's.
        if tokens[end - 1].has([.anonymousHead, .titleWord]), let body = lowercaseBodyEnd(after: end, upperBound: upperBound) { end = body }
        // "said one of the people", "said two of them": a member of a group named before.
        if end == start + 1, tokens[start].has(.determiner), end + 1 < upperBound, tokens[end].word == .of, !tokens[start].has(.vagueHead) {
            if oneOfThem(endingAt: end + 1, lowerBound: start) == start { return start..<(end + 2) }
            if let group = singleMention(after: end, upperBound: upperBound, closedAppositive: closedAppositive),
                tokens[group.lowerBound].word == .the
            {
                return start..<group.upperBound
            }
        }
        // "said his wife of 40 years, Ann Lund": how long a relation has lasted belongs to it.
        if end > start, let duration = durationEnd(after: end, upperBound: upperBound) { end = duration }
        // "two aides familiar with the talks", "a source close to the mayor": the post-modifier belongs to the source.
        if opensPostModifier(end, upperBound: upperBound) {
            var k = end + 2
            while k < upperBound, k < end + 12, tokens[k].isWord || tokens[k].word == .possessive { k += 1 }
            end = k
        }
        // "asked the boy,", "said the 52-year-old.": a determiner and plain nouns ending the clause are a description.
        if (start..<end).allSatisfy({ tokens[$0].has(.determiner) }) {
            var nounEnd = end
            while nounEnd < upperBound, nounEnd < end + 3, isPlainNoun(nounEnd) { nounEnd += 1 }
            if nounEnd > end, nounEnd == upperBound || !tokens[nounEnd].isWord || tokens[nounEnd].word == .who { end = nounEnd }
        }
        // "said Luis Ortega, 58, a fisherman": an age or party tag stands between the name and the appositive.
        var tagEnd = end
        if end + 3 < upperBound, tokens[end].word == .comma, tokens[end + 2].word == .comma,
            nameTagStart(endingAt: end + 1, lowerBound: end + 1) == end + 1
        {
            tagEnd = end + 2
        }
        // An appositive after a comma: "Hale, the HPI economist", "Lowe, president of the Supporters Trust".
        guard tagEnd + 1 < upperBound, tokens[tagEnd].word == .comma else { return start..<end }
        let opensAppositive = opensDescriptiveAppositive(tagEnd + 1, upperBound: upperBound)
            || (tokens[tagEnd + 1].word == .who && tagEnd + 2 < upperBound && !tokens[tagEnd + 2].has(.speechVerb)
                && !tokens[tagEnd + 2].has(.cognitionVerb))
        // "said his spokesman, Ivo Brandt": a role in lowercase, then the name.
        let nameMayFollow = !tokens[end - 1].isCapitalized && tokens[tagEnd + 1].isCapitalized
        guard opensAppositive || nameMayFollow else { return start..<end }
        var k = tagEnd + 1
        while k < upperBound, !tokens[k].isSentenceFinal, tokens[k].word != .comma, tokens[k].kind != .quote { k += 1 }
        // ("said a reader, Tom Hewitt from Skelby": the name may be followed by a home town or a body.)
        if !opensAppositive { return bareName(nameBeforeBody(in: (tagEnd + 1)..<k)) != nil ? start..<k : start..<end }
        if closedAppositive, k >= upperBound || tokens[k].word != .comma { return start..<end }
        return start..<k
    }

    /// The end of a body named in lowercase after "for", "at" or "of" at `k` ("for the port authority", "at the ministry",
    /// "for the ministry of defence"), or of a title's portfolio ("of the interior" of "the minister of the interior"):
    /// "the", at most three plain words, the last a body's head (or any, after "of"), and no word after it but a
    /// circumstance's ("on Monday"); nil otherwise.
    func lowercaseBodyEnd(after k: Int, upperBound: Int) -> Int? {
        guard k + 2 < upperBound, [.for, .at, .of].contains(tokens[k].word), tokens[k + 1].word == .the else { return nil }
        if tokens[k].word == .of, let portfolio = closedPlainWordsEnd(from: k + 2, upperBound: upperBound) { return portfolio }
        var i = k + 2
        while i < upperBound, i < k + 5, tokens[i].isWord, !tokens[i].isCapitalized, !tokens[i].has(.functionWord) {
            if tokens[i].has(.organizationHead) {
                if closesPhrase(i + 1, upperBound: upperBound) { return i + 1 }
                // ("the ministry of defence", "the department of the environment": the body's portfolio after its head.)
                if i + 2 < upperBound, tokens[i + 1].word == .of {
                    let portfolio = tokens[i + 2].word == .the ? i + 3 : i + 2
                    return closedPlainWordsEnd(from: portfolio, upperBound: upperBound)
                }
            }
            i += 1
        }
        return nil
    }

    /// The end of one or two plain nouns from `start` that close the phrase ("interior" of "of the interior,").
    func closedPlainWordsEnd(from start: Int, upperBound: Int) -> Int? {
        var i = start
        while i < upperBound, i < start + 2, isPlainNoun(i) { i += 1 }
        return i > start && closesPhrase(i, upperBound: upperBound) ? i : nil
    }

    /// Whether a phrase ends before token `k`: the end of the clause, a mark, or a circumstance ("on Monday").
    func closesPhrase(_ k: Int, upperBound: Int) -> Bool {
        k >= upperBound || !tokens[k].isWord || tokens[k].has(.adjunctStarter)
    }

    /// Whether an appositive that describes the name before it starts at `k`, after a comma: "the HPI
    /// economist", "president of the Supporters Trust", "research fellow at …", "Arden Freight’s chief executive".
    func opensDescriptiveAppositive(_ k: Int, upperBound: Int) -> Bool {
        tokens[k].has(.determiner)
            || (tokens[k].has(.titleWord) && !tokens[k].isCapitalized)
            || opensModifiedRole(k, upperBound: upperBound)
            || opensPossessiveRole(k, upperBound: upperBound)
    }

    /// Whether a role in lowercase with one plain word before its title starts at `k`: "country
    /// director of Open Borders Relief", "research fellow at the Kessel Institute", an appositive.
    func opensModifiedRole(_ k: Int, upperBound: Int) -> Bool {
        k + 1 < upperBound && isPlainNoun(k) && tokens[k + 1].has(.titleWord) && !tokens[k + 1].isCapitalized
    }

    /// Whether a name's possessive followed by a role starts at `k`: "Arden Freight’s chief
    /// executive", "Vestland’s finance minister", an appositive after the speaker's name.
    func opensPossessiveRole(_ k: Int, upperBound: Int) -> Bool {
        var i = k
        while i < upperBound, i < k + 4, tokens[i].isCapitalized, !tokens[i].has(.functionWord) { i += 1 }
        guard i > k, i + 1 < upperBound, tokens[i].word == .possessive else { return false }
        return (i + 1..<min(upperBound, i + 5)).contains { tokens[$0].has(.titleWord) && !tokens[$0].isCapitalized }
    }

    /// The index after a title word or anonymous head reached through at most four plain words or
    /// numbers from `k` ("a 2019 ferry veteran"), or the index of a name after plain words, which may
    /// be joined by "of" ("master of ceremonies Ansel Terrow", "the nonpartisan Harbor Budget Office");
    /// nil otherwise.
    func headAhead(from k: Int, upperBound: Int) -> Int? {
        var i = k
        while i < upperBound, i < k + 5 {
            let t = tokens[i]
            // "master of ceremonies Ansel Terrow", "the nonpartisan Harbor Budget Office": plain words before a name.
            if i > k, t.isCapitalized, !t.has(.functionWord) { return i }
            if i > k, t.word == .of { i += 1; continue }
            guard t.isWord || t.kind == .number, !t.has(.functionWord), !t.has(.speechVerb),
                // "Pell attacked Lind", "the campaign shrugged off": a past tense after a name or a head noun
                // is its verb ("said undecided voter Ida Moss", "a retired Army colonel" are modifiers).
                !(i > 0 && t.has([.endsInEd, .irregularPast])
                    && (tokens[i - 1].isCapitalized || tokens[i - 1].has([.anonymousHead, .titleWord, .organizationHead])))
            else { return nil }
            // A capitalized head is a party member ("a veteran Democrat"); a capitalized title starts a name.
            if t.has(.anonymousHead) || (!t.isCapitalized && t.has(.titleWord)) { return i + 1 }
            // "according to the state news agency,": a body's word ending the phrase ("the Xinhua news
            // agency" is Xinhua).
            if !t.isCapitalized, t.has(.organizationHead), i + 1 >= upperBound || !tokens[i + 1].isWord, k > 0, !tokens[k - 1].isCapitalized {
                return i + 1
            }
            i += 1
        }
        return nil
    }

    /// Whether token `k` is an age ending the head ("the 29-year-old"), which stands for a person.
    func isAgeAlone(_ k: Int, headEnd: Int) -> Bool {
        k + 1 == headEnd && tokens[k].has(.endsInOld)
    }

    /// A lowercase word that can head a description: not a function word, verb of speech or adverb.
    func isPlainNoun(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord || t.has(.endsInOld), !t.isCapitalized else { return false }
        // ("said the budget ignored renters": a past tense is the claim's verb, no noun.)
        return !t.has([.functionWord, .reportingVerb, .endsInLy, .copula, .auxiliary, .modal, .endsInEd, .irregularPast])
    }

    func isPhraseToken(_ k: Int, forward: Bool) -> Bool {
        let t = tokens[k]
        guard t.isWord, !isOpeningAdverb(k) else { return false }
        if t.word == .possessive { return true }
        if t.isCapitalized && !t.has(.functionWord) { return true }
        if t.has(.titleWord) || t.has(.nationality) { return true }
        if t.has(.determiner) && forward { return true }
        // "a former Norland navy officer", "Vestmark’s foreign ministry": a body's words before a role or its head, and the head.
        if t.has([.organizationHead, .titleModifier]), k + 1 < tokens.count, tokens[k + 1].has([.titleWord, .anonymousHead, .organizationHead]) {
            return true
        }
        if t.has(.organizationHead), k > 0, tokens[k - 1].has([.titleModifier, .nationality]) || tokens[k - 1].word == .possessive { return true }
        // "Institute on Aging", "Kari Lund of the University of Bergvik", but not "Pell on Monday": a day
        // or month is no part of a name; "Ana de la Cruz", "Maria van der Berg": particles run on to the surname.
        var named = k + 2 < tokens.count && isArticleInName(k + 1) ? k + 2 : k + 1
        if t.has(.nameParticle), named < tokens.count, tokens[named].has(.nameParticle), !tokens[named].isCapitalized { named += 1 }
        if t.has(.connector), named < tokens.count, tokens[named].isCapitalized, !tokens[named].has(.functionWord), k > 0,
            tokens[k - 1].isCapitalized || tokens[k - 1].has(.titleWord) || (t.has(.nameParticle) && particleRunStart(before: k) != nil)
        {
            return true
        }
        if t.has(.anonymousHead) { return true }
        return false
    }

    /// Whether the plain word at `k` before a title ("trade" in "the trade minister") stands within
    /// two words of what opens a phrase: a determiner, a possessive or the start of the clause.
    func titleModifierOpensPhrase(_ k: Int, lowerBound: Int) -> Bool {
        (1...2).contains { back in
            let j = k - back
            return j < lowerBound || tokens[j].has(.determiner) || tokens[j].word == .possessive
        }
    }

    /// "a party staffer in the room wondered", "A Western diplomat in Kessel, who …, said", "Protesters
    /// marching through the streets chanted": the unnamed speaker standing before the place that begins
    /// at `head`, without the participle.
    func speakerBeforePlace(_ head: Int, lowerBound: Int) -> Range<Int>? {
        guard head - 2 >= lowerBound, tokens[head - 1].has(.placePreposition) else { return nil }
        var noun = head - 2
        if noun > lowerBound, tokens[noun].has(.endsInIng), !tokens[noun].isCapitalized { noun -= 1 }
        let opensSentence = noun == lowerBound || !tokens[noun - 1].isWord
        guard tokens[noun].has(.anonymousHead), !tokens[noun].isCapitalized || opensSentence,
            let start = phraseStart(endingAt: noun, lowerBound: lowerBound)
        else { return nil }
        return start..<(noun + 1)
    }

    /// Start of "one of them", "two of those" ending at `end`: a member of a group named before; so is "the
    /// other" ("One of the officials said …. The other cautioned …").
    func oneOfThem(endingAt end: Int, lowerBound: Int) -> Int? {
        if end - 2 >= lowerBound, tokens[end - 1].word == .of, tokens[end - 2].has(.determiner), ["them", "those"].contains(block.lower(end)) {
            return end - 2
        }
        if end - 1 >= lowerBound, tokens[end - 1].word == .the, tokens[end].word == MentionParser.otherDeterminer { return end - 1 }
        // "Three residents spoke to the paper. One described …", "“…,” another said": "one" or "another" opening its clause
        // alone before a cue ("One Sunday in May" is no one).
        if MentionParser.memberDeterminers.contains(tokens[end].word), end == lowerBound || !tokens[end - 1].isWord,
            end + 1 < tokens.count, tokens[end + 1].has(.reportingVerb), !tokens[end + 1].isCapitalized
        {
            return end
        }
        // "one of the people", "one of the senior officials" ("most of the people" is a share of them).
        guard tokens[end].has(.anonymousHead) || isGroupNoun(end) else { return nil }
        var the = end - 1
        while the > lowerBound, the > end - 4, tokens[the].word != .the, tokens[the].isWord { the -= 1 }
        guard the - 2 >= lowerBound, tokens[the].word == .the, tokens[the - 1].word == .of, block.lower(the - 2, is: "one"),
            the - 2 == lowerBound || !tokens[the - 3].has(.determiner)
        else { return nil }
        return the - 2
    }

    /// Start of the noun phrase whose last token is `i`, or nil when `i` cannot end a speaker phrase.
    func phraseStart(endingAt end: Int, lowerBound: Int) -> Int? {
        var i = end
        // "Rep. Ada Moss (D-Md.)": a parenthesis after the name belongs to the phrase.
        if i >= lowerBound, tokens[i].word == .closeParenthesis {
            var open = i - 1
            while open > lowerBound, open > i - 10, tokens[open].word != .openParenthesis { open -= 1 }
            guard open > lowerBound, tokens[open].word == .openParenthesis else { return nil }
            i = open - 1
        }
        guard i >= lowerBound, tokens[i].isWord else { return nil }
        let head = tokens[i]
        if head.has(.pronoun) || head.word == .it { return i }
        if let start = oneOfThem(endingAt: i, lowerBound: lowerBound) { return start }
        // "Some said", "Others say": a vague quantifier standing alone.
        if head.has(.vagueHead), i == lowerBound || !tokens[i - 1].isWord { return i }
        if i == lowerBound, isOpeningAdverb(i) { return nil }
        let headIsName = head.isCapitalized && !head.has(.functionWord)
        let headIsAnonymous = head.has(.anonymousHead) || isGroupNoun(i)
        let headIsTitle = head.has(.titleWord) || head.has(.organizationHead)
        guard headIsName || headIsAnonymous || headIsTitle else {
            // "the ecologist", "the river ecologist": a definite description; "A new report said": a document
            // as subject (in "Vale issued a statement calling …" Vale speaks).
            let isDocument = head.has(.documentNoun)
            guard !head.has(.functionWord), !head.has(.speechVerb) || isDocument else { return nil }
            let opensDescription = { (k: Int) in
                self.tokens[k].word == .the || (isDocument && self.tokens[k].has(.determiner) && (k == lowerBound || !self.tokens[k - 1].isWord))
            }
            var k = i - 1
            while k >= lowerBound, k >= i - 4, tokens[k].isWord, !opensDescription(k),
                !tokens[k].has(.functionWord) || tokens[k].word == .possessive
            {
                k -= 1
            }
            // "the head of planning", "its director of research": a role over a lowercase field.
            if k - 1 >= lowerBound, tokens[k].word == .of || tokens[k].word == .for, tokens[k - 1].has(.titleWord), !tokens[k - 1].isCapitalized {
                return phraseStart(endingAt: k - 1, lowerBound: lowerBound)
            }
            guard k >= lowerBound, opensDescription(k) else { return nil }
            // "Many in the hall", "some of the staff": a share of a group.
            if k - 2 >= lowerBound, tokens[k - 1].word == .in || tokens[k - 1].word == .of, tokens[k - 2].has(.vagueHead) { return k - 2 }
            return roleStart(before: k, lowerBound: lowerBound) ?? k
        }
        var start = i
        var k = i - 1
        var loose = 0
        while k >= lowerBound {
            let t = tokens[k]
            // "Hale & Brook": an ampersand joins a name like a connector.
            guard t.isWord || t.kind == .number || t.word == .ampersand || wordBeforeApostrophe(k) != nil else { break }
            // "his wife", "their lawyers": a possessive opens the phrase like a determiner.
            if t.has(.determiner) || t.kind == .number || (t.has(.possessiveDeterminer) && t.word != .possessive) {
                // "the" after a preposition inside a name: "mission to the United Nations", "Center for a Safer Harbor"; or
                // inside a registered organisation's name: "Save the Children".
                if isArticleInName(k), k - 1 >= lowerBound,
                    tokens[k - 1].word == .to || tokens[k - 1].word == .of || tokens[k - 1].word == .for || isRegisteredOrganization((k - 1)..<(i + 1))
                {
                    k -= 1
                    continue
                }
                // "the other official": "other" is a determiner that "the" opens.
                let theOther = t.word == MentionParser.otherDeterminer && k - 1 >= lowerBound && tokens[k - 1].word == .the
                start = theOther ? k - 1 : k
                break
            }
            if k == lowerBound, isOpeningAdverb(k) { break }
            if t.word == .possessive || wordBeforeApostrophe(k) != nil || (t.isCapitalized && !t.has(.functionWord))
                || isFirstNameAfterTitle(k, lowerBound: lowerBound)
            {
                start = k
            } else if t.has([.titleWord, .nationality, .organizationHead])
                || (t.has(.titleModifier) && tokens[k + 1].has([.titleWord, .organizationHead, .titleModifier]))
                || isTitlePortfolioBeforeName(k)
            {
                // "Chinese foreign ministry spokesman": a modifier of a title or an office belongs to the phrase.
                start = k
            } else if t.has(.connector), k - 1 >= lowerBound,
                tokens[k - 1].isCapitalized || tokens[k - 1].word == .possessive || tokens[k - 1].has(.organizationHead)
                    || tokens[k - 1].has(.titleWord) || isTitlePortfolio(k - 1)
                    // "the niece of the mayor": a person known by someone holding the role.
                    || (t.word == .of && headIsTitle && tokens[k - 1].has(.anonymousHead) && !tokens[k - 1].isCapitalized)
                    || (t.has(.nameParticle) && (particleRunStart(before: k).map { $0 >= lowerBound } ?? false))
            {
                // a connector only counts when the phrase goes on before it
            } else if headIsAnonymous || head.has(.organizationHead)
                || (headIsTitle && titleModifierOpensPhrase(k, lowerBound: lowerBound))
                // "City planning director Ada Quill": a title before the name keeps its modifiers, but no verb ("praising former Gov.");
                // so does the kind of a body before its name ("the rights group Open Justice Watch", "the lobbying group …";
                // an outlet's kind, "State news agency KNPA", is read with the outlet).
                || ((tokens[k + 1].has(.titleWord) || (tokens[k + 1].has(.organizationHead) && !tokens[k + 1].has(.outletWord)))
                    && !tokens[k + 1].isCapitalized
                    && titleModifierOpensPhrase(k, lowerBound: lowerBound)
                    && !t.has([.copula, .auxiliary, .modal, .reportingVerb, .irregularPast, .endsInEd])
                    && (!t.has(.endsInIng) || (k > lowerBound && (tokens[k - 1].isCapitalized || tokens[k - 1].has(.determiner))))),
                loose < 3, !t.has([.functionWord, .endsInLy, .skippable])
            {
                // "a senior port official", "the foreign ministry", "Vestland’s trade minister": plain modifiers before the head.
                loose += 1
                start = k
            } else {
                break
            }
            k -= 1
        }
        // Never begin on a dangling connector; a capitalized particle opening a name is none ("Al Jazeera's Hiba Nasser", "El Faro").
        while start < i, tokens[start].has(.connector), !opensNameAsParticle(start) { start += 1 }
        if tokens[start].word == .the, let role = roleStart(before: start, lowerBound: lowerBound) { return role }
        return start
    }

    /// "The U.N.’s humanitarian coordinator for the region", "a spokeswoman for the council", "an aide to
    /// the mayor": the start of the role whose object opens with "the" at `the`, or nil.
    func roleStart(before the: Int, lowerBound: Int) -> Int? {
        guard the - 2 >= lowerBound, [.of, .for, .at, .to].contains(tokens[the - 1].word),
            tokens[the - 2].has([.titleWord, .anonymousHead]), !tokens[the - 2].isCapitalized || the - 2 == lowerBound
        else { return nil }
        return phraseStart(endingAt: the - 2, lowerBound: lowerBound)
    }

    /// Whether token `k` is the apostrophe of a plural possessive ("the bus drivers' union"): a single
    /// mark right after a lowercase word in s, closing no quotation.
    func isPluralPossessive(_ k: Int) -> Bool {
        wordBeforeApostrophe(k).map { !$0.isCapitalized } ?? false
    }

    /// Whether the mark at `k` is the apostrophe of a plural name's possessive ("Harbor Motors’ chief").
    func isNamePossessive(_ k: Int) -> Bool {
        wordBeforeApostrophe(k)?.isCapitalized ?? false
    }

    /// The word in s that a single mark at `k`, closing no quotation, makes possessive; nil for any other token.
    func wordBeforeApostrophe(_ k: Int) -> Token? {
        let t = tokens[k]
        guard t.kind == .quote, block.quoteOf[k] < 0, !t.spaceBefore, t.mark == .singleClose || t.mark == .singleStraight, k > 0,
            tokens[k - 1].isWord, tokens[k - 1].has(.endsInS)
        else { return nil }
        return tokens[k - 1]
    }

    /// The longest name of the organisation registry that ends `head` ("Save the Children" of "a spokesman for Save
    /// the Children"), or nil.
    func registeredOrganization(ending head: Range<Int>) -> Range<Int>? {
        // The last word, which every candidate shares, is asked about once (a loop, not a closure capturing the parser).
        // (Every candidate ends in a capitalized word, asked before the registry's table is.)
        guard head.count >= 2, tokens[head.upperBound - 1].isCapitalized, RegisteredNameWords.mayEnd(head.upperBound - 1, in: block) else { return nil }
        for start in max(head.lowerBound, head.upperBound - 6)..<(head.upperBound - 1) where isRegisteredOrganization(start..<head.upperBound) {
            return start..<head.upperBound
        }
        return nil
    }

    /// Whether the tokens `range` spell, whole, a name of two words or more of the organisation registry, first and last
    /// word capitalized: "Doctors Without Borders", "Save the Children", whose words alone read as a group or a person.
    func isRegisteredOrganization(_ range: Range<Int>) -> Bool {
        guard (2...6).contains(range.count), tokens[range.lowerBound].isCapitalized, tokens[range.upperBound - 1].isCapitalized,
            RegisteredNameWords.mayBeName(range, in: block), range.allSatisfy({ tokens[$0].isWord })
        else { return false }
        return OrganizationRegistry.bundled.organization(named: block.text(tokens: range)) != nil
    }

    /// Whether the word at `k` is a capitalized particle that opens a name with the capitalized word after it: "Al" of
    /// "Al Jazeera", "El" of "El Faro".
    func opensNameAsParticle(_ k: Int) -> Bool {
        tokens[k].has(.nameParticle) && tokens[k].isCapitalized && !tokens[k].has(.functionWord) && k + 1 < tokens.count
            && tokens[k + 1].isCapitalized && !tokens[k + 1].has(.functionWord)
    }

    /// Whether the lowercase noun at `k` completes a title of the form "chief of staff" or "director of
    /// operations" right before a name ("White House chief of staff Jim Dowd"): the title, and what
    /// precedes it, are the name's credentials.
    func isTitlePortfolioBeforeName(_ k: Int) -> Bool {
        isTitlePortfolio(k) && k + 1 < tokens.count && tokens[k + 1].isCapitalized && !tokens[k + 1].has(.functionWord)
    }

    /// Whether the word at `k` is "centre" or "center" in lowercase after a capitalized word: a player's position between
    /// the team and the player ("Gulls centre Viktor Hale"), where a body's head would be capitalized.
    func isPositionAfterTeam(_ k: Int) -> Bool {
        k > 0 && (tokens[k].word == MentionParser.centre || tokens[k].word == MentionParser.center) && !tokens[k].isCapitalized
            && tokens[k - 1].isCapitalized
    }

    static let centre = Word("centre")
    static let center = Word("center")

    /// Whether the noun at `k` is the portfolio after a title and "of": "staff" of "chief of staff", "research" of
    /// "head of research at Corvane Bank", "Staff" of "Chief of Staff" (capitalized like its title; after "CEO of" a
    /// capitalized word names the company).
    func isTitlePortfolio(_ k: Int) -> Bool {
        guard k >= 2, tokens[k - 1].word == .of, tokens[k - 2].has(.titleWord) else { return false }
        return isPlainNoun(k)
            || (tokens[k].isCapitalized && tokens[k - 2].isCapitalized && !isInCapitals(k - 2) && tokens[k].isWord
                && !tokens[k].has([.organizationHead, .functionWord]))
    }

    /// "Councilman Per Eng", "Resident Per Aasen", "Dr. Will Ames": a first name spelled like a function word, after a
    /// title or a role and before a name.
    func isFirstNameAfterTitle(_ k: Int, lowerBound: Int) -> Bool {
        let t = tokens[k]
        return t.isCapitalized && t.has(.functionWord) && k - 1 >= lowerBound && tokens[k - 1].has([.titleWord, .honorific, .anonymousHead])
            && k + 1 < tokens.count && tokens[k + 1].isCapitalized && !tokens[k + 1].has(.functionWord)
    }

    /// Start of a share of the people polled ending at `end`: "31 percent", "nearly a third of those
    /// surveyed", "one in five"; nil when the words there are no such share.
    func shareStart(endingAt end: Int, lowerBound: Int) -> Int? {
        // "… of those surveyed": a post-modifier of a word or three after the share word, with no verb.
        var head = end
        if let of = (max(lowerBound, end - 3)...end).last(where: { tokens[$0].word == .of }), of > lowerBound, of < end,
            (of + 1...end).allSatisfy({ tokens[$0].isWord && !tokens[$0].has([.auxiliary, .modal]) && tokens[$0].word != .to })
        {
            head = of - 1
        }
        let isShare = tokens[head].has(.shareWord) || (head - 2 >= lowerBound && tokens[head - 1].word == .in
            && isSmallCount(head) && isSmallCount(head - 2))
        guard isShare else { return nil }
        var start = tokens[head].has(.shareWord) ? head : head - 2
        // The quantity and adverbs before it: "nearly a", "Thirty-one", "only 52".
        while start > lowerBound, start > head - 5,
            tokens[start - 1].kind == .number || tokens[start - 1].has([.determiner, .skippable, .endsInLy])
        {
            start -= 1
        }
        // "at least half", "more than a third": a bound before the share is the share's.
        if start - 2 >= lowerBound, MentionParser.shareBounds.contains(where: { block.lower(start - 2, is: $0) && block.lower(start - 1, is: $1) }) {
            start -= 2
        }
        return start
    }

    /// Two words that bound a share before it ("at least half", "more than a third"), lowercase.
    static let shareBounds = [("at", "least"), ("at", "most"), ("more", "than"), ("less", "than"), ("fewer", "than")]

    /// Whether the word at `k` ends a quantity of people ("Some", "one in five"), which a cue may follow.
    func isQuantity(_ k: Int, lowerBound: Int) -> Bool {
        tokens[k].has(.vagueHead) || shareStart(endingAt: k, lowerBound: lowerBound) != nil
    }

    /// "five", "10", "one": a count in "one in five", never a year.
    func isSmallCount(_ k: Int) -> Bool {
        tokens[k].kind == .number ? tokens[k].end - tokens[k].start <= 2 : tokens[k].has(.determiner) && tokens[k].word != .the
    }

    /// A plural common noun that can head a group of sources: "technologists", "many dock workers".
    func isGroupNoun(_ k: Int) -> Bool {
        let t = tokens[k]
        // (The token's own traits first: most capitalized words asked are names, which end in no plural's s.)
        guard t.isWord, t.has(.endsInS), !t.has([.endsInDoubleS, .endsInUs, .endsInIs, .endsInPossessive, .functionWord, .reportingVerb, .clauseVerb]),
            t.end - t.start > 3
        else { return false }
        return !t.isCapitalized || opensSentenceBeforeLowercaseModifier(k) || opensSentenceAsPluralOfRole(k)
    }

    /// Whether the word at `k` opens its sentence as a plural of a role or a following ("Hydrologists at the University of
    /// Sorin said", "Populists in the north"): "-ists" and "-ians" end no names the writer would open a sentence with alone.
    func opensSentenceAsPluralOfRole(_ k: Int) -> Bool {
        guard tokens[k].has(.endsInS), k == 0 || tokens[k - 1].isSentenceFinal, k + 1 < tokens.count, !tokens[k + 1].isCapitalized
        else { return false }
        let ending = block.utf8[tokens[k].utf8Range].suffix(4)
        return ending.elementsEqual("ists".utf8) { $0.asciiLowercased == $1 } || ending.elementsEqual("ians".utf8) { $0.asciiLowercased == $1 }
    }

    /// Whether the word at `k` opens its sentence before "of" and a lowercase noun ("Families of the victims", "Fans of
    /// the club"), where its capital is the sentence's; a name there is followed by a name ("Jones of the Harbor Trust").
    func opensSentenceBeforeLowercaseModifier(_ k: Int) -> Bool {
        guard k == 0 || tokens[k - 1].isSentenceFinal, k + 2 < tokens.count, tokens[k + 1].word == .of else { return false }
        let noun = tokens[k + 2].has(.determiner) && k + 3 < tokens.count ? k + 3 : k + 2
        return tokens[noun].isWord && !tokens[noun].isCapitalized && !tokens[noun].has(.functionWord)
    }

    /// A capitalized adverb or participle opening a clause ("Grudgingly, …", "Having signed …"), not a
    /// name; after a capitalized word it is a surname ("Wade Kettering", "Ada Browning").
    func isOpeningAdverb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isCapitalized else { return false }
        // Only a sentence opens with one ("But Separately" aside): in "said Skelly" the word is a name.
        if k > 0, tokens[k - 1].isWord, !tokens[k - 1].has(.functionWord) { return false }
        // "Later, …", "Early in his campaign, …": an adverb of time.
        if t.has(.adjunctStarter), !t.has(.functionWord) { return true }
        guard t.end - t.start > 5 else { return false }
        // "Pressed on the delays, Mr. Vale said": a past participle opening the sentence before a preposition.
        if t.has(.endsInEd), k + 1 < tokens.count, [.with, .by, .on, .for].contains(tokens[k + 1].word) { return true }
        guard t.has([.endsInLy, .endsInIng]) else { return false }
        guard k + 1 < tokens.count else { return true }
        // "Beijing said", "Reading warned": a word followed by a verb that reports is its subject ("Having said that" excepted).
        let next = tokens[k + 1]
        // ("Beijing has warned", "Beijing is warning": so is a word an auxiliary follows.)
        let reports = next.has(.reportingVerb) && next.has([.endsInS, .endsInEd, .irregularPast])
        let auxiliary = next.has([.auxiliary, .modal]) && !next.has(.determiner)
        if t.has(.endsInIng), reports || auxiliary, !block.lower(k, is: "having") { return false }
        return !next.isCapitalized
    }

    /// How many words of a source phrase the document may stand after: room for a body's name of three words and the
    /// document's own two ("a Millbrook Police Department news release").
    static let documentReach = 7

    /// "a statement from the board", "figures released on Monday by the Vestland Health Board": the body
    /// that issued the document opening `range`, which speaks through it; nil when none is named.
    func documentIssuer(in range: Range<Int>) -> Range<Int>? {
        guard let document = range.prefix(MentionParser.documentReach).first(where: { tokens[$0].has(.documentNoun) && !tokens[$0].isCapitalized }) else { return nil }
        // "a Treasury Department press release": the issuer's name stands before the document.
        let nameStart = tokens[range.lowerBound].has(.determiner) ? range.lowerBound + 1 : range.lowerBound
        var nameEnd = nameStart
        while nameEnd < document, tokens[nameEnd].isCapitalized, !tokens[nameEnd].has(.functionWord) { nameEnd += 1 }
        if nameEnd > nameStart {
            return document - nameEnd <= 2 && (nameEnd..<document).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) ? nameStart..<nameEnd : nil
        }
        guard document - range.lowerBound < 3 else { return nil }
        // ("court documents reported by the Ledger": an outlet that reported the document did not issue it.)
        guard let link = (document + 1..<min(range.upperBound, document + 7)).first(where: { [.from, .by].contains(tokens[$0].word) }),
            link + 1 < range.upperBound,
            (document + 1..<link).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number) && !tokens[$0].has(.reportingVerb) }),
            tokens[link + 1].word == .the || tokens[link + 1].isCapitalized
        else { return nil }
        // The issuer's name ends before a participle or a phrase about the document ("… to be released Thursday").
        let end = (link + 2..<range.upperBound).first { k in
            let t = tokens[k]
            return !t.isCapitalized && (t.has([.endsInEd, .endsInIng, .placePreposition]) || t.word == .to)
        } ?? range.upperBound
        return (link + 1)..<end
    }

    // MARK: Reading the phrase

    /// Reads the tokens `range` (head, then an optional appositive after a comma) as a mention; a
    /// phrase just read is looked up, not read again.
    func parse(_ range: Range<Int>) -> Mention? {
        if recent.remembers(range) { return recent.mention(of: range) }
        // (Asked of the tokens first: nearly every phrase read holds no "and", and its mention is read and kept as it is.)
        let mention = range.contains(where: { tokens[$0].word == .and }) ? readJoiningSpeakers(range) : read(range)
        recent.remember(mention, of: range)
        return mention
    }

    /// "Mara Oden and Teo Vale", "two officials familiar with the talks and a diplomat briefed on them": speakers joined by
    /// "and" before any appositive speak together. The mention read stands for the last, which the one before joins; what
    /// an appositive opening on "both" gives is both's ("…, both of the Harbor Institute,"). A body's name ("Marsh and
    /// Brown", "Center for Coastal and Maritime Studies"), a title's portfolio ("Minister of Trade and Industry") and a
    /// team ("Voss and her team") stay one speaker.
    private func readJoiningSpeakers(_ range: Range<Int>) -> Mention? {
        guard var mention = read(range) else { return nil }
        joinSpeakers(to: &mention, in: range)
        return mention
    }

    /// `readJoiningSpeakers(_:)` of a mention read: joined in place (`inout`), a mention of no joint speakers not copied.
    private func joinSpeakers(to mention: inout Mention, in range: Range<Int>) {
        guard MentionParser.speaks(mention) else { return }
        let headEnd = range.first { tokens[$0].word == .comma || isDash($0) } ?? range.upperBound
        guard let and = joiningAnd(in: range.lowerBound..<headEnd) else { return }
        if case .organization(let name) = mention.kind, name.contains(and) { return }
        // ("Both Ada Quill and Teo Vale": "both" is no word of the first.)
        let firstStart = isBoth(range.lowerBound) ? range.lowerBound + 1 : range.lowerBound
        guard firstStart < and, var first = read(firstStart..<and), MentionParser.speaks(first), var last = read((and + 1)..<range.upperBound),
            MentionParser.speaks(last)
        else { return }
        // ("Center for Coastal and Maritime Studies fellow Ada Quill": a body's name before "and" ends in its head.)
        if case .organization(let name) = first.kind, let end = name.last, !tokens[end].has(.organizationHead) { return }
        if headEnd + 1 < range.upperBound, block.lower(headEnd + 1, is: "both") {
            for organization in last.organizations where !first.organizations.contains(organization) { first.organizations.append(organization) }
        }
        last.tokens = range
        last.joined = [first]
        mention = last
    }

    /// The last "and" of a speaker phrase's `head` that may join two speakers; nil when it joins a title's portfolio
    /// ("Minister of Trade and Industry"), a team ("Voss and her team"), words sharing one head ("Current and former
    /// officials"), a second role of one person without its own
    /// article ("the delegate and union activist"), names after a link ("the cities of Blackpool and Lund") or the
    /// words of a body's name running on to its head ("the Science and Technology Directorate").
    private func joiningAnd(in head: Range<Int>) -> Int? {
        guard let and = (head.lowerBound + 1..<head.upperBound).last(where: { tokens[$0].word == .and }), and + 1 < head.upperBound,
            !joinsOfficeName(and, in: head), !(and + 1..<head.upperBound).contains(where: { tokens[$0].has(.teamNoun) }),
            !tokens[and + 1].has(.possessiveDeterminer)
        else { return nil }
        if tokens[and + 1].has(.determiner) || tokens[and + 1].kind == .number { return and }
        // ("Current and former officials": one word before "and" that is no group's head qualifies the head in lowercase
        // after it; "Clinton and leading Democrats" are two.)
        let sharesHead = and - 1 == head.lowerBound && and + 2 < head.upperBound && !tokens[and + 1].isCapitalized && !tokens[and + 2].isCapitalized
            && !tokens[head.lowerBound].has([.anonymousHead, .vagueHead]) && !isGroupNoun(head.lowerBound)
        let joinsWords = sharesHead || tokens[head.lowerBound].has(.determiner) && !tokens[and + 1].isCapitalized
            || (head.lowerBound..<and).contains { [.of, .for, .at, .from, .in].contains(tokens[$0].word) }
            || (tokens[and - 1].isCapitalized && runHasOrganizationHead(and + 1, capitalizedRunEnd(from: and + 1, end: head.upperBound)))
        return joinsWords ? nil : and
    }

    /// Whether a mention may be one of speakers joined by "and": a person, a body, an unnamed source or a description.
    private static func speaks(_ mention: Mention) -> Bool {
        switch mention.kind {
        case .person, .organization, .anonymous, .description: true
        default: false
        }
    }

    /// `parse(_:)` the first time.
    private func read(_ range: Range<Int>) -> Mention? {
        guard !range.isEmpty else { return nil }
        // An interview's question ("Are you worried about …?", "You said …") names no source: neither a verb opening
        // it nor "you", the one asked.
        if range.count == 1, tokens[range.lowerBound].has([.auxiliary, .copula, .modal]) || block.lower(range.lowerBound, is: "you") {
            return nil
        }
        var headEnd = range.upperBound
        var appositive: Range<Int>? = nil
        var dashedName: Range<Int>? = nil
        // "Ben Oduya, D-Maine", "Ada Moss (D-Vt.)": the party a tag gives is a credential.
        var party: String? = nil
        if let comma = range.firstIndex(where: { tokens[$0].word == .comma || isDash($0) }) {
            headEnd = comma
            var apStart = comma + 1
            while apStart < range.upperBound, isDash(apStart) { apStart += 1 }
            // "Ben Oduya, D-Maine, the bill’s sponsor": the party tag or age is no appositive.
            var apEnd = range.upperBound
            while apEnd > apStart, tokens[apEnd - 1].kind == .punctuation, tokens[apEnd - 1].word != .closeParenthesis { apEnd -= 1 }
            // "the mayor's niece, state Rep. Dana Moss (D-Kessel),": a party tag in parentheses ends the appositive.
            if let (open, tagged) = parenthesesEnding(at: apEnd, lowerBound: apStart) {
                party = tagged ?? party
                apEnd = open
            }
            while apEnd > apStart, tokens[apEnd - 1].kind == .punctuation { apEnd -= 1 }
            let tagEnd = (apStart..<range.upperBound).first(where: { tokens[$0].word == .comma }) ?? apEnd
            if tagEnd > apStart, nameTagStart(endingAt: tagEnd - 1, lowerBound: apStart) == apStart {
                party = partyAffiliation(ofTag: apStart)
                apStart = tagEnd + 1
            }
            // "-- Ilse Varga, who lost the race --": the dashes set off a name with its own appositive.
            if isDash(comma), let inner = (apStart..<apEnd).first(where: { tokens[$0].word == .comma }), bareName(apStart..<inner) != nil {
                dashedName = apStart..<inner
                apStart = inner + 1
            }
            if apEnd > apStart { appositive = apStart..<apEnd }
        }
        // A party tag or note in parentheses after the name: "Ada Moss (D-Vt.)".
        if let (open, tagged) = parenthesesEnding(at: headEnd, lowerBound: range.lowerBound) {
            party = tagged ?? party
            headEnd = open
        }
        let descriptionEnd = headEnd
        headEnd = headEndBeforeModifier(range.lowerBound..<headEnd, namedHolder: appositive.flatMap(bareName) != nil)
        var start = range.lowerBound
        var determiner: Word? = nil
        // ("the 29-year-old": an age alone is the head, not a number before it.)
        while start < headEnd, tokens[start].has(.determiner) || (tokens[start].kind == .number && !isAgeAlone(start, headEnd: headEnd)) {
            if determiner == nil { determiner = tokens[start].word }
            start += 1
        }
        // "Some", "Others", "many in the hall": a vague share of people.
        let quantifier = range.lowerBound
        let share = start == quantifier + 1 && start < headEnd && (tokens[start].word == .in || tokens[start].word == .of)
        if tokens[quantifier].has(.vagueHead), headEnd == quantifier + 1 || share {
            var vague = Mention(kind: .anonymous(descriptionText(quantifier..<descriptionEnd), vague: true), tokens: range)
            // ("Analysts at Harbor Bank"; "Supporters of Ivo Pell" serve a person.)
            if !share, tokens[headEnd].word != .of, let body = organization(after: headEnd, descriptionEnd: descriptionEnd) {
                vague.organizations.append(body)
            }
            return vague
        }
        if shareStart(endingAt: descriptionEnd - 1, lowerBound: range.lowerBound) != nil {
            return Mention(kind: .anonymous(Phrase(tokens: range.lowerBound..<descriptionEnd, lowersFirst: true), vague: true), tokens: range)
        }
        guard start < headEnd else {
            // "both said": the two people met before, as "they".
            if range.count == 1, isBoth(range.lowerBound), range.upperBound < tokens.count, tokens[range.upperBound].has(.reportingVerb) {
                return Mention(kind: .pronoun(nil), tokens: range)
            }
            // "The other": two determiners, which leave no head once skipped.
            guard oneOfThem(endingAt: headEnd - 1, lowerBound: range.lowerBound) == range.lowerBound else { return nil }
            return Mention(kind: .memberOfGroup(descriptionText(range.lowerBound..<headEnd)), tokens: range)
        }
        // "Ivo Pratt of Coastal Wire": the name stands before "of", the organisation after it.
        var affiliation: Range<Int>? = nil
        if let of = (start..<headEnd).first(where: { [.of, .at, .from].contains(tokens[$0].word) }), of > start,
            of + 1 < headEnd, !(of..<headEnd).contains(where: { tokens[$0].has(.titleWord) }), tokens[of - 1].isCapitalized, !tokens[of - 1].has(.organizationHead),
            tokens[of].word != .of || !continuesNameThroughConnector(endingAt: of - 1, lowerBound: start),
            !nameRun(in: start..<of).isEmpty
        {
            affiliation = (of + 1)..<headEnd
            headEnd = of
        }
        // "Sir Ann Holt MP": a title in capitals after a name is a credential, no part of it.
        var postNominal: Range<Int>? = nil
        // ("a Tory MP" is an unnamed member: a determiner opens no name.)
        if determiner == nil, headEnd - start >= 2, tokens[headEnd - 1].has(.titleWord), isInCapitals(headEnd - 1), tokens[headEnd - 2].isCapitalized,
            !tokens[headEnd - 2].has([.titleWord, .functionWord])
        {
            postNominal = (headEnd - 1)..<headEnd
            headEnd -= 1
        }
        let head = start..<headEnd
        // "Doctors Without Borders", "Save the Children": a registered organisation whose words would read otherwise.
        let registered = registeredOrganization(ending: head)
        if registered == head { return Mention(kind: .organization(head), tokens: range) }
        if oneOfThem(endingAt: headEnd - 1, lowerBound: range.lowerBound) == range.lowerBound {
            return Mention(kind: .memberOfGroup(descriptionText(range.lowerBound..<headEnd)), tokens: range)
        }
        if head.count == 1, tokens[start].word != .it, tokens[start].has(.pronoun), let gender = lexicon.pronouns[block.lower(start)] {
            return Mention(kind: .pronoun(gender), tokens: range)
        }
        if head.count == 1, tokens[start].word == .it {
            return Mention(kind: .it, tokens: range)
        }
        var mention: Mention
        var appositiveIsName = false
        var namedHead: Int? = nil
        let last = tokens[headEnd - 1]
        // ("a spokesman for Save the Children": the registered name is the run of names.)
        var run = registered ?? nameRun(in: head)
        // "Brackwater County Recorder Nell Ostrand": a long capitalized run ends in the person's name; so does a shorter
        // one that opens with a title's portfolio ("Under Secretary for Terrorism Mark Bell").
        let longRunSplit = (run.count >= 4 || (run.count == 3 && opensWithPortfolio(run, in: head))) && registered == nil
            ? trailingName(of: run) : nil
        if let longRunSplit { run = longRunSplit }
        // "Architect Ana Berg said", "Mother Superior Clara Voss": a trade's word before a given name is no part of the name.
        let roleWord = registered == nil && longRunSplit == nil ? roleWordBeforeGivenName(run) : nil
        if let roleWord { run = (roleWord + 1)..<run.upperBound }
        let headHasOrganization = head.contains { tokens[$0].has(.organizationHead) } || namesBodyOfPeople(head)
            || lexicon.isKnownOutlet(head, in: block)
            || (last.has(.outletWord) && determiner == .the && last.isCapitalized)
            || lexicon.isKnownOutlet(run, in: block)
        // ("The Justice Department": a title word before a body's head is part of the body's name.)
        let titleBeforeRun = run.lowerBound > head.lowerBound
            && (tokens[run.lowerBound - 1].has(.titleWord)
                || tokens[run.lowerBound - 1].has(.honorific)
                || isTitlePortfolioBeforeName(run.lowerBound - 1)
                || isPositionAfterTeam(run.lowerBound - 1))
            && !(run.count == 1 && tokens[run.lowerBound].has(.organizationHead) && tokens[run.lowerBound - 1].isCapitalized
                && !tokens[run.lowerBound - 1].has(.honorific))
        // "Mr. Vale and council member Ada Quill": two people; the mention stands for the last, and
        // nothing before "and" is her credential or gives her gender.
        let ownStart = head.last(where: { [.and, .or, .ampersand].contains(tokens[$0].word) && !joinsOfficeName($0, in: head) })
            .map { $0 + 1 } ?? head.lowerBound
        // The name an appositive holds: "Dana Fell", or a relative's first name ("His daughter, Ana,").
        // ("Another researcher, Dr. Erik Lund of Tennant University,": the name, then the body it serves.)
        let bodyOfAppositive = appositive.flatMap { bodyAfterName(in: $0) }
        let nameInAppositive = appositive.flatMap { whole in
            bareName(nameBeforeBody(in: whole)) ?? nameAfterLowercaseRole(nameBeforeBody(in: whole))
                ?? firstNameOfRelative(whole, describedBy: range.lowerBound..<headEnd)
        }
        // "A spokeswoman for Quist, Dana Fell,": a role held for someone, then the speaker's own name.
        // "Ostrava’s ambassador to Norland, Tomas Hruby,": after a possessive too.
        // "coordinator for Norland, Karim Haddad,": a role in lowercase opening the phrase does as well.
        // ("His partner at the firm Lund Asplin, Teo Asplin,": after a possessive determiner, whatever the head names.)
        let rolePhraseBeforeName = (determiner != nil || tokens[start].has(.possessiveDeterminer)
            || head.contains { tokens[$0].word == .possessive || isNamePossessive($0) }
            || (tokens[start].has(.titleWord) && !tokens[start].isCapitalized))
            && nameInAppositive != nil
            && head.contains { tokens[$0].has(.titleWord) || tokens[$0].has(.anonymousHead) }
        if let kind = kindBeforeBodyName(in: range.lowerBound..<headEnd) {
            // "the rights group Open Justice Watch", "the state news agency Vestpress": the body speaks by its name, and the
            // kind the writer gives it before the name is its title.
            mention = Mention(kind: .organization(kind.upperBound..<headEnd), tokens: range)
            mention.titles.append(block.text(tokens: kind))
        } else if let (kind, name) = outletNamedBeside(head, hasDeterminer: determiner != nil, appositive: appositive) {
            // "Vestland’s state broadcaster, Nordvision,", "the state broadcaster, OTV,": the outlet speaks by the name set
            // beside its kind, which is its title.
            mention = Mention(kind: .organization(name), tokens: range)
            mention.titles.append(block.text(tokens: kind))
        } else if let determiner, determiner != .the, nameInAppositive == nil, last.has([.titleWord, .anonymousHead]), isInCapitals(headEnd - 1) {
            // "a Tory MP", "one senior Labour MP": an unnamed holder of the title; the party before it names no one.
            mention = Mention(kind: .anonymous(descriptionText(range.lowerBound..<descriptionEnd), vague: false), tokens: range)
        } else if run.isEmpty || !last.isCapitalized || last.has(.functionWord) || rolePhraseBeforeName {
            let possessive = head.contains { tokens[$0].word == .possessive }
            let nameBeside = dashedName ?? nameInAppositive
            // "The firm, Coastline Dredging,": the name of the body the head word stands for.
            let namesBody = !rolePhraseBeforeName && determiner != nil && head.count <= 3 && last.has(.organizationHead)
                && !last.has([.titleWord, .anonymousHead])
            if let name = nameBeside, namesBody {
                mention = Mention(kind: .organization(name), tokens: range)
            } else if let name = nameBeside {
                // "the mayor's chief of staff, Ivo Brandt,": the name stands in the appositive.
                mention = Mention(kind: .person(name), tokens: range)
                if rolePhraseBeforeName { readRole(head, into: &mention) } else { readCredentials(head, into: &mention) }
                // "The worker, Ole Brandvik": the unnamed worker met before has a name now.
                if rolePhraseBeforeName, determiner == .the, last.has([.anonymousHead, .titleWord]) { namedHead = headEnd - 1 }
                // "A base spokesman, Lt. Col. Ivo Brandt,": a rank before the name is a credential too.
                if dashedName == nil, let appositive, appositive.lowerBound < name.lowerBound {
                    readCredentials(appositive.lowerBound..<name.lowerBound, into: &mention)
                }
                appositiveIsName = dashedName == nil
                if dashedName == nil, let bodyOfAppositive { mention.organizations.append(block.text(tokens: bodyOfAppositive.body)) }
            } else if let outlet = outletBeforeKind(head, ownStart: ownStart) {
                // "the Harbor Times newspaper", "the nationalist Daily Lantern tabloid": the outlet speaks by its name.
                mention = Mention(kind: .organization(outlet), tokens: range)
                mention.titles.append(block.lower(headEnd - 1))
            } else if determiner != nil, last.has(.documentNoun), last.has(.channelNoun), !block.lower(headEnd - 1, is: "report"),
                let issuer = documentIssuer(in: range.lowerBound..<headEnd), issuer.upperBound < headEnd, runHasOrganizationHead(issuer.lowerBound, issuer.upperBound)
            {
                // "A Fenwick Police statement said", "a Treasury Department press release": the body named before the
                // document carrying its words speaks through it ("Court records show" name no body that wrote them; a
                // report, like a poll, states findings of its own, which "found" reports).
                mention = Mention(kind: .organization(issuer), tokens: range)
            } else if headHasOrganization && (determiner == .the || possessive)
                // "the ministry’s spokesman", "the foundation’s auditor": a person in the organisation's service, and
                // so is "the Kremlin spokesman".
                && !(last.has([.anonymousHead, .titleWord]) && (possessive || (!last.isCapitalized && !last.has(.organizationHead))))
                // ("the president of the union", "the chairman of the board": the body's officer, unnamed.)
                && (possessive || roleServingBody(in: head) == nil)
            {
                // "the ministry’s statement": the organisation speaks through its document.
                let possessor = possessive && last.has(.documentNoun) ? head.last(where: { tokens[$0].word == .possessive }) : nil
                mention = Mention(kind: .organization(organizationName(head.lowerBound..<(possessor ?? head.upperBound))), tokens: range)
            } else if let role = roleServingBody(in: head) {
                // "a spokeswoman for the council", "an aide to the mayor": an unnamed person serving a body or office.
                mention = Mention(kind: .anonymous(descriptionText(range.lowerBound..<descriptionEnd), vague: false), tokens: range)
                mention.titles.append(block.textLoweringFirst(tokens: role.role))
                // ("the ministry of defence": the body's head before its portfolio; "the port authority chairman" is a person.)
                if last.has(.organizationHead) || (!last.has(.titleWord) && role.body.contains(where: { tokens[$0].has(.organizationHead) })) {
                    mention.organizations.append(block.text(tokens: role.body))
                }
            } else if head.count >= 2, last.isCapitalized, last.has(.organizationHead), head.allSatisfy({ tokens[$0].isCapitalized }) {
                // "Fenwick Police said", "Capitol Police said": a force's name, though "police" alone are officers unnamed.
                mention = Mention(kind: .organization(head), tokens: range)
            } else if last.has(.anonymousHead) || isGroupNoun(headEnd - 1)
                // "Teslin's president": a title held in a place or body named before it, its holder not named; so is
                // "a rescue chief", a holder of the title not named.
                || ((possessive || (determiner != nil && determiner != .the)) && last.has(.titleWord) && !last.isCapitalized)
            {
                guard determiner != nil || last.has(.endsInS) || last.has(.unmarkedPlural) || head.count > 1 else { return nil }
                let description = descriptionText(range.lowerBound..<descriptionEnd)
                let vague = last.has(.vagueHead) && (determiner == nil || determiner == .some || determiner == .many || determiner == .most)
                mention = Mention(kind: .anonymous(description, vague: vague), tokens: range)
                if let body = organization(after: headEnd, descriptionEnd: descriptionEnd) { mention.organizations.append(body) }
            } else if tokens[range.lowerBound].has(.possessiveDeterminer), tokens[range.lowerBound].word != .possessive,
                last.has(.organizationHead)
            {
                // "his office said": the office of someone met before, unnamed.
                mention = Mention(kind: .anonymous(descriptionText(range.lowerBound..<descriptionEnd), vague: false), tokens: range)
            } else if determiner == .the || (determiner != nil && last.has(.documentNoun)), last.isWord || isAgeAlone(headEnd - 1, headEnd: headEnd),
                !last.has(.functionWord)
            {
                // "the plan", "a new report": a description, which the book may resolve or take for a document.
                mention = Mention(kind: .description(head: headEnd - 1, text: descriptionText(range.lowerBound..<headEnd)), tokens: range)
            } else {
                return nil
            }
        } else if let (role, body) = roleServing(run, in: head), determiner != nil || tokens[role.upperBound - 1].has([.endsInS, .unmarkedPlural]) {
            // "A spokeswoman for Greenfield Agri", "Lawyers for Hale": unnamed people speaking for someone.
            mention = Mention(kind: .anonymous(Phrase(tokens: range.lowerBound..<headEnd, lowersFirst: true), vague: false), tokens: range)
            mention.titles.append(block.textLoweringFirst(tokens: role))
            mention.organizations.append(block.text(tokens: body))
        } else if headHasOrganization && !titleBeforeRun && longRunSplit == nil && !namedAfterPossessive(run, headStart: start) {
            // "Developer Castlepine Partners said": the body's kind opening the sentence is its title, no word of its name.
            let kindOpens = opensSentenceAsKindOfBody(start, before: headEnd)
            mention = Mention(kind: .organization(organizationName(kindOpens ? (start + 1)..<headEnd : head)), tokens: range)
            if kindOpens { mention.titles.append(block.lower(start)) }
            // "State news agency KNPA" opening a sentence: the outlet's kind before its name is its title.
            if run.lowerBound > start, tokens[run.lowerBound - 1].has(.outletWord), !tokens[run.lowerBound - 1].isCapitalized {
                let kindStart = (start..<run.lowerBound).reversed().prefix { tokens[$0].isWord && !tokens[$0].isCapitalized }.last ?? run.lowerBound
                mention.titles.append(block.text(tokens: kindStart..<run.lowerBound))
            }
        } else {
            guard run.count <= 4, !isPlace(run) else { return nil }
            // "Nordskog Timber, which holds the permit,": "which" stands for no person.
            if run.count >= 2, ownStart == run.lowerBound, let appositive, tokens[appositive.lowerBound].word == .which {
                mention = Mention(kind: .organization(run), tokens: range)
            } else if ownStart == run.lowerBound, let appositive, let kind = companyKind(in: appositive, of: run) {
                // "Castlepine, a developer,": the article calls the body a company, which "the company" may stand for later.
                mention = Mention(kind: .organization(run), tokens: range)
                mention.titles.append(block.text(tokens: kind))
            } else {
                mention = Mention(kind: .person(run), tokens: range)
                if roleWord != nil {
                    // As written, as "Epidemiologist" before a name is; after a title the word ends it ("Mother Superior").
                    mention.titles.append(block.text(tokens: ownStart..<run.lowerBound))
                } else if ownStart < run.lowerBound {
                    readCredentials(ownStart..<run.lowerBound, into: &mention)
                }
                if titleBeforeRun, tokens[run.lowerBound - 1].has(.titleWord) { mention.titleBeforeName = run.lowerBound - 1 }
            }
        }
        // "Mr. Vale's advisers": the words before a possessive describe someone else.
        let afterPossessive = head.last(where: { tokens[$0].word == .possessive }).map { $0 + 1 } ?? head.lowerBound
        for k in max(ownStart, afterPossessive)..<head.upperBound {
            // ("Lawyers for Mr. Holt": the honorific of the person served is not the speaker's.)
            if k > head.lowerBound, [.for, .of, .to].contains(tokens[k - 1].word) { continue }
            if tokens[k].has(.honorific), let g = lexicon.honorifics[block.lower(k)] ?? nil { mention.gender = g }
            if tokens[k].has(.genderedTitle), let g = lexicon.genderedTitles[block.lower(k)] { mention.gender = g }
        }
        if case .person = mention.kind {
            if let affiliation {
                var orgStart = affiliation.lowerBound
                if tokens[orgStart].word == .the { orgStart += 1 }
                // "Ivo Pratt of the law firm Marsh Brown": the body's kind is no part of its name.
                if let kind = kindBeforeBodyName(in: affiliation) { orgStart = kind.upperBound }
                if orgStart < affiliation.upperBound { appendBody(orgStart..<affiliation.upperBound, after: affiliation.lowerBound, into: &mention) }
            }
            if let appositive, !appositiveIsName { readAppositive(appositive, into: &mention) }
            if let party { mention.organizations.append(party) }
            if let postNominal { mention.titles.append(block.text(tokens: postNominal)) }
        }
        if mention.gender == nil, let appositive, let gender = genderGivenAsReason(in: appositive) { mention.gender = gender }
        mention.namesUnnamed = namedHead
        if case .person = mention.kind, tokens[range.lowerBound].has(.possessiveDeterminer), block.lower(range.lowerBound, is: "its") {
            mention.servesIt = true
        }
        return mention
    }

    /// The first word of the name `run` when it is a trade's or a title's word before a given name: a word ending as an
    /// agent's noun does ("Architect", "Harbourmaster", "Superior"), no given name itself, opening the sentence or after a
    /// capitalized title ("Mother Superior Clara Voss"), before a given name of the lexicon and a surname; nil otherwise.
    func roleWordBeforeGivenName(_ run: Range<Int>) -> Int? {
        let k = run.lowerBound
        guard run.count >= 3, tokens[k].isWord, !tokens[k].has([.honorific, .functionWord]),
            k == 0 || tokens[k - 1].isSentenceFinal || (tokens[k - 1].isCapitalized && tokens[k - 1].has([.genderedTitle, .titleWord]))
        else { return nil }
        let word = block.lower(k)
        guard MentionParser.agentEndings.contains(where: { word.hasSuffix($0) }), lexicon.firstNameGenders[word] == nil,
            lexicon.firstNameGenders[block.lower(k + 1)] != nil
        else { return nil }
        return k
    }

    /// Endings of nouns for who does a trade or holds a rank: "architect", "harbourmaster", "pharmacist", "surgeon",
    /// "superior", "chairman" ("chairwoman" too).
    static let agentEndings = ["er", "or", "ist", "ian", "ant", "ent", "ect", "man", "eon"]

    /// The words after the determiner of an appositive that call the name `run` a company: "developer" of "Castlepine, a
    /// developer,", "Dunmere firm" of "Orrin Vale, a Dunmere firm,"; nil for any other appositive, and for a trade's word
    /// after a given name ("Ana Berg, a developer," is a person).
    func companyKind(in appositive: Range<Int>, of run: Range<Int>) -> Range<Int>? {
        let last = appositive.upperBound - 1
        guard appositive.count >= 2, appositive.count <= 4, tokens[appositive.lowerBound].has(.determiner), tokens[last].isWord,
            !tokens[last].isCapitalized
        else { return nil }
        let head = block.lower(last)
        let isTrade = lexicon.tradeOrganizationHeads.contains(head)
        guard isTrade || lexicon.companyOrganizationHeads.contains(head),
            (appositive.lowerBound + 1..<last).allSatisfy({ tokens[$0].isWord && !tokens[$0].has([.functionWord, .titleWord]) }),
            !isTrade || lexicon.firstNameGenders[block.lower(run.lowerBound)] == nil
        else { return nil }
        return (appositive.lowerBound + 1)..<appositive.upperBound
    }

    /// Whether the capitalized word at `k`, opening its sentence before a name, is a body's kind in lowercase use: a trade
    /// ("Developer", "Insurer", "Carmaker"), an outlet's kind ("Broadcaster") or "Regulator".
    func opensSentenceAsKindOfBody(_ k: Int, before end: Int) -> Bool {
        guard k + 1 < end, tokens[k].isCapitalized, tokens[k + 1].isCapitalized, k == 0 || tokens[k - 1].isSentenceFinal else { return false }
        let word = block.lower(k)
        return lexicon.tradeOrganizationHeads.contains(word) || MentionParser.kindsOfBodyBesideTrades.contains(word)
    }

    /// Kinds of body that open a sentence before the body's name as a trade does, besides the trades of the lexicon.
    static let kindsOfBodyBesideTrades: Set<String> = ["broadcaster", "regulator", "watchdog"]

    /// Whether a capitalized plural of people ends a name in `head`, or its head before "of", after another capitalized
    /// word of it: the "Communications Workers of Norland" and the "Harbor Auto Workers" are unions, not groups of workers
    /// ("United Auto Workers Secretary-Treasurer Gary Casteel" is a person).
    func namesBodyOfPeople(_ head: Range<Int>) -> Bool {
        head.contains { k in
            k > head.lowerBound && tokens[k].isCapitalized && tokens[k].has(.anonymousHead) && tokens[k].has(.endsInS)
                && tokens[k - 1].isCapitalized && tokens[k - 1].isWord && !tokens[k - 1].has(.functionWord)
                && (k + 1 == head.upperBound || tokens[k + 1].has(.connector))
        }
    }

    /// The lowercase words after the determiner or possessive opening `phrase` that say what kind of body the
    /// capitalized name after them is: "environmental group" of "the environmental group Friends of the Earth", "think
    /// tank" of "the think tank Harbor Policy Institute", "state news agency" of "Vestland’s state news agency Vestpress";
    /// nil when the words end in no organisation's or outlet's head, or a person's name follows. Without an opening a
    /// lowercase word before a name is rarely its kind ("the kind of campaign Ayotte hoped to run").
    func kindBeforeBodyName(in phrase: Range<Int>) -> Range<Int>? {
        guard !phrase.isEmpty, tokens[phrase.upperBound - 1].isCapitalized else { return nil }
        var kindStart = phrase.lowerBound
        if let possessive = phrase.last(where: { tokens[$0].word == .possessive }) {
            kindStart = possessive + 1
        } else {
            while kindStart < phrase.upperBound, tokens[kindStart].has(.determiner) { kindStart += 1 }
            guard kindStart > phrase.lowerBound else { return nil }
        }
        guard let name = (kindStart..<phrase.upperBound).first(where: { tokens[$0].isCapitalized }), name > kindStart,
            !tokens[name].has([.titleWord, .honorific]),
            (kindStart..<name).allSatisfy({ tokens[$0].isWord && !tokens[$0].has([.functionWord, .determiner]) })
        else { return nil }
        guard endsBodyKind(at: name - 1, from: kindStart),
            (name..<phrase.upperBound).allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalized || tokens[$0].has(.connector) || tokens[$0].word == .the) }),
            !endsInPersonName(name..<phrase.upperBound) || tokens[name - 1].has(.organizationHead)
        else { return nil }
        return kindStart..<name
    }

    /// Whether the lowercase word at `k` ends the words for a body's kind opening at `start`: an organisation's or outlet's
    /// head, or "think tank" ("tank" is no head alone, and no vocabulary word).
    func endsBodyKind(at k: Int, from start: Int) -> Bool {
        tokens[k].has([.organizationHead, .outletWord])
            || (k > start && tokens[k].word == .other && block.lower(k, is: "tank") && block.lower(k - 1, is: "think"))
    }

    /// The words for a body's kind set beside its name after the comma at `comma`, up to `end`: "an advocacy group" of
    /// "Tidewatch, an advocacy group", which say its category; nil when anything else follows the comma.
    func kindBesideBodyName(after comma: Int, end: Int) -> Range<Int>? {
        guard comma + 2 < end, end - comma <= 5, tokens[comma].word == .comma, tokens[comma + 1].has(.determiner),
            (comma + 2..<end).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.functionWord) }),
            endsBodyKind(at: end - 1, from: comma + 2)
        else { return nil }
        return (comma + 2)..<end
    }

    /// Adds the body named by `name` to the mention's organisations, with the kind the words from `phraseStart` give it
    /// before its name ("the aid group Relief Without Borders"), which says its category.
    func appendBody(_ name: Range<Int>, after phraseStart: Int, into mention: inout Mention) {
        let body = block.text(tokens: name)
        mention.organizations.append(body)
        if let kind = kindBeforeBodyName(in: phraseStart..<name.upperBound), kind.upperBound == name.lowerBound {
            mention.organizationKinds[body] = block.text(tokens: kind)
        }
    }

    /// The lowercase words for an outlet's kind ending `head` after its owner's possessive or an article, and the name of
    /// capitalized words only set beside them: "state broadcaster" and "Nordvision" of "Vestland’s state broadcaster,
    /// Nordvision,"; nil for anything else ("the broadcaster, who …").
    func outletNamedBeside(_ head: Range<Int>, hasDeterminer: Bool, appositive: Range<Int>?) -> (kind: Range<Int>, name: Range<Int>)? {
        guard let appositive, appositive.count <= 4, let last = head.last, tokens[last].has(.outletWord), !tokens[last].isCapitalized,
            appositive.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized }),
            // ("Harbor Bank's chief economist, Lise Dahl,": a person's title that also ends an outlet's name is no outlet's kind.)
            !tokens[last].has(.titleWord) || lexicon.outletHeads.contains(block.lower(last))
        else { return nil }
        let possessive = head.last { tokens[$0].word == .possessive }
        guard possessive != nil || hasDeterminer else { return nil }
        let kind = (possessive.map { $0 + 1 } ?? head.lowerBound)..<head.upperBound
        guard kind.allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) else { return nil }
        return (kind, organizationName(appositive))
    }

    /// The name of an outlet written before the lowercase word for its kind ("the Harbor Times newspaper",
    /// "the state-run Daily Lantern tabloid" → "Daily Lantern"), or nil when the phrase ends otherwise.
    /// The kind must be a title of outlets ("newspaper", "broadcaster"): "the Border agency" names no outlet.
    func outletBeforeKind(_ head: Range<Int>, ownStart: Int) -> Range<Int>? {
        let kind = head.upperBound - 1
        guard kind > ownStart, tokens[kind].has(.outletWord), tokens[kind].has(.titleWord), !tokens[kind].isCapitalized, tokens[kind - 1].isCapitalized
        else { return nil }
        return organizationName(ownStart..<kind)
    }

    /// "…, who spoke on condition of anonymity because she was not authorized to …": the pronoun of a
    /// reason inside a relative clause about the speaker gives the speaker's gender.
    func genderGivenAsReason(in appositive: Range<Int>) -> Gender? {
        guard let first = appositive.first, tokens[first].word == .who else { return nil }
        // Each word's bytes are compared in place, without making its lowercase text.
        let because = "because".utf8
        for k in appositive.dropLast()
            where tokens[k + 1].has(.pronoun) && block.utf8[tokens[k].utf8Range].elementsEqual(because, by: { $0.asciiLowercased == $1 }) {
            return lexicon.pronouns[block.lower(k + 1)] ?? nil
        }
        return nil
    }

    /// The words of an unnamed source's description, with a determiner or a common noun that only opened the sentence in
    /// lowercase ("The official" → "the official", "Her advisers", "Officials", "Analysts"), as it would stand inside a
    /// sentence; a nationality or party keeps its capital ("Americans", "Democrats"; "Western diplomats" too, which no
    /// list of common words holds), and so does a word opening a name ("Labor Department officials").
    func descriptionText(_ range: Range<Int>) -> Phrase {
        guard let first = range.first, tokens[first].isCapitalized, !isInCapitals(first),
            tokens[first].has([.determiner, .possessiveDeterminer])
                || ((tokens[first].has([.anonymousHead, .vagueHead, .titleModifier]) || opensSentenceAsPluralOfRole(first)) && !isNationalityOrParty(first)
                    && (first + 1 == range.upperBound || !tokens[first + 1].isCapitalized))
        else { return Phrase(tokens: range) }
        return Phrase(tokens: range, lowersFirst: true)
    }

    /// Whether the word at `k`, or its singular without the final s, names a nationality or a party ("Americans", "Democrats").
    func isNationalityOrParty(_ k: Int) -> Bool {
        if tokens[k].has(.nationality) { return true }
        guard tokens[k].has(.endsInS) else { return false }
        return Vocabulary.shared.traits(of: Vocabulary.shared.word(String(block.lower(k).dropLast()))).contains(.nationality)
    }

    /// A place ("Pacific Ocean") or several words in capitals (a dateline, "GULLPORT HARBOR"): not a
    /// speaker's name. A single word in capitals is an acronym ("NATO") and may speak.
    func isPlace(_ run: Range<Int>) -> Bool {
        if tokens[run.upperBound - 1].has(.placeWord) { return true }
        return run.count >= 2 && run.allSatisfy { isInCapitals($0) }
    }

    /// Whether token `k` has two or more letters, all capitals ("GULLPORT", "U.S.").
    func isInCapitals(_ k: Int) -> Bool {
        // An ASCII token is read from its bytes in place, without making its text.
        guard block.isASCII(k) else { return MentionParser.areCapitals(block.scalars(of: k)) }
        return MentionParser.areCapitals(block.utf8[tokens[k].utf8Range].lazy.map { Unicode.Scalar($0) })
    }

    /// Whether `scalars` hold two or more letters and no lowercase one.
    static func areCapitals(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var letters = 0
        for c in scalars {
            if !Tokenizer.isLetter(c) { continue }
            guard Tokenizer.isUpper(c) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The last two words of a run of four or more capitalized words, when they read as a name: no
    /// initials, suffixes or particles in the run ("George H. W. Bush") and no organisation or outlet
    /// word among the two ("Harbor Development Authority", "South Coast Morning Post"). A nickname
    /// before the surname takes the first name too ("Drummer James “Jimbo” Rask").
    func trailingName(of run: Range<Int>) -> Range<Int>? {
        let name = (isNickname(run.upperBound - 2) ? run.upperBound - 3 : run.upperBound - 2)..<run.upperBound
        let keepsWhole = run.contains { tokens[$0].has([.endsInPeriod, .nameSuffix, .nameParticle]) }
        let isOrganization = name.contains { tokens[$0].has(.organizationHead) || tokens[$0].has(.outletWord) }
        guard !keepsWhole, !isOrganization else { return nil }
        return name
    }

    /// Whether token `k` is a nickname in its quotation marks, which the tokenizer joined into one
    /// word ("“Cia”" of "Marcia “Cia” Brell").
    func isNickname(_ k: Int) -> Bool {
        tokens[k].isWord && !block.firstScalar(of: k).properties.isAlphabetic
    }

    /// Whether token `k` is a participle that opens a question put to the speaker ("asked whether …",
    /// "Pressed on the budget, …"): what follows is no claim or role of theirs.
    func opensQuestion(_ k: Int) -> Bool {
        tokens[k].has(.endsInEd) && lexicon.questionParticiples.contains(block.lower(k))
    }

    /// The tokens of an appositive that is nothing but a name of two to four words, or nil.
    func bareName(_ range: Range<Int>) -> Range<Int>? {
        let run = nameRun(in: range)
        // "Dr. Anand Rao", "Lt. Col. Ivo Brandt", "state Rep. Dana Moss", "Democratic Sen. Ada Moss": honorifics and
        // ranks may stand before the name, a rank after a modifier of its office or a party or nation.
        let beforeRun = range.lowerBound..<run.lowerBound
        let isHonorificOrRank = { (k: Int) in
            self.tokens[k].has(.honorific) || self.tokens[k].word == .period || (self.tokens[k].has(.titleWord) && self.tokens[k].isCapitalized)
                || (k == range.lowerBound && self.tokens[k].has([.titleModifier, .nationality]) && k + 1 < run.lowerBound
                    && self.tokens[k + 1].isCapitalized)
        }
        return beforeRun.allSatisfy(isHonorificOrRank) && (2...4).contains(run.count) ? run : nil
    }

    /// The name after a role in lowercase that fills an appositive ("city procurement officer Lydia Fenn" of "The first
    /// witness, city procurement officer Lydia Fenn,"): writers put the role before the name, unlike a rank, in lowercase.
    func nameAfterLowercaseRole(_ range: Range<Int>) -> Range<Int>? {
        let run = nameRun(in: range)
        let role = range.lowerBound..<run.lowerBound
        guard (1...4).contains(role.count), (2...4).contains(run.count), tokens[run.lowerBound - 1].has(.titleWord),
            role.allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has([.functionWord, .determiner]) })
        else { return nil }
        return run
    }

    /// The organisation unnamed people speak for, after their head: "analysts at Goldman Sachs", "officials at the
    /// Ministry of Energy", "an official at the foreign ministry"; nil when none follows ("a clinic administrator in Port
    /// Alder": a place is no organisation, nor is "the town" of "residents of the town").
    func organization(after headEnd: Int, descriptionEnd: Int) -> String? {
        guard headEnd < descriptionEnd, linksModifier(headEnd) else { return nil }
        if let bodyEnd = lowercaseBodyEnd(after: headEnd, upperBound: descriptionEnd),
            (headEnd + 2..<bodyEnd).contains(where: { tokens[$0].has(.organizationHead) })
        {
            return block.text(tokens: (headEnd + 2)..<bodyEnd)
        }
        // ("Analysts at the consulting firm Greyline Risk": the body's kind before its name is no part of it.)
        guard let orgStart = capitalizedStart(after: headEnd, end: descriptionEnd),
            orgStart - 1 == headEnd || tokens[orgStart - 1].word == .the
                || kindBeforeBodyName(in: (headEnd + 1)..<descriptionEnd)?.upperBound == orgStart
        else { return nil }
        let orgEnd = organizationHeadEnd(after: capitalizedRunEnd(from: orgStart, end: descriptionEnd), end: descriptionEnd)
        guard tokens[headEnd].word != .in || (orgStart..<orgEnd).contains(where: { tokens[$0].has(.organizationHead) }) else { return nil }
        return block.text(tokens: orgStart..<orgEnd)
    }

    /// The body after a name in an appositive ("of Tennant University" in "Dr. Erik Lund of Tennant University"): the
    /// token of "of" or "at", and the body's capitalized words without "the"; nil when anything else follows.
    func bodyAfterName(in appositive: Range<Int>) -> (link: Int, body: Range<Int>)? {
        guard let link = appositive.first(where: { tokens[$0].word == .of || tokens[$0].word == .at }), link > appositive.lowerBound else { return nil }
        var start = link + 1
        if start < appositive.upperBound, tokens[start].word == .the { start += 1 }
        // ("of Moody's": a possessive may end the body's name.)
        guard start < appositive.upperBound, tokens[start].isCapitalized,
            (start..<appositive.upperBound).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].has(.connector) || tokens[$0].word == .possessive })
        else { return nil }
        return (link, start..<appositive.upperBound)
    }

    /// The part of `appositive` before the body a name may be followed by ("Dr. Erik Lund" of "Dr. Erik Lund
    /// of Tennant University") or the home town ("Tom Hewitt" of "Tom Hewitt from Skelby"); the whole appositive when
    /// neither follows.
    func nameBeforeBody(in appositive: Range<Int>) -> Range<Int> {
        if let body = bodyAfterName(in: appositive) { return appositive.lowerBound..<body.link }
        guard let from = appositive.first(where: { tokens[$0].word == .from }), from > appositive.lowerBound, from + 1 < appositive.upperBound,
            tokens[from + 1].isCapitalized
        else { return appositive }
        return appositive.lowerBound..<from
    }

    /// Whether the name `run` follows a possessive ("the Harbor Institute’s Ivo Lund"): a person of the body named before
    /// it ("Vestland’s Foreign Ministry" names a body).
    func namedAfterPossessive(_ run: Range<Int>, headStart: Int) -> Bool {
        run.lowerBound > headStart && (2...4).contains(run.count) && !run.contains(where: { tokens[$0].has(.organizationHead) })
            && (tokens[run.lowerBound - 1].word == .possessive || isNamePossessive(run.lowerBound - 1))
    }

    /// "His daughter, Ana,", "Tom Ashby’s wife, Nora,": the one capitalized word set beside a relative or other unnamed
    /// head of "his", "her" or "their", or beside a named person's relative, which names people by the first name alone.
    func firstNameOfRelative(_ range: Range<Int>, describedBy head: Range<Int>) -> Range<Int>? {
        let relative = head.upperBound - 1
        guard range.count == 1, tokens[range.lowerBound].isCapitalized, !tokens[range.lowerBound].has([.functionWord, .titleWord, .honorific]),
            head.count >= 2, tokens[relative].has(.anonymousHead), !tokens[relative].isCapitalized,
            head.count == 2 ? ownsByPronoun(head.lowerBound) : isRelativeWord(relative) && ownsByName(head.lowerBound..<relative)
        else { return nil }
        return range
    }

    /// Whether the word at `k` is "his", "her" or "their" (not "its" nor a possessive mark).
    private func ownsByPronoun(_ k: Int) -> Bool {
        tokens[k].has(.possessiveDeterminer) && tokens[k].word != .possessive && !block.lower(k, is: "its")
    }

    /// Whether `owner` is a person's name of two or three words with its possessive ("Tom Ashby’s").
    private func ownsByName(_ owner: Range<Int>) -> Bool {
        let mark = owner.upperBound - 1
        return (3...4).contains(owner.count) && (tokens[mark].word == .possessive || isNamePossessive(mark))
            && (owner.lowerBound..<mark).allSatisfy { tokens[$0].isCapitalized && !tokens[$0].has([.organizationHead, .titleWord, .honorific]) }
    }

    /// Whether the word at `k` names a relative ("wife", "son", "grandmother"): a gendered word of a person that is no title.
    func isRelativeWord(_ k: Int) -> Bool {
        tokens[k].has(.genderedTitle) && tokens[k].has(.anonymousHead) && !tokens[k].has(.titleWord) && !tokens[k].isCapitalized
    }

    /// The lowercase role and body in "a spokeswoman for the council", "an aide to the mayor", "a spokesman for the
    /// ministry of defence": a title or unnamed head, "for", "to", "of" or "at", then "the" and the body, which ends the phrase.
    func roleServingBody(in head: Range<Int>) -> (role: Range<Int>, body: Range<Int>)? {
        guard let the = head.last(where: { tokens[$0].word == .the }), the - 2 >= head.lowerBound, the + 1 < head.upperBound,
            [.for, .to, .of, .at].contains(tokens[the - 1].word), tokens[the - 2].has([.titleWord, .anonymousHead]),
            tokens[head.upperBound - 1].has([.organizationHead, .titleWord])
                || lowercaseBodyEnd(after: the - 1, upperBound: head.upperBound) == head.upperBound,
            // "the Vestland foreign ministry", "the Ostravan embassy": a body's lowercase head may follow its country.
            !tokens[head.upperBound - 1].isCapitalized || !(the + 1..<head.upperBound).contains(where: { tokens[$0].isCapitalized })
        else { return nil }
        var roleStart = the - 2
        while roleStart > head.lowerBound, tokens[roleStart - 1].isWord, !tokens[roleStart - 1].has(.determiner) { roleStart -= 1 }
        return (roleStart..<(the - 1), (the + 1)..<head.upperBound)
    }

    /// The role in "a spokeswoman for Greenfield Agri", "the director of the Harbor Trust" or "a spokesman for the
    /// Department of Health", and the body it serves: title words before "for", "of" or "at" (and "the") that open the
    /// body's name, which ends in `run` and may run back through a link of its own; nil when `run` follows no such role.
    func roleServing(_ run: Range<Int>, in head: Range<Int>) -> (role: Range<Int>, body: Range<Int>)? {
        var bodyStart = run.lowerBound
        // ("the Department of Health": the name's words before its own "of" or "for".)
        while bodyStart - 2 > head.lowerBound, tokens[bodyStart - 1].word == .of || tokens[bodyStart - 1].word == .for,
            tokens[bodyStart - 2].isCapitalized, tokens[bodyStart - 2].isWord
        {
            bodyStart -= 2
            while bodyStart - 1 > head.lowerBound, tokens[bodyStart - 1].isCapitalized, tokens[bodyStart - 1].isWord { bodyStart -= 1 }
        }
        var k = bodyStart - 1
        // ("Lawyers for Mr. Holt": an honorific before the name served.)
        while k > head.lowerBound, tokens[k].has(.honorific) { k -= 1 }
        if k > head.lowerBound, tokens[k].word == .the { k -= 1 }
        guard k > head.lowerBound, [.for, .of, .at].contains(tokens[k].word) else { return nil }
        var start = k
        while start > head.lowerBound, tokens[start - 1].isWord, !tokens[start - 1].has(.determiner) { start -= 1 }
        let role = start..<k
        // The role is in lowercase but for a first word that opens the sentence ("Lawyers for Hale").
        guard !role.isEmpty, tokens[k - 1].has([.titleWord, .anonymousHead]),
            role.allSatisfy({ !tokens[$0].isCapitalized || ($0 == head.lowerBound && !tokens[$0].has(.titleWord)) })
        else { return nil }
        return (role, bodyStart..<run.upperBound)
    }

    /// Whether the capitalized `run` follows a title and "for" or "of" ("Secretary for Terrorism Mark Bell", "Chancellor
    /// of the Exchequer Anne Lowe"), or the "and" inside such a portfolio ("Minister of Trade and Industry Ivo Pell"): its
    /// first word is the portfolio's.
    func opensWithPortfolio(_ run: Range<Int>, in head: Range<Int>) -> Bool {
        var k = run.lowerBound - 1
        if k > head.lowerBound, tokens[k].word == .the { k -= 1 }
        guard k > head.lowerBound else { return false }
        if tokens[k].word == .and { return joinsOfficeName(k, in: head) }
        return (tokens[k].word == .for || tokens[k].word == .of) && tokens[k - 1].has(.titleWord)
    }

    /// Whether the "and" at `k` joins the words of an office before a title ("Harbor and Fisheries
    /// Secretary Ada Quill"), not two people ("Mr. Vale and Ada Quill", "Vale and Foreign Minister Quill").
    func joinsOfficeName(_ k: Int, in head: Range<Int>) -> Bool {
        // "Under Secretary for Terrorism and Financial Intelligence Mark Ellery", "Minister of Trade and Industry Ivo Pell":
        // the "and" of a title's portfolio ("Secretary of State Ada Quill and Sen. …" ends a name before it).
        if let link = (head.lowerBound..<k).last(where: { tokens[$0].word == .for || tokens[$0].word == .of }), link > head.lowerBound,
            (1...2).contains(k - link - 1), tokens[link - 1].has(.titleWord), ((link + 1)..<k).allSatisfy({ tokens[$0].isCapitalized }),
            !endsInPersonName((link + 1)..<k)
        {
            return true
        }
        // One word before "and", two or more after it: "Smith and House Speaker Ada Quill" are two.
        guard k > head.lowerBound, tokens[k - 1].isCapitalized, !tokens[k - 1].has([.titleWord, .honorific, .pronoun]),
            k - 1 == head.lowerBound || !tokens[k - 2].isCapitalized
        else { return false }
        var i = k + 1
        while i < head.upperBound, tokens[i].isCapitalized, !tokens[i].has([.titleWord, .honorific, .titleModifier, .nationality]) { i += 1 }
        return i > k + 2 && i < head.upperBound && tokens[i].has(.titleWord) && tokens[i].isCapitalized
    }

    /// The index of the capitalized word before the name particles ending at `particle` ("Ana" of
    /// "Ana de la Cruz", "Maria" of "Maria van der Berg"); nil when none stands there.
    func particleRunStart(before particle: Int) -> Int? {
        var k = particle - 1
        while k >= 0, particle - k <= 3, tokens[k].has(.nameParticle), !tokens[k].isCapitalized { k -= 1 }
        return k >= 0 && tokens[k].isCapitalized && tokens[k].isWord ? k : nil
    }

    /// Whether the capitalized words ending at `end` go on a name through a connector before them:
    /// "Institute for the Study" (of War) is one name, unlike "spokesman for Mayor Ada Quill" or
    /// "Ada Quill and Ivo Brandt" (of the Harbor Trust).
    func continuesNameThroughConnector(endingAt end: Int, lowerBound: Int) -> Bool {
        var k = end
        while k >= lowerBound, tokens[k].isCapitalized { k -= 1 }
        if k >= lowerBound, tokens[k].word == .the { k -= 1 }
        return k > lowerBound && tokens[k].has(.connector) && tokens[k].word != .and && tokens[k].word != .ampersand
            && tokens[k - 1].isCapitalized
    }

    /// The trailing run of name tokens of a head: capitalized words that are not titles or honorifics.
    func nameRun(in head: Range<Int>) -> Range<Int> {
        var k = head.upperBound
        while k > head.lowerBound {
            let t = tokens[k - 1]
            let isName = t.isWord && t.isCapitalized && !t.has([.titleWord, .honorific, .functionWord, .anonymousHead])
                && t.word != .possessive && !isGroupNoun(k - 1) && !isTitlePortfolio(k - 1)
                // ("the Kremlin-backed RT": who backs a body, or where it is based, is no word of its name.)
                && !isPlaceBasedModifier(at: k - 1)
            let isParticle = t.has(.nameParticle) && k < head.upperBound && (particleRunStart(before: k - 1).map { $0 >= head.lowerBound } ?? false)
            let isFirstName = k < head.upperBound && isFirstNameAfterTitle(k - 1, lowerBound: head.lowerBound)
            guard isName || isParticle || isFirstName else { break }
            k -= 1
        }
        // "Said Ellis": a cue opening the sentence before a name is not part of it.
        if head.upperBound - k >= 2, tokens[k].isCapitalized, tokens[k].has(.speechVerb) { k += 1 }
        return k..<head.upperBound
    }

    /// An organisation's name without the writer's modifiers before it: "the nonpartisan Tax
    /// Foundation" → "Tax Foundation", "the Kremlin-backed Varnia Herald" → "Varnia Herald"; a head that is all
    /// lowercase ("the agency") stays whole.
    func organizationName(_ head: Range<Int>) -> Range<Int> {
        guard let first = head.first(where: { tokens[$0].isCapitalized && !tokens[$0].has(.determiner) && !isPlaceBasedModifier(at: $0) })
        else { return head }
        return first..<head.upperBound
    }

    /// Splits the words before a name into titles and organisations:
    /// "Navy press secretary Coast Guard Rear Adm." → titles "press secretary", "Rear Adm.",
    /// organisations "Navy", "Coast Guard"; a nationality stays with its title ("Danish Premier").
    /// "spokesman Col. Wu", "army chief Gen. Ivo Pell", "spokesman Rear Adm. Ivo Pell": an abbreviated rank after a
    /// lowercase role is a second title, unless the word before it qualifies it ("retired Col.", "former Sen.").
    func opensSecondTitle(_ k: Int) -> Bool {
        let isAbbreviatedRank = { (i: Int) in i < self.tokens.count && self.tokens[i].has(.abbreviation) && self.tokens[i].has(.titleWord) }
        return tokens[k].isCapitalized && (isAbbreviatedRank(k) || (tokens[k].has([.titleWord, .titleModifier]) && isAbbreviatedRank(k + 1)))
            && tokens[k - 1].has(.titleWord) && !tokens[k - 1].isCapitalized && !tokens[k - 1].has(.titleModifier)
            && !MentionParser.rankQualifiers.contains(block.lower(k - 1))
    }

    /// "other" of "the other" (`Word.other` is the id of every word outside the vocabulary).
    static let otherDeterminer = Word("other")
    /// "one" and "another", which stand alone for a member of a group met before.
    static let memberDeterminers = [Word("one"), Word("another")]

    /// Lowercase words that qualify the rank after them rather than being a role of their own ("fellow Sen.").
    static let rankQualifiers: Set<String> = ["former", "retired", "then", "onetime", "late", "ex", "senior", "junior", "fellow"]

    func readCredentials(_ range: Range<Int>, into mention: inout Mention) {
        var k = range.lowerBound
        var pendingNationality: String? = nil
        // Where the pending nationality or modifier starts, for a title that opens the sentence.
        var pendingStart = k
        while k < range.upperBound {
            let t = tokens[k]
            // "Mr.", "Dr." are no credentials; "Professor" is an honorific and a title; "Its president" names no organisation.
            if (t.has(.honorific) && !t.has(.titleWord)) || t.kind == .punctuation || t.kind == .quote
                || (t.has(.possessiveDeterminer) && t.word != .possessive)
            {
                k += 1
                continue
            }
            // ("Justice Department spokesman": a portfolio that is a title word too names the organisation whose
            // head follows it; "Former House speaker", "Retired Army Col." keep the person's standing as a title.)
            let namesOrganization = !t.has(.titleWord)
                || (t.has(.titleModifier) && !t.has(.endsInEd) && k + 1 < range.upperBound && tokens[k + 1].isCapitalized
                    && tokens[k + 1].has(.organizationHead) && !tokens[k + 1].has(.titleWord))
            // ("Kremlin-backed broadcaster": who backs a body qualifies its kind, as where it is based does.)
            if t.isCapitalized && namesOrganization && !isPlaceBasedModifier(at: k) && !isRoleBeforeName(k, in: range) {
                // A capitalized run: an organisation, with its connectors.
                var end = k + 1
                while end < range.upperBound {
                    let u = tokens[end]
                    if u.isCapitalized && !u.has(.titleWord) && !u.has(.honorific) { end += 1; continue }
                    if u.has(.connector), end + 1 < range.upperBound, tokens[end + 1].isCapitalized { end += 1; continue }
                    if u.word == .possessive { break }
                    // An organisation's own capitalized words: "Foreign Ministry" after "Danish".
                    if u.isCapitalized, runHasOrganizationHead(end, range.upperBound) { end += 1; continue }
                    break
                }
                // "Vestland Foreign Minister", "Senate Majority Leader": modifiers ending the run belong to the title.
                let modifierStart = titleModifierStart(in: k..<end, before: range.upperBound)
                if modifierStart > k { mention.organizations.append(block.text(tokens: k..<modifierStart)) }
                if modifierStart < end {
                    pendingNationality = block.text(tokens: modifierStart..<end)
                    pendingStart = modifierStart
                }
                k = end
                if k < range.upperBound, tokens[k].word == .possessive { k += 1 }
                continue
            }
            // A run of title words (lowercase, or capitalized titles such as "Premier", "Gen.").
            var end = k + 1
            // "Deputy Foreign Minister", "Assistant U.S. Attorney": a capitalized modifier or a nation between title words
            // stays in the title.
            while end < range.upperBound,
                !tokens[end].isCapitalized || tokens[end].has(.titleWord)
                    || (tokens[end].has([.titleModifier, .nationality]) && end + 1 < range.upperBound && tokens[end + 1].has(.titleWord)),
                tokens[end].isWord, !tokens[end].has(.honorific) || tokens[end].has(.titleWord), !opensSecondTitle(end)
            {
                end += 1
            }
            // "Secretary of State", "Minister of Defence": a portfolio after "of" completes the title
            // ("director of Harbor Pilots United" names an organisation instead); so do the capitalized words
            // between a title in capitals and the name ("RNC Chief of Staff Katie Walsh"), when they hold no body's head.
            if end < range.upperBound, end - 1 > k, tokens[end - 1].word == .of, tokens[end - 2].has(.titleWord) {
                let portfolioEnd = capitalizedRunEnd(from: end, end: range.upperBound)
                let portfolio = end..<portfolioEnd
                if portfolioEnd > end,
                    portfolio.allSatisfy({ tokens[$0].has(.titleModifier) })
                        || (tokens[end - 2].isCapitalized && portfolioEnd == range.upperBound
                            && portfolio.allSatisfy({ tokens[$0].isWord && !tokens[$0].has([.organizationHead, .determiner]) }))
                {
                    end = portfolioEnd
                }
            }
            // "ambassador to the United Nations", "envoy to Norland": where the role is held towards completes it.
            if end < range.upperBound, end - 1 > k, tokens[end - 1].word == .to || (tokens[end - 1].word == .the && tokens[end - 2].word == .to) {
                end = capitalizedRunEnd(from: end, end: range.upperBound)
            }
            // "director of communications at the Harbor Authority": the link before the organisation is no part of the title.
            var titleEnd = end
            while titleEnd > k + 1, tokens[titleEnd - 1].has(.functionWord), !tokens[titleEnd - 1].isCapitalized { titleEnd -= 1 }
            let lowersFirst = opensSentenceInLowercase((pendingNationality == nil ? k : pendingStart)..<titleEnd)
            // A pending modifier that opens the sentence loses its capital ("Defense ministry" → "defense ministry").
            let modifier = pendingNationality.map { lowersFirst ? $0.prefix(1).lowercased() + $0.dropFirst() : $0 }
            pendingNationality = nil
            if let organizationEnd = lowercaseOrganizationEnd(in: k..<end, qualified: modifier != nil) {
                // "Chinese foreign ministry spokesman": the words up to the head name the organisation.
                let organizationStart = (k..<organizationEnd).last { tokens[$0].has(.titleWord) }.map { $0 + 1 } ?? k
                mention.organizations.append(MentionParser.joined(modifier, block.text(tokens: organizationStart..<organizationEnd)))
                let role = [k..<organizationStart, organizationEnd..<titleEnd].filter { !$0.isEmpty }
                mention.titles.append(role.map { block.text(tokens: $0) }.joined(separator: " "))
            } else {
                let text = lowersFirst && modifier == nil ? block.textLoweringFirst(tokens: k..<titleEnd) : block.text(tokens: k..<titleEnd)
                mention.titles.append(MentionParser.joined(modifier, text))
            }
            k = end
        }
    }

    /// Whether the capitalized word at `k`, the last before a name, heads unnamed sources and so is the
    /// person's role, no organisation: "Commuter Aisha Rahim", "Critic Lars Bodin". A party
    /// ("Republican", read as a nationality), a group ("Republicans") or the first word of a longer
    /// name stays as it was.
    func isRoleBeforeName(_ k: Int, in range: Range<Int>) -> Bool {
        guard k + 1 == range.upperBound, tokens[k].has(.anonymousHead), !tokens[k].has(.nationality) else { return false }
        // A plural in -s ("Republicans"), not a singular in -ss ("Actress").
        return !tokens[k].has(.endsInS) || tokens[k].has(.endsInDoubleS)
    }

    /// `text` after its modifier and a space, when there is one: the words of a credential joined
    /// without gathering them into an array first.
    static func joined(_ modifier: String?, _ text: String) -> String {
        modifier.map { $0 + " " + text } ?? text
    }

    /// Where the nationalities and title modifiers ending a capitalized run start, when a title word
    /// follows the run: all of "Chinese", "U.S. District"; "Majority" of "Senate Majority", after an
    /// organisation's head or an acronym; none of "Homeland Security" or "Department of Health",
    /// whose modifier ends a name. `run.upperBound` when none.
    func titleModifierStart(in run: Range<Int>, before upperBound: Int) -> Int {
        guard run.upperBound < upperBound, tokens[run.upperBound].isWord else { return run.upperBound }
        var start = run.upperBound
        while start > run.lowerBound, tokens[start - 1].has(.nationality) || tokens[start - 1].has(.titleModifier) { start -= 1 }
        guard start > run.lowerBound else { return start }
        // "Atlantic City Mayor": "City" after a name is the end of a place's name, not the office's level.
        if tokens[start].word == MentionParser.city { return run.upperBound }
        let left = tokens[start - 1]
        let endsOrganization = left.has([.organizationHead, .outletWord, .nationality]) || isInCapitals(start - 1)
        return endsOrganization ? start : run.upperBound
    }

    /// Where a lowercase organisation ends inside a run of title words, when the run names one before
    /// its role: "foreign ministry spokesman", "Defense ministry spokesperson" (after a capitalized
    /// modifier, `qualified`), "former state department official". The organisation needs a word
    /// besides its head, so "police chief", "party leader" and "council member" stay whole titles.
    func lowercaseOrganizationEnd(in run: Range<Int>, qualified: Bool) -> Int? {
        guard let head = run.dropLast().last(where: { tokens[$0].has(.organizationHead) && !tokens[$0].isCapitalized }),
            tokens[head + 1].has(.titleWord)
        else { return nil }
        // ("a Moscow-based military analyst", "a Kremlin-backed analyst": where someone is based, or who backs them, is no
        // word of an organisation.)
        let modifiers = (run.lowerBound..<head).reversed().prefix { !tokens[$0].has([.titleWord, .functionWord]) && !isPlaceBasedModifier(at: $0) }.count
        return (1...2).contains(modifiers) || (modifiers == 0 && qualified) ? head + 1 : nil
    }

    /// Whether a title opens its sentence with a capital that only the sentence gives it: a title word
    /// or modifier followed by lowercase ("Former mayor", "Opposition leader"), not "Deputy Mayor" or
    /// "Chinese ambassador".
    func opensSentenceInLowercase(_ title: Range<Int>) -> Bool {
        let first = title.lowerBound
        guard first == 0 || tokens[first - 1].isSentenceFinal, title.count >= 2, tokens[first].isCapitalized,
            tokens[first].has(.titleWord) || tokens[first].has(.titleModifier), !tokens[first].has(.nationality)
        else { return false }
        // "Secretary of State": the next word that is not a function word shows the title's own style.
        let next = ((first + 1)..<tokens.count).first { !tokens[$0].has(.functionWord) }
        return next.map { tokens[$0].isWord && !tokens[$0].isCapitalized } ?? false
    }

    /// Whether the relative clause opening at `k` gives a role: a verb of holding one ("who teaches at
    /// …", "who served as …") or a form of "be" before the role ("who is a senior fellow", "who has been
    /// the director", "who was elected to …", "who is working with …"), after "now" or an adverb in -ly. "who declined to be named" and "who lives in
    /// Kessel" give none.
    func relativeClauseGivesRole(_ k: Int, upperBound: Int) -> Bool {
        var v = k + 1
        func skipAdverbs() { while v < upperBound, tokens[v].has(.presentAdverb) || tokens[v].has(.endsInLy) { v += 1 } }
        skipAdverbs()
        guard v < upperBound else { return false }
        func holdsRole(_ v: Int) -> Bool { tokens[v].has(.roleVerb) || lexicon.roleClauseVerbs.contains(block.lower(v)) }
        if holdsRole(v) { return true }
        if lexicon.perfectAuxiliaries.contains(block.lower(v)), v + 1 < upperBound {
            // "who has covered fisheries for a decade", "who has been the director".
            guard block.lower(v + 1, is: "been") else { return holdsRole(v + 1) }
            v += 2
        } else if tokens[v].has(.copula) {
            v += 1
        } else {
            return false
        }
        skipAdverbs()
        return v < upperBound && (tokens[v].has([.determiner, .possessiveDeterminer, .titleWord]) || tokens[v].isCapitalized || holdsRole(v))
    }

    /// Whether the verb of the clause opening after `k` is denied within its first three words ("who was not involved",
    /// "who did not take part", "who has never worked for").
    func negatesVerb(after k: Int, upperBound: Int) -> Bool {
        (k + 1..<min(upperBound, k + 4)).contains { tokens[$0].word == .not || tokens[$0].word == BlockReader.never }
    }

    /// Capitalized runs ending in an organisation's head word: "who chairs the Ferry Riders Union".
    func organizationsNamed(in range: Range<Int>) -> [String] {
        var found: [String] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard tokens[k].isCapitalized, tokens[k].isWord else {
                k += 1
                continue
            }
            var end = k + 1
            while end < range.upperBound, tokens[end].isWord,
                tokens[end].isCapitalized || (tokens[end].has(.connector) && end + 1 < range.upperBound && tokens[end + 1].isCapitalized)
            {
                end += 1
            }
            if tokens[end - 1].has(.organizationHead) || runHasOrganizationHead(k, end) { found.append(block.text(tokens: k..<end)) }
            k = end
        }
        return found
    }

    func runHasOrganizationHead(_ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to, tokens[k].isCapitalized {
            if tokens[k].has(.organizationHead) { return true }
            k += 1
        }
        return false
    }

    /// The prepositions that link a role to its organisation ("fellow at", "director of").
    static let roleLinks: [Word] = [.at, .of, .for, .with, .in]

    /// Reads an appositive ("the HPI economist", "a trade economist and a senior fellow at the
    /// Institute of …", "a journalist who has covered …") into titles and organisations.
    func readAppositive(_ range: Range<Int>, into mention: inout Mention) {
        var range = range
        // "now a television analyst for …": the present is the role's own time.
        if let first = range.first, first + 1 < range.upperBound, tokens[first].has(.presentAdverb),
            tokens[first + 1].has(.determiner)
        {
            range = (first + 1)..<range.upperBound
        }
        // "Anna Petrosyan, of the Brookings Institution,", "The mediators, from the Institute for Peace,": the organisation
        // alone (a home town, with no head of a body, is none).
        if let first = range.first, [.of, .at, .from].contains(tokens[first].word) {
            if let name = capitalizedStart(after: first, end: range.upperBound) {
                let nameEnd = capitalizedRunEnd(from: name, end: range.upperBound)
                if (name..<nameEnd).contains(where: { tokens[$0].has(.organizationHead) }) { mention.organizations.append(block.text(tokens: name..<nameEnd)) }
            }
            return
        }
        // "Moe, like many here, believes …": a phrase opened by a preposition or adverb is no role,
        // unless a time adverb opens the role ("then a senior aide", "also a member of …").
        if let first = range.first, tokens[first].has(.functionWord),
            !tokens[first].has([.determiner, .possessiveDeterminer, .relativePronoun]), tokens[first].word != .that,
            !(tokens[first].has(.skippable) && first + 1 < range.upperBound && tokens[first + 1].has(.determiner))
        {
            return
        }
        // "Field, asked whether he would wait, said": a question put to the speaker is no role.
        if let first = range.first, opensQuestion(first) { return }
        // Parts joined by "and a": "a port economist and a visiting fellow at …", each read as it ends.
        var partStart = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            // "a former harbor pilot and now a senior fellow at …": the present adverb belongs to no role.
            let now = k + 2 < range.upperBound && tokens[k + 1].has(.presentAdverb) && tokens[k + 2].has(.determiner) ? 1 : 0
            if tokens[k].word == .and, k + 1 < range.upperBound, tokens[k + 1 + now].has(.determiner) {
                readRole(partStart..<k, into: &mention)
                partStart = k + 1 + now
            }
            k += 1
        }
        readRole(partStart..<range.upperBound, into: &mention)
    }

    /// "the Bank of England governor", "a former Bank of Norland economist": a role after an organisation whose
    /// name holds "of", which is then no link to another organisation. The role keeps the words around the name.
    func readRoleAfterNamedOrganization(_ range: Range<Int>, into mention: inout Mention) -> Bool {
        guard let nameStart = range.prefix(2).first(where: { tokens[$0].isCapitalized }),
            (range.lowerBound..<nameStart).allSatisfy({ tokens[$0].isWord && !tokens[$0].has(.functionWord) })
        else { return false }
        let nameEnd = capitalizedRunEnd(from: nameStart, end: range.upperBound)
        guard nameEnd < range.upperBound, (nameStart..<nameEnd).contains(where: { tokens[$0].word == .of }),
            runHasOrganizationHead(nameStart, nameEnd), tokens[range.upperBound - 1].has([.titleWord, .anonymousHead]),
            (nameEnd..<range.upperBound).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.functionWord) })
        else { return false }
        mention.organizations.append(block.text(tokens: nameStart..<nameEnd))
        let role = nameStart > range.lowerBound
            ? block.text(tokens: range.lowerBound..<nameStart) + " " + block.text(tokens: nameEnd..<range.upperBound)
            : block.text(tokens: nameEnd..<range.upperBound)
        mention.titles.append(role)
        if let gender = (nameEnd..<range.upperBound).lazy.compactMap({ self.lexicon.genderedTitles[self.block.lower($0)] }).first { mention.gender = gender }
        return true
    }

    /// The first capitalized word of the name after the link word at `link`, through "the" and up to
    /// two lowercase modifiers ("for the state Department of …", "from the port of Dunvik"); nil when
    /// no name follows before `end`.
    func capitalizedStart(after link: Int, end: Int) -> Int? {
        var k = link + 1
        if k < end, tokens[k].word == .the { k += 1 }
        // "the Paris-based think tank Institut Montaigne": where the body is based is no part of its name.
        if k < end, tokens[k].isCapitalized, isPlaceBasedModifier(at: k) { k += 1 }
        let limit = min(end, k + 3)
        while k < limit {
            if tokens[k].isCapitalized { return k }
            // "the 3rd Infantry Brigade": an ordinal opens the name.
            if tokens[k].kind == .number, k + 1 < end, tokens[k + 1].isCapitalized { return k }
            // "the port of Dunvik": the modifiers may end in "of" before the name; "of former President …"
            // names a person, not a place or an organisation.
            guard tokens[k].isWord, !tokens[k].has(.titleWord),
                !tokens[k].has(.functionWord) || (tokens[k].word == .of && k > link + 2)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether token `k` is an article that may stand inside a name after "of", "for" or "to": "the" ("Institute
    /// for the Study of Tides") or "a" ("Center for a Safer Harbor").
    func isArticleInName(_ k: Int) -> Bool {
        tokens[k].word == .the || block.lower(k, is: "a")
    }

    /// Whether token `k` says where a body is based or who backs it ("Paris-based", "Kremlin-backed"): a modifier
    /// before the body's name, though capitalized. The text is made only for a word ending in "-ed".
    func isPlaceBasedModifier(at k: Int) -> Bool {
        guard !tokens[k].has(.endsInBased) else { return true }
        guard tokens[k].has(.endsInEd) else { return false }
        let word = block.lower(k)
        return MentionParser.placeBasedEndings.contains { word.hasSuffix($0) }
    }

    static let placeBasedEndings = ["-backed", "-funded", "-owned"]

    /// The end of the capitalized words of a name from `start`, with its possessives and the
    /// connectors between them ("Bank of Vestland", "Holt’s", "Institute for the Study of Tides", "Center for a
    /// Safer Harbor").
    func capitalizedRunEnd(from start: Int, end: Int) -> Int {
        var k = start
        if k < end, tokens[k].kind == .number { k += 1 }
        while k < end {
            if tokens[k].isCapitalized || tokens[k].word == .possessive
                || (tokens[k].has(.connector) && k + 1 < end && tokens[k + 1].isCapitalized)
            {
                k += 1
            } else if k > start, tokens[k].word == .of || tokens[k].word == .for, k + 2 < end,
                isArticleInName(k + 1), tokens[k + 2].isCapitalized
            {
                k += 2
            } else {
                break
            }
        }
        // "the American University in Cairo": a registered name may hold "in" and a place, which otherwise ends a name
        // (asked after a body's head only, so few runs make their text).
        if k > start, k + 1 < end, tokens[k].word == .in, tokens[k + 1].isCapitalized, tokens[k - 1].has(.organizationHead) {
            let withPlace = capitalizedRunEnd(from: k + 1, end: end)
            if OrganizationRegistry.bundled.organization(named: block.text(tokens: start..<withPlace)) != nil { return withPlace }
        }
        return k
    }

    /// Where an organisation whose name ends at `nameEnd` ends: at the last organisation head among
    /// the next four plain words or numbers, an "and" among them ("Holt’s 2030 campaign", "the university’s law
    /// school", "the Norland coast guard", "the Halvard fire and rescue service"), else at `nameEnd`.
    func organizationHeadEnd(after nameEnd: Int, end: Int) -> Int {
        var found = nameEnd
        var k = nameEnd
        while k < min(end, nameEnd + 4), tokens[k].isWord || tokens[k].kind == .number, !tokens[k].isCapitalized,
            !tokens[k].has(.functionWord) || (tokens[k].word == .and && k > nameEnd)
        {
            if tokens[k].has(.organizationHead) { found = k + 1 }
            k += 1
        }
        return found
    }

    /// One role phrase: "the former director of the Tidewater Council".
    func readRole(_ range: Range<Int>, into mention: inout Mention) {
        var start = range.lowerBound
        var end = range.upperBound
        // "Its president, Olav Dahl,": a possessive pronoun names no organisation.
        while start < end, tokens[start].has(.determiner) || (tokens[start].has(.possessiveDeterminer) && tokens[start].word != .possessive) {
            start += 1
        }
        // "one of the founders of …": the role is the group's ("founders of …").
        if start < end, tokens[start].word == .of {
            start += 1
            while start < end, tokens[start].has([.determiner, .possessiveDeterminer]) { start += 1 }
        }
        // "a 34-year-old software engineer": the age before the role is no part of it.
        while start + 1 < end, tokens[start].kind == .number || tokens[start].has(.endsInOld), tokens[start + 1].isWord { start += 1 }
        guard start < end, tokens[start].kind != .number else { return }
        // A relative clause is kept whole as a credential ("which" speaks of a thing, the person's body: none; "who was
        // not involved in the study" says what the person is not).
        if let rel = (start..<end).first(where: { tokens[$0].has(.relativePronoun) || tokens[$0].word == .that }) {
            if rel + 1 < end, tokens[rel].word != .which, !negatesVerb(after: rel, upperBound: end) {
                mention.titles.append(block.text(tokens: rel..<end))
                mention.organizations += organizationsNamed(in: (rel + 1)..<end)
            }
            end = rel
            while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
        }
        guard start < end else { return }
        // "a welder from Dunmore", "a trawler captain from the port of Dunvik": a home town is no
        // credential ("a lawyer from the Harbor Legal Fund" names one).
        if let from = (start..<end).first(where: { tokens[$0].word == .from }), from > start,
            let named = capitalizedStart(after: from, end: end)
        {
            if (named..<end).contains(where: { tokens[$0].has(.organizationHead) }) {
                mention.organizations.append(block.text(tokens: named..<end))
            } else if tokens[from - 1].has(.constituencyTitle) {
                // "a senator from the state of Nordmark": the place a lawmaker represents is a credential.
                mention.organizations.append(block.text(tokens: named..<capitalizedRunEnd(from: named, end: end)))
            }
            end = from
        }
        // "a journalist based in Erbil", "an analyst stationed in Kessel": where the person works ends the role, and
        // a place is no credential ("based at the Harbor Institute" names one, read below).
        // (Each of them ends in "ed": a word without that ending is ruled out by its trait, before its text is compared.)
        if let placed = (start + 1..<end).first(where: { k in
            tokens[k].has(.endsInEd) && MentionParser.placingParticiples.contains { block.lower(k, is: $0) }
        }),
            placed + 1 < end, tokens[placed + 1].has(.placePreposition), !(placed..<end).contains(where: { tokens[$0].has(.organizationHead) })
        {
            end = placed
        }
        // A possessive organisation: "the Harbor Safety Board’s deputy director …", or one
        // named before: "the authority’s chief financial officer" (the book resolves "authority");
        // not one named after a link ("a physician at St. Brendan’s Hospital").
        // "the opposition Harbor Party’s finance spokesman": lowercase modifiers may open the name.
        // ("Harbor Motors’ chief executive": a plural name takes the apostrophe alone.)
        if let pos = (start..<end).first(where: { tokens[$0].word == .possessive || isNamePossessive($0) }), pos > start {
            let nameStart = (start..<min(pos, start + 3)).first { tokens[$0].isCapitalized } ?? start
            let modifiers = (start..<nameStart).allSatisfy { tokens[$0].isWord && !tokens[$0].has([.titleWord, .functionWord, .anonymousHead]) }
            // ("the district’s general manager": a word that names no person may stand for a body; the book keeps it
            // only when it finds the body.)
            let bodyWord = tokens[pos - 1].has(.organizationHead) || !tokens[pos - 1].has([.titleWord, .anonymousHead, .pronoun])
            // ("President Vladimir Putin’s spokesman": a titled person is served, not an organisation.)
            // ("Tom Ashby’s wife": a relative, a gendered word of a person that is no title, is a person's too.)
            let namesPerson = nameStart == start && tokens[nameStart].isCapitalized
                && (tokens[nameStart].has([.titleWord, .honorific]) || (pos + 2 == end && isRelativeWord(pos + 1)))
                && (nameStart..<pos).allSatisfy { tokens[$0].isCapitalized && !tokens[$0].has(.organizationHead) }
            if namesPerson {
                start = pos + 1
                guard start < end else { return }
            } else if modifiers && (nameStart..<pos).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].has(.connector) })
                || (bodyWord && pos - start <= 3 && (start..<pos).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized })
            {
                mention.organizations.append(block.text(tokens: nameStart..<pos))
                start = pos + 1
                guard start < end else { return }
            }
        }
        if readRoleAfterNamedOrganization(start..<end, into: &mention) { return }
        // "… at/of/for/with the Organisation", "for the state Department of Agriculture", and each
        // further one: "director of the Asia program at the Harbor Policy Center".
        if var prep = (start..<end).first(where: { MentionParser.roleLinks.contains(tokens[$0].word) && capitalizedStart(after: $0, end: end) != nil }),
            prep > start
        {
            // "head of Asia rates at Gallant Capital": a field after "of" or "for" belongs to the title when words of
            // the title follow it and an employer is named after them.
            if tokens[prep].word == .of || tokens[prep].word == .for, let field = capitalizedStart(after: prep, end: end) {
                let fieldEnd = capitalizedRunEnd(from: field, end: end)
                // ("director of the Coastal program at …": a program or office named so is an organisation of its own.)
                if fieldEnd < end, tokens[fieldEnd].isWord, !tokens[fieldEnd].has(.functionWord), !runHasOrganizationHead(field, fieldEnd),
                    organizationHeadEnd(after: fieldEnd, end: end) == fieldEnd,
                    let employer = (fieldEnd + 1..<end).first(where: {
                        [.at, .with].contains(tokens[$0].word) && capitalizedStart(after: $0, end: end) != nil
                    })
                {
                    prep = employer
                }
            }
            var link = prep
            while let orgStart = capitalizedStart(after: link, end: end) {
                // The name ends with its capitalized words: "for Vestland from 2015 to 2021".
                var orgStart = orgStart
                var orgEnd = capitalizedRunEnd(from: orgStart, end: end)
                // "Holt’s 2030 campaign", "the Vestland army": a name may run on to a lowercase head.
                if orgEnd > orgStart {
                    let headEnd = organizationHeadEnd(after: orgEnd, end: end)
                    // "the French shipping company Marlin Lines": the name after the description.
                    if headEnd > orgEnd, headEnd < end, tokens[headEnd].isCapitalized {
                        orgStart = headEnd
                        orgEnd = capitalizedRunEnd(from: headEnd, end: end)
                    } else {
                        orgEnd = headEnd
                    }
                }
                let name = orgStart..<(orgEnd > orgStart ? orgEnd : end)
                // "a nurse in Dunmore": after "in", only an organisation's name is a credential, not a place; "an ally
                // of Mr. Brandt", "a spokesman for Gov. Ada Holt": nor is a person (but "Mrs. Holt’s campaign" is hers).
                let hasHead = name.contains { tokens[$0].has(.organizationHead) }
                let namesPerson = (tokens[name.lowerBound].has(.honorific) || tokens[name.lowerBound].has(.titleWord)) && !hasHead
                    && !name.contains(where: { tokens[$0].word == .possessive })
                if !namesPerson, tokens[link].word != .in || hasHead || lexicon.isKnownOutlet(name, in: block) {
                    appendBody(name, after: link + 1, into: &mention)
                    // ("policy director at Tidewatch, an advocacy group": the kind beside the name says the body's category.)
                    if let kind = kindBesideBodyName(after: name.upperBound, end: end) {
                        mention.organizationKinds[block.text(tokens: name)] = block.text(tokens: kind)
                    }
                }
                guard let next = (name.upperBound..<end).first(where: { MentionParser.roleLinks.contains(tokens[$0].word) }),
                    (name.upperBound..<next).allSatisfy({ tokens[$0].kind == .punctuation })
                else { break }
                link = next
            }
            end = prep
            // "a former State Department official now at the Atlantic Council": the adverb opens the present role.
            if end - 1 > start, tokens[end - 1].has(.presentAdverb) { end -= 1 }
        } else if let prep = (start..<end).first(where: { MentionParser.roleLinks.contains(tokens[$0].word) }), prep > start,
            prep + 3 == end, tokens[prep + 1].word == .the, tokens[prep + 2].has(.organizationHead), !tokens[prep + 2].isCapitalized
        {
            // "a senior fellow at the institute": the organisation named before (the book resolves "institute").
            mention.organizations.append(block.text(tokens: (prep + 2)..<end))
            end = prep
        }
        if tokens[start].isCapitalized {
            readCredentials(start..<end, into: &mention)
        } else {
            mention.titles.append(block.text(tokens: start..<end))
        }
        for k in start..<end {
            if tokens[k].has(.genderedTitle), let g = lexicon.genderedTitles[block.lower(k)] { mention.gender = g }
        }
    }
}
