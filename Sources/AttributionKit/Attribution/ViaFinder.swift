/// Reads outlets and channels in the words around a cue: "told the Harbor Times",
/// "per Coastal Wire", "in an interview with X", "in a written message", "during the briefing", "in a post on X".
///
/// A venue is not an outlet: "told the United Nations Security Council" gives no via.
struct ViaFinder {
    let block: TokenizedBlock
    let lexicon: Lexicon
    /// The publishing outlet, lowercased without "the", when known.
    let ownOutlet: String?
    /// Number of words of `ownOutlet`, to spell out only phrases of that length.
    let ownOutletWordCount: Int
    /// The block's tokens, held here so that reading one does not go through the block first.
    let tokens: [Token]
    /// The block's `quoteOf`, held here for the same reason.
    let quoteOf: [Int32]
    /// The lowercase names of the outlets the paragraphs before described as such (`EntityBook.namedOutlets`).
    let namedOutlets: Set<String>

    init(block: TokenizedBlock, lexicon: Lexicon, ownOutlet: String?, namedOutlets: Set<String> = []) {
        self.block = block
        tokens = block.tokens
        quoteOf = block.quoteOf
        self.namedOutlets = namedOutlets
        self.lexicon = lexicon
        self.ownOutlet = ownOutlet
        let spaces = ownOutlet?.utf8.count(where: { $0 == UInt8(ascii: " ") }) ?? 0
        ownOutletWordCount = ownOutlet?.isEmpty ?? true ? 0 : spaces + 1
    }

    /// The capitalized phrase starting at `k` ("The Harbor Times", "Coastal Wire, a regional news agency"
    /// stops at the comma), with its end.
    func properPhrase(at k: Int, upperBound: Int) -> Range<Int>? {
        var i = k
        if i < upperBound, tokens[i].word == .the { i += 1 }
        let start = i
        // ("Channel 4 News": a number may stand between the words of a name.)
        while i < upperBound, tokens[i].isWord || tokens[i].kind == .number,
            tokens[i].isCapitalized || ((tokens[i].has(.connector) || (tokens[i].kind == .number && i > start)) && i + 1 < upperBound && startsName(i + 1))
        {
            i += 1
        }
        // ("France 24": a known outlet may end in one, and so may a broadcaster's name: "Channel 12", "Radio 4".)
        if i > start, i < upperBound, tokens[i].kind == .number, isOutlet(start..<(i + 1)) || lexicon.outletOpeners.contains(block.lower(start)) {
            i += 1
        }
        // "dpa": an outlet known by a name in lowercase.
        guard i > start else { return start < upperBound && lexicon.isKnownOutlet(start..<(start + 1), in: block) ? start..<(start + 1) : nil }
        // "told the Harbor Times Vale’s plan …": the longest known outlet at the front.
        var end = i
        while end > start + 1, !isOutlet(start..<end) { end -= 1 }
        return isOutlet(start..<end) ? start..<end : start..<i
    }

    /// Whether token `k` may open (the rest of) a name: capitalized and no weekday or month ("CNN on Monday"
    /// ends before "on"), or "The" ("CNN and The Harbor Times").
    func startsName(_ k: Int) -> Bool {
        tokens[k].isCapitalized && (!tokens[k].has(.functionWord) || tokens[k].word == .the)
    }

    /// Where the name starts in "the state news agency Vestpress" or "the Norlandic news agency
    /// NPA": after a few lowercase words or a nationality before them, if a capitalized one that
    /// may be a name follows them ("state television Monday" names no outlet); else `k`.
    func namedAfterDescription(from k: Int, upperBound: Int) -> Int {
        var i = k
        if i < upperBound, tokens[i].word == .the { i += 1 }
        while i < upperBound, i < k + 5, tokens[i].isWord,
            !tokens[i].isCapitalized || (tokens[i].has(.nationality) && i + 1 < upperBound && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized),
            !lexicon.isKnownOutlet(i..<(i + 1), in: block)
        {
            i += 1
        }
        return i > k && i < upperBound && (startsName(i) || lexicon.isKnownOutlet(i..<(i + 1), in: block)) ? i : k
    }

    /// Whether the phrase names a news outlet, or an outlet's edition by one or two capitalized words after the outlet's name
    /// ("BBC Radio Kent", "Sky News Arabia") where the name closes ("told the Harbor Times Vale’s plan …" names the Times alone).
    func isOutlet(_ range: Range<Int>) -> Bool {
        if isNamedOutlet(range) { return true }
        guard range.count >= 2, closesName(at: range.upperBound) else { return false }
        // (Only a prefix ending in an outlet's word or a known outlet's last word is asked.)
        return (1...min(2, range.count - 1)).contains { cut in
            let prefix = range.lowerBound..<(range.upperBound - cut)
            return tokens[prefix.upperBound - 1].has([.outletWord, .outletEnding])
                && (prefix.upperBound..<range.upperBound).allSatisfy { startsName($0) } && isNamedOutlet(prefix)
        }
    }

    /// Whether a name before token `k` ends there: at the end, a mark other than the possessive, or a function word that opens
    /// no clause ("that", "on", "the"; not "he" or "his" of "told CNN Vale he would …").
    func closesName(at k: Int) -> Bool {
        guard k < tokens.count, tokens[k].isWord else { return true }
        return tokens[k].has(.functionWord) && !tokens[k].has([.pronoun, .possessiveDeterminer])
    }

    /// Whether the phrase names a news outlet: a known one, the article's own, or a name ending in
    /// an outlet word ("Times", "Post", "News").
    func isNamedOutlet(_ range: Range<Int>) -> Bool {
        if lexicon.isKnownOutlet(range, in: block) { return true }
        if !namedOutlets.isEmpty, range.count <= 3, namedOutlets.contains(block.text(tokens: range).lowercased()) { return true }
        if range.count == 1, isCallSign(range.lowerBound) { return true }
        let wordCount = range.count - (tokens[range.lowerBound].word == .the ? 1 : 0)
        if let ownOutlet, wordCount == ownOutletWordCount, names(ownOutlet, range) { return true }
        let last = tokens[range.upperBound - 1]
        // "the Courier" alone names an outlet as surely as "the Vestland Courier" does.
        let isNamed = range.count >= 2 || (range.lowerBound > 0 && tokens[range.lowerBound - 1].word == .the)
        // "Vestland News Agency", "Coastal Press Agency": an agency named for news is an outlet; so is a news service ("Ostrel
        // News Service", not the Kremlin's press service).
        if range.count >= 2, last.isCapitalized, tokens[range.upperBound - 2].has(.outletWord),
            block.lower(range.upperBound - 1, is: "agency") || (block.lower(range.upperBound - 1, is: "service") && block.lower(range.upperBound - 2, is: "news"))
        {
            return true
        }
        // "BBC Radio 4": a broadcaster's word and a number may end it.
        if range.count >= 3, last.kind == .number, lexicon.outletOpeners.contains(block.lower(range.upperBound - 2)) { return true }
        // "Radio Harwick", "Channel 12": a broadcaster's word may open the name instead (words that may be a name's or numbers
        // only, so "Radio Harwick on Monday" and "Radio Harwick Monday" are cut back to the name).
        let first = tokens[range.lowerBound].word == .the ? range.lowerBound + 1 : range.lowerBound
        if range.upperBound - first >= 2, (first..<range.upperBound).allSatisfy({ startsName($0) || ($0 > first && tokens[$0].kind == .number) }),
            lexicon.outletOpeners.contains(block.lower(first))
        {
            return true
        }
        return isNamed && last.isCapitalized && last.has(.outletWord) && !last.has(.organizationHead)
    }

    /// Whether the lowercase words of `range`, "the" aside, joined by spaces, are `outlet`; where both
    /// are ASCII (one byte a character) compared byte by byte in place, without making the words.
    func names(_ outlet: String, _ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound].word == .the ? range.lowerBound + 1 : range.lowerBound
        var outlet = outlet
        let plain = outlet.withUTF8 { outlet -> Bool? in
            guard outlet.allSatisfy({ $0 < 128 }), block.utf8[block.utf8Range(first..<range.upperBound)].allSatisfy({ $0 < 128 }) else { return nil }
            var at = 0
            for k in first..<range.upperBound {
                if k > first {
                    guard at < outlet.count, outlet[at] == UInt8(ascii: " ") else { return false }
                    at += 1
                }
                for byte in block.utf8[tokens[k].utf8Range] {
                    guard at < outlet.count, outlet[at] == byte.asciiLowercased else { return false }
                    at += 1
                }
            }
            return at == outlet.count
        }
        if let plain { return plain }
        let words = range.map { block.lower($0) }
        return (words.first == "the" ? words.dropFirst().joined(separator: " ") : words.joined(separator: " ")) == outlet
    }

    /// Whether token `k` is a North American broadcaster's call sign: K or W and three more capitals
    /// ("KXLA"), or two or three with a band after a hyphen ("WQT-FM", "KSAT-TV").
    func isCallSign(_ k: Int) -> Bool {
        let scalars = block.scalars(of: k)
        guard let first = scalars.first, first == "K" || first == "W" else { return false }
        let letters = scalars.prefix { Tokenizer.isUpper($0) }.count
        let rest = scalars.dropFirst(letters)
        if rest.isEmpty { return letters == 4 }
        return (3...4).contains(letters) && ["-TV", "-FM", "-AM", "-DT"].contains(String(String.UnicodeScalarView(rest)))
    }

    /// The outlet of a clause ", the state-run Harbor Times reported" or ", Vestpress said" that ends a
    /// claim with a speaker of its own: the outlet carried the words.
    func reportingOutlet(in clause: Range<Int>) -> Via? {
        guard clause.count >= 2, let last = clause.last, tokens[last].has(.reportingVerb),
            let phrase = properPhrase(at: namedAfterDescription(from: clause.lowerBound, upperBound: last), upperBound: last),
            phrase.upperBound == last, isOutlet(phrase)
        else { return nil }
        return Via(text: block.text(tokens: phrase), isOutlet: true)
    }

    /// The object of "told": an outlet gives a via; any other object (a person, a venue, "reporters")
    /// is skipped. Returns the via and the index after the object.
    func toldObject(after cue: Int, upperBound: Int) -> (via: Via?, end: Int) {
        let k = cue + 1
        guard k < upperBound else { return (nil, k) }
        var via: Via? = nil
        var i = k
        // "told the Harbor Times", "told state broadcaster VRT that …": an outlet, or a name that media words before it make one
        // ("told Russia's state news agency TASS": after the country that owns it).
        let owned = properPhrase(at: k, upperBound: upperBound).flatMap { ownedOutlet(after: $0, upperBound: upperBound) }
        if let phrase = owned ?? describedOutlet(at: k, upperBound: upperBound) {
            via = Via(text: block.text(tokens: phrase), isOutlet: true)
            i = programEnd(after: phrase.upperBound, upperBound: upperBound)
        } else if let medium = unnamedOutlet(at: k, upperBound: upperBound, orMedia: true) {
            // ("accused state media of lying", "urged state media to …": media so named are the target, no channel.)
            if StatementSource.tellForms.contains(tokens[cue].word) || !block.lower(medium.upperBound - 1, is: "media") {
                via = Via(text: block.text(tokens: medium), isOutlet: true)
            }
            i = medium.upperBound
        } else if let phrase = properPhrase(at: k, upperBound: upperBound) {
            // "told WHO officials that …", "told the Harbor Service's Newsnight programme that …": a name may open a longer object.
            let next = phrase.upperBound < upperBound ? tokens[phrase.upperBound] : nil
            guard let next, next.word == .possessive || (next.isWord && !next.has(.functionWord)) else { return (nil, phrase.upperBound) }
            i = phrase.upperBound
        } else {
            // "told reporters", "told him", "told a news conference".
            if i < upperBound, tokens[i].has([.determiner, .possessiveDeterminer]) { i += 1 }
            if i < upperBound, tokens[i].isWord, ![.that, .in, .on, .during, .over, .via].contains(tokens[i].word) { i += 1 }
        }
        // "told local harbor officials that …", "told his Omani counterpart, Badr al-Harthy, that …", "told
        // state television on Monday that …", "told Radio Kessel host Tom Vale how …": the object, with a
        // name in apposition or a time after it, runs on to "that" or a question word.
        if let that = (i..<min(upperBound, k + 12)).first(where: { tokens[$0].word == .that || ViaFinder.questionWords.contains(tokens[$0].word) }),
            (i..<that).allSatisfy({ isObjectToken($0) })
        {
            i = that
        }
        // "told a news conference that …", "told reporters at a briefing on Tuesday that …": a channel as the object or after it.
        if via == nil, i > k { via = channelObject(from: k, upperBound: i) ?? find(in: k..<i) }
        return (via, i)
    }

    /// "a news conference", "the hearing", "a Senate hearing", "a town hall meeting": an object of "told" that is itself a
    /// channel (a determiner, up to two words and a channel noun, or two, that ends the phrase); nil otherwise.
    func channelObject(from k: Int, upperBound: Int) -> Via? {
        guard tokens[k].has(.determiner) else { return nil }
        var j = k + 1
        // ("a Senate hearing": a name among them too.)
        while j < upperBound, j < k + 4, tokens[j].isWord, !tokens[j].has(.functionWord), !isChannelNoun(j) { j += 1 }
        if j + 1 < upperBound, isChannelNoun(j), isChannelNoun(j + 1) { j += 1 }
        guard j < upperBound, isChannelNoun(j), !tokens[j].isCapitalized,
            j + 1 >= upperBound || !tokens[j + 1].isWord || tokens[j + 1].has(.functionWord)
        else { return nil }
        return Via(text: block.text(tokens: k..<(j + 1)), isOutlet: false)
    }

    /// "state television", "Ukrainian radio", "the national broadcaster" after "told": an outlet not named, by its
    /// medium, or by its kind after a word that says which ("a local newspaper", not "the newspaper"), with up to two
    /// plain or national words before it and without the determiner opening it; nil when the words at `k` are
    /// something else. `orMedia` accepts "state media" too ("told state media"), which after "accused" or "on" is rather a
    /// target or a platform.
    func unnamedOutlet(at k: Int, upperBound: Int, orMedia: Bool = false) -> Range<Int>? {
        let start = k < upperBound && tokens[k].has(.determiner) ? k + 1 : k
        var j = start
        while j < upperBound, j < start + 3, tokens[j].isWord, !tokens[j].has(.functionWord) {
            let t = tokens[j]
            // ("local TV" and "state media" too, but not "the post office"; "the state news agency": an agency after a word
            // for news is one.)
            var isMedium = orMedia && block.lower(j, is: "media")
            if t.has(.outletWord) {
                let word = block.lower(j)
                isMedium = lexicon.outletOpeners.contains(word)
                    || (j > start && (lexicon.outletHeads.contains(word) || (word == "agency" && tokens[j - 1].has(.outletWord))))
            }
            if isMedium, !t.isCapitalized || (j > start && !tokens[j - 1].isCapitalized),
                j + 1 >= upperBound || !tokens[j + 1].isWord || tokens[j + 1].has(.functionWord)
            {
                return start..<(j + 1)
            }
            guard !t.isCapitalized || t.has(.nationality) else { return nil }
            j += 1
        }
        return nil
    }

    /// Words that open the reported question after the object of "told" ("told the court why …").
    static let questionWords: Set<Word> = [Word("how"), Word("why"), Word("what")]

    /// A word of the object of "told" or of a time after it (no pronoun, verb or infinitive), a possessive ("told the
    /// mayor's aides"), a comma or a hyphen inside a name.
    func isObjectToken(_ k: Int) -> Bool {
        let t = tokens[k]
        // (The possessive mark reads as a contracted "is" too, an auxiliary.)
        if t.word == .possessive { return true }
        // ("told aides to figure out how …": an infinitive is what they were told.)
        if t.isWord { return !t.has([.pronoun, .auxiliary, .modal]) && t.word != .to }
        return t.word == .comma || (t.kind == .punctuation && block.firstScalar(of: k) == "-")
    }

    /// Whether token `k` names a channel: a channel's noun, or "hall" of "town hall" ("said at a town hall in Dunmore"), a
    /// meeting where words are spoken rather than the building's hall. (Neither word is in the vocabulary: only a word of
    /// four letters outside it is spelled out.)
    func isChannelNoun(_ k: Int) -> Bool {
        if tokens[k].has(.channelNoun) { return true }
        return k > 0 && tokens[k].word == .other && tokens[k].end - tokens[k].start == 4 && block.lower(k, is: "hall") && block.lower(k - 1, is: "town")
    }

    /// Where "’s Jake Lapp" or "’s “Face the Nation”" after an outlet ends: the outlet's host or
    /// programme belongs to it; `k` when no possessive follows.
    func programEnd(after k: Int, upperBound: Int) -> Int {
        guard k + 1 < upperBound, tokens[k].word == .possessive else { return k }
        var i = k + 1
        if tokens[i].kind == .quote, let close = (i + 1..<min(upperBound, i + 8)).first(where: { tokens[$0].kind == .quote }) {
            return close + 1
        }
        while i < upperBound, tokens[i].isWord, tokens[i].isCapitalized { i += 1 }
        return i
    }

    /// The first outlet or channel named in `range`, outside quotation marks (the quoted words' "at the meeting" is what
    /// the speaker talked of, not how the words came).
    func find(in range: Range<Int>) -> Via? {
        var k = range.lowerBound
        while k < range.upperBound {
            guard quoteOf[k] < 0 else {
                k += 1
                continue
            }
            let word = tokens[k].word
            if word == .per, let phrase = properPhrase(at: namedAfterDescription(from: k + 1, upperBound: range.upperBound), upperBound: range.upperBound) {
                return Via(text: block.text(tokens: phrase), isOutlet: isOutlet(phrase))
            }
            if word == .according, k + 1 < range.upperBound, tokens[k + 1].word == .to {
                if let via = document(at: k + 2, upperBound: range.upperBound) { return via }
                // ("according to Iranian state television": a nationality alone names no outlet.)
                if let named = properPhrase(at: k + 2, upperBound: range.upperBound), !isNationalityAlone(named) {
                    // "according to Iran's IRNA": the outlet the country owns.
                    let phrase = ownedOutlet(after: named, upperBound: range.upperBound) ?? named
                    return Via(text: block.text(tokens: phrase), isOutlet: isOutlet(phrase))
                }
                // "according to the semi-official Tasnim news agency", "according to the state news agency IRNA".
                if let phrase = describedOutlet(at: k + 2, upperBound: range.upperBound) {
                    return Via(text: block.text(tokens: phrase), isOutlet: true)
                }
                // "according to state media": outlets not named, by their medium.
                if let medium = unnamedOutlet(at: k + 2, upperBound: range.upperBound, orMedia: true) {
                    return Via(text: block.text(tokens: medium), isOutlet: false)
                }
            }
            if tokens[k].has(.channelPreposition), let found = channelOrIntermediary(at: k, upperBound: range.upperBound) { return found.via }
            // "wrote in Foreign Affairs that …": what someone wrote in, by name, is a publication ("posted in Arabic" is no name's).
            if word == .in, k > 0, ViaFinder.writeForms.contains(tokens[k - 1].word),
                let phrase = properPhrase(at: k + 1, upperBound: range.upperBound), startsName(phrase.lowerBound), !isNationalityAlone(phrase)
            {
                return Via(text: block.text(tokens: phrase), isOutlet: true)
            }
            if let start = outletStart(after: k, upperBound: range.upperBound), let phrase = describedOutlet(at: start, upperBound: range.upperBound) {
                return Via(text: block.text(tokens: phrase), isOutlet: true)
            }
            // "wrote on social media that …": the platforms together.
            if word == .on, k + 2 < range.upperBound, block.lower(k + 1, is: "social"), block.lower(k + 2, is: "media") {
                return Via(text: block.text(tokens: k..<(k + 3)), isOutlet: false)
            }
            // "said on state television that …": a broadcaster not named, but by more than its medium ("on television").
            if word == .on, let medium = unnamedOutlet(at: k + 1, upperBound: range.upperBound), medium.count >= 2 {
                return Via(text: block.text(tokens: medium), isOutlet: false)
            }
            k += 1
        }
        return nil
    }

    /// Where an outlet may be named after token `k`: "said on Harbor TV" (a broadcast), "quoted by the
    /// Harbor Ledger" (the agent of a cue; "a report by the Ledger" is no channel of the speaker's),
    /// "Speaking to the BBC", "Writing in the Harbor Ledger", "Appearing on Fox News" (a participle before it).
    func outletStart(after k: Int, upperBound: Int) -> Int? {
        let word = tokens[k].word
        if word == .on || (word == .by && k > 0 && tokens[k - 1].has(.speechVerb)) { return k + 1 }
        if tokens[k].has(.endsInIng), k + 1 < upperBound, [.to, .with, .in, .on].contains(tokens[k + 1].word) { return k + 2 }
        return nil
    }

    /// "in a written message", "over the phone", "in an interview with Fox News", "in a post on X".
    func channel(at k: Int, upperBound: Int) -> (via: Via, end: Int)? {
        var i = k + 1
        var modifiers = 0
        // ("On the company's earnings call": a possessive may stand among the modifiers.)
        while i < upperBound, tokens[i].isWord || (tokens[i].word == .possessive && modifiers > 0), modifiers < 4 {
            if isChannelNoun(i) {
                if ViaFinder.reactions.contains(tokens[i].word), tokens[k].word != .in || (modifiers == 0 && !tokens[i].has(.endsInS)) { return nil }
                // "in remarks broadcast by Al-Aqsa television": the participle is no second noun of the channel.
                if let outlet = carryingOutlet(after: i + 1, upperBound: upperBound) { return (outlet.via, outlet.end) }
                // "press release", "news conference": the noun may be followed by its pair ("an interview broadcast Sunday"
                // holds a participle); "Telegram channel", "Facebook page": a platform by the part of it that is the speaker's.
                var end = i + 1
                if end < upperBound, isChannelNoun(end), tokens[end].word != ViaFinder.broadcast {
                    end += 1
                } else {
                    end = platformPartEnd(at: end, upperBound: upperBound)
                }
                // ("a story by the website Politico says": the name after "the" and the noun, even past the words searched, is
                // an outlet's, no channel of the speaker's.)
                if tokens[i - 1].word == .the, end < tokens.count, startsName(end) { return nil }
                // Whether the word after the channel links it to an outlet: "in an interview with", "in an op-ed for", "in an
                // email to", "in a column in", and for a spoken channel "on" ("in an interview on Radio Kessel"; "a post on X"
                // is no outlet's).
                let linksOutlet = end + 1 < upperBound
                    && ([.with, .for, .to, .in].contains(tokens[end].word)
                        || (tokens[end].word == .on && lexicon.spokenChannelNouns.contains(block.lower(i))))
                // "in an interview with the semi-official Mehr news agency", "with state broadcaster CCTV", "with the public
                // broadcaster": an outlet after words that say it is one (not a person's role: "with radio host Ivo Marr").
                if linksOutlet, !startsName(end + 1),
                    let outlet = describedOutlet(at: end + 1, upperBound: upperBound) ?? unnamedOutlet(at: end + 1, upperBound: upperBound),
                    !(end + 1..<outlet.lowerBound).contains(where: { tokens[$0].has(.titleWord) && !tokens[$0].has(.outletWord) })
                {
                    return (Via(text: block.text(tokens: outlet), isOutlet: true), programEnd(after: outlet.upperBound, upperBound: upperBound))
                }
                if end + 1 < upperBound, [.with, .on, .to, .by, .for].contains(tokens[end].word),
                    let phrase = properPhrase(at: end + 1, upperBound: upperBound), startsName(phrase.lowerBound)
                {
                    // "in an interview with Fox News", "in an op-ed for the Harbor Times", "in an email to the Courier": the outlet.
                    if linksOutlet, isOutlet(phrase) {
                        return (Via(text: block.text(tokens: phrase), isOutlet: true), programEnd(after: phrase.upperBound, upperBound: upperBound))
                    }
                    end = phrase.upperBound
                } else if end + 2 < upperBound, tokens[end].word == .on, tokens[end + 1].has(.possessiveDeterminer),
                    let phrase = properPhrase(at: end + 2, upperBound: upperBound), startsName(phrase.lowerBound)
                {
                    // "in a post on his Telegram channel": the speaker's own platform belongs to the channel.
                    end = platformPartEnd(at: phrase.upperBound, upperBound: upperBound)
                } else if end + 1 < upperBound, tokens[end].word == .with, tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
                    !tokens[end + 1].has([.functionWord, .pronoun]), tokens[end + 1].has(.endsInS),
                    end + 2 >= upperBound || !tokens[end + 2].isWord || tokens[end + 2].has(.functionWord)
                {
                    // "on a call with analysts": whom the channel joined belongs to it ("with radio host …" is someone named).
                    end += 2
                }
                // "in a tweet on Monday": the time is no part of the channel, but is read past with it.
                let channelEnd = end
                if end + 1 < upperBound, tokens[end].word == .on, tokens[end + 1].isCapitalized, tokens[end + 1].has(.functionWord) { end += 2 }
                // "in a news conference carried by …": the outlet that carried the words (right after the noun, asked above).
                if channelEnd > i + 1, let outlet = carryingOutlet(after: channelEnd, upperBound: upperBound) { return (outlet.via, outlet.end) }
                // The preposition is capitalized only because it opens the sentence: "In a statement, …".
                var text = tokens[k].isCapitalized ? block.textLoweringFirst(tokens: k..<channelEnd) : block.text(tokens: k..<channelEnd)
                // "in a post on X.": the period closes the sentence, not the platform's name.
                let last = tokens[channelEnd - 1]
                if last.end - last.start == 2, last.has(.endsInPeriod), last.isCapitalized { text.removeLast() }
                return (Via(text: text, isOutlet: false), end)
            }
            // ("on the Sinica podcast": a name may follow the article, but "on Monday the DOJ lawsuit" holds two phrases.)
            if tokens[i].isCapitalized && modifiers > 0 && !tokens[i - 1].has(.determiner) && !tokens[i - 1].isCapitalized { return nil }
            if tokens[i].has(.determiner) && modifiers > 0 { return nil }
            // ("in June on his website": a second preposition opens the channel, if any.)
            if tokens[i].has(.channelPreposition) { return nil }
            modifiers += 1
            i += 1
        }
        return nil
    }

    /// The channel at the channel preposition `k` ("in a statement", "over the phone") or the person who passed the words on
    /// ("through her lawyer"), with the index after it.
    func channelOrIntermediary(at k: Int, upperBound: Int) -> (via: Via, end: Int)? {
        if let found = channel(at: k, upperBound: upperBound) { return found }
        guard tokens[k].word == .via || tokens[k].word == ViaFinder.through, let end = intermediaryEnd(after: k, upperBound: upperBound) else { return nil }
        let words = k..<end
        return (Via(text: tokens[k].isCapitalized ? block.textLoweringFirst(tokens: words) : block.text(tokens: words), isOutlet: false), end)
    }

    /// The outlet named after a channel by "carried by", "published in", "aired on", "provided to" ("remarks carried by
    /// the state news agency IRNA"), with the index after its name.
    func carryingOutlet(after k: Int, upperBound: Int) -> (via: Via, end: Int)? {
        guard k + 2 < upperBound, tokens[k].has([.endsInEd, .irregularPast]) || tokens[k].word == ViaFinder.broadcast,
            [.by, .in, .on, .to].contains(tokens[k + 1].word),
            let phrase = describedOutlet(at: k + 2, upperBound: upperBound)
        else { return nil }
        return (Via(text: block.text(tokens: phrase), isOutlet: true), phrase.upperBound)
    }

    /// The index after the person who passed the words on, after "through" or "via" at `k`: "through a spokesman", "via her
    /// lawyer", "through an interpreter" (a word of theirs before the noun too: "through a company spokeswoman"); nil
    /// when no such person follows.
    func intermediaryEnd(after k: Int, upperBound: Int) -> Int? {
        guard k + 2 < upperBound, tokens[k + 1].has([.determiner, .possessiveDeterminer]) else { return nil }
        let noun = (k + 2..<min(upperBound, k + 4)).first { tokens[$0].isWord && ViaFinder.intermediaries.contains(block.lower($0)) }
        guard let noun, noun == k + 2 || (tokens[k + 2].isWord && !tokens[k + 2].has(.functionWord)) else { return nil }
        // ("through a spokesman's office": the noun ends the phrase.)
        guard noun + 1 >= upperBound || !tokens[noun + 1].isWord || tokens[noun + 1].has(.functionWord) else { return nil }
        return noun + 1
    }

    /// People who pass someone's words on, the channel after "through" or "via".
    static let intermediaries: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "lawyer", "lawyers", "attorney", "attorneys", "publicist",
        "interpreter", "translator", "representative", "representatives", "aide", "aides", "agent",
    ]

    /// "through", a preposition that may name who passed the words on ("said through a spokesman").
    static let through = Word("through")

    /// Whether a phrase is one nationality word ("Iranian"), which names no outlet.
    func isNationalityAlone(_ phrase: Range<Int>) -> Bool {
        phrase.count == 1 && tokens[phrase.lowerBound].has(.nationality)
    }

    /// The index after "channel" of "Telegram channel" or "page" of "Facebook page", the part of a platform that is
    /// someone's own, when it stands at `k` after the platform's name; `k` otherwise.
    func platformPartEnd(at k: Int, upperBound: Int) -> Int {
        k > 0 && k < upperBound && tokens[k - 1].isCapitalized && tokens[k].isWord && ViaFinder.platformParts.contains(block.lower(k)) ? k + 1 : k
    }

    /// The parts of a platform that are someone's own, after its name: "her Telegram channel", "his Facebook page", "an Instagram story".
    static let platformParts: Set<String> = ["channel", "page", "account", "feed", "profile", "story", "stories"]

    /// Channel nouns of a reaction, channels only after "in" ("in comments to reporters", "in a written response"; "bristled
    /// at Vale's comments" names what was reacted to), and then not one alone ("in response to").
    static let reactions: Set<Word> = [Word("comments"), Word("response"), Word("reply")]

    /// "broadcast", a past participle without "-ed" ("remarks broadcast by …").
    static let broadcast = Word("broadcast")

    /// Cues of writing, after which "in" names where the words appeared ("wrote in Foreign Affairs").
    static let writeForms: Set<Word> = [Word("wrote"), Word("writes")]

    /// "Russia's state news agency TASS", "Iran's IRNA": the outlet named after the possessive of the name `owner`;
    /// "Kessel's state broadcaster": one not named, with its owner.
    func ownedOutlet(after owner: Range<Int>, upperBound: Int) -> Range<Int>? {
        guard owner.upperBound + 1 < upperBound, tokens[owner.upperBound].word == .possessive else { return nil }
        if let named = describedOutlet(at: owner.upperBound + 1, upperBound: upperBound) { return named }
        return unnamedOutlet(at: owner.upperBound + 1, upperBound: upperBound).map { owner.lowerBound..<$0.upperBound }
    }

    /// The outlet named at `k`, itself ("the Harbor Times") or after a few words that say it is one ("the
    /// state news agency IRNA", "local radio station Radio Gullport", "conservative radio host Lee Marr");
    /// nil for any other name ("issued in his name shortly after the AP article", "with the press in Miami").
    func describedOutlet(at k: Int, upperBound: Int) -> Range<Int>? {
        let named = namedAfterDescription(from: k, upperBound: upperBound)
        let description = (k..<named).filter { tokens[$0].word != .the }
        guard let phrase = properPhrase(at: named, upperBound: upperBound) else { return nil }
        // "Al-Aqsa television", "the semi-official Tasnim news agency": a name that the word for an outlet's kind follows,
        // and no name after it ("the Paris daily Libération" is no outlet called Paris).
        let next = phrase.upperBound
        // ("Norwegian television": a nationality alone is no name.)
        let kindFollows = next < upperBound && tokens[next].has(.outletWord) && !tokens[next].isCapitalized
            && (next + 1 >= upperBound || !startsName(next + 1)) && !isNationalityAlone(phrase)
        guard !description.isEmpty else { return isOutlet(phrase) || kindFollows ? phrase : nil }
        guard !description.contains(where: { tokens[$0].has(.functionWord) }) else { return nil }
        // "the official IRNA": plain modifiers before an outlet, but not "the former Fox News host".
        let phraseEnds = next >= upperBound || !tokens[next].isWord || tokens[next].has(.functionWord)
        guard description.contains(where: { tokens[$0].has(.outletWord) }) || kindFollows || (phraseEnds && isOutlet(phrase)) else { return nil }
        // "radio show Joney’s Jukebox": a show's name may hold its host's.
        let end = programEnd(after: phrase.upperBound, upperBound: upperBound)
        return end > phrase.upperBound + 1 ? phrase.lowerBound..<end : phrase
    }

    /// The words of a source phrase up to the end of the document that opens it ("a Treasury Department press
    /// release", "a statement" of "a statement from the port authority"); nil when no document that carries words
    /// opens it (findings such as "data" are no channel).
    func channelDocument(in range: Range<Int>) -> Via? {
        let isDocument = { (k: Int) in self.tokens[k].has(.documentNoun) && self.tokens[k].has(.channelNoun) && !self.tokens[k].isCapitalized }
        guard let first = range.prefix(MentionParser.documentReach).first(where: isDocument), (range.lowerBound..<first).allSatisfy({ tokens[$0].isWord }) else { return nil }
        var end = first + 1
        while end < range.upperBound, isDocument(end) { end += 1 }
        // ("A statement from the board said": the article is capitalized only because it opens the sentence.)
        let words = range.lowerBound..<end
        let opensSentence = tokens[range.lowerBound].has(.determiner) && tokens[range.lowerBound].isCapitalized
        return Via(text: opensSentence ? block.textLoweringFirst(tokens: words) : block.text(tokens: words), isOutlet: false)
    }

    /// "a statement by the port authority", "a Harbor Safety Board press release": a document
    /// carrying someone's words, read as a channel.
    func document(at k: Int, upperBound: Int) -> Via? {
        var i = k
        var seenDocument = false
        while i < upperBound, i < k + 8, tokens[i].isWord {
            if tokens[i].has(.documentNoun) { seenDocument = true }
            if seenDocument, tokens[i].word == .by || tokens[i].word == .from {
                var end = i + 1
                while end < upperBound, tokens[end].isWord { end += 1 }
                return Via(text: block.text(tokens: k..<end), isOutlet: false)
            }
            i += 1
        }
        return seenDocument ? Via(text: block.text(tokens: k..<i), isOutlet: false) : nil
    }
}
