/// Every word the lexicon and the rules name, numbered, with the lists each belongs to.
///
/// Built once; the tokenizer looks each token up here once (one hash of its bytes, no string),
/// so the rules compare `Word`s and test `WordTraits` bits instead of hashing strings.
struct Vocabulary: Sendable {
    /// Spelling of each word, by id (id 0, `.other`, is empty).
    private var texts: [String] = [""]
    /// The UTF-8 length of each text, by id: a small array that tells most words from a given one without
    /// reading the large array of strings (a cache miss for a word not read lately).
    private var textLengths: [UInt16] = [0]
    private var traits: [WordTraits] = [[]]
    /// The UTF-8 of each word, numbered as `texts`.
    private var table = ByteTable()
    /// The words of at most `ShortWord.capacity` bytes (nearly all) with their traits, where the
    /// tokenizer finds a word and its traits with one probe.
    private var shortWords = ShortWordTable([])
    /// For the first word of multi-word cues, the word runs that may follow it.
    private var phrasalRuns: [Word: [[Word]]] = [:]
    /// The known outlets (`Lexicon.outlets`), each as the words of its name: the bytes of their ids,
    /// so a run of tokens is looked up where it stands, with no array of words made and hashed.
    private var outletRuns = ByteTable()
    /// The word and traits of each ASCII character standing alone, found once here: punctuation
    /// marks, a sixth of a text's tokens, then cost the tokenizer no lookup.
    private var asciiTokens: [(word: Word, traits: WordTraits)] = []

    static let shared = Vocabulary(lexicon: .shared)

    /// Marks and words the rules compare tokens with one by one, and the quotation marks, whose
    /// text `TokenizedBlock.lower(_:)` gives as written. Numbered first, from 1 in this order, so
    /// `Word`'s constants (`.comma` is 1) stay valid; add new ones at the end.
    static let keywords = [
        ",", ":", ";", ".", "!", "?", "…", "(", ")", "[", "&", "\"", "“", "”", "„", "«", "»", "'", "‘", "’", "‚", "'s",
        "according", "and", "as", "at", "but", "by", "during", "for", "from", "has", "in", "is", "it", "many",
        "most", "not", "of", "on", "or", "over", "per", "some", "that", "the", "to", "via", "was", "which", "while", "who", "with",
        "though", "although", "whereas",
    ]

    init(lexicon: Lexicon) {
        let entries = Lexicon.entries
        let functionWords = entries("function-words")
        let lists: [(WordTraits, [String])] = [
            ([], Vocabulary.keywords), (.speechVerb, Lexicon.singleWords("speech-verbs")), (.cognitionVerb, entries("cognition-verbs")),
            (.clauseVerb, Lexicon.singleWords("clause-verbs")), (.phrasalCueStart, Array(lexicon.phrasalCues.keys)),
            (.abbreviation, entries("abbreviations")), (.closingAbbreviation, entries("closing-abbreviations")),
            // Pronouns and function words open sentences.
            (.sentenceStarter, functionWords + Array(lexicon.pronouns.keys) + ["it", "this"]),
            (.honorific, Array(lexicon.honorifics.keys)), (.pronoun, Array(lexicon.pronouns.keys)),
            (.titleWord, Array(lexicon.titleWords)), (.genderedTitle, Array(lexicon.genderedTitles.keys)),
            (.anonymousHead, Array(lexicon.anonymousHeads)), (.vagueHead, entries("vague-heads")),
            (.channelNoun, entries("channel-nouns")), (.documentNoun, Array(lexicon.documentNouns)),
            (.outletWord, entries("outlet-words")), (.outletEnding, Array(lexicon.outletEndings)),
            (.organizationHead, entries("organization-heads")), (.nationality, entries("nationalities")),
            (.functionWord, functionWords), (.determiner, entries("determiners")), (.titleModifier, entries("title-modifiers")),
            (.tellVerb, entries("tell-verbs")), (.sayVerb, entries("say-verbs")),
            (.adjunctStarter, entries("adjunct-starters")), (.copula, entries("copulas")),
            (.roleVerb, entries("role-verbs")), (.auxiliary, entries("auxiliaries")), (.modal, entries("modals")),
            (.clauseConjunction, entries("clause-conjunctions")), (.placeWord, entries("place-words")),
            (.ownChannelCue, entries("own-channel-cues")), (.placePreposition, entries("place-prepositions")),
            (.possessiveDeterminer, entries("possessive-determiners")), (.nameSuffix, entries("name-suffixes")),
            (.unmarkedPlural, entries("unmarked-plurals")), (.shareWord, entries("share-words")),
            (.constituencyTitle, entries("title-constituencies")), (.presentAdverb, entries("present-adverbs")),
            (.sourceModifier, entries("source-modifiers")), (.teamNoun, entries("team-nouns")),
            (.irregularPast, entries("irregular-past")), (.namingVerb, entries("naming-verbs")),
            (.skippable, entries("skippable-words")), (.connector, entries("connectors")),
            (.nameParticle, entries("name-particles")), (.relativePronoun, entries("relative-pronouns")),
            (.channelPreposition, entries("channel-prepositions")), (.sentenceFinalMark, [".", "!", "?", "…"]),
            (.clauseSubordinator, entries("clause-subordinators")), (.claimNoun, Array(lexicon.claimNouns)),
            // Every word of an outlet's name and of a multi-word cue, so their token runs compare by id.
            ([], lexicon.outlets.keys.flatMap { $0.split(separator: " ").map(String.init) }),
            ([], lexicon.phrasalCues.values.flatMap { $0.joined() }),
        ]
        _ = table.add([UInt8]())
        for (trait, words) in lists {
            for text in words {
                let id = table.add(Array(text.utf8))
                if id == texts.count {
                    texts.append(text)
                    textLengths.append(UInt16(text.utf8.count))
                    traits.append([])
                }
                traits[id].insert(trait)
            }
        }
        precondition(texts.count <= Int(UInt16.max) + 1, "the vocabulary outgrew the 16 bits of a Word")
        // Each word's endings too, so a token of a vocabulary word takes all its traits from one load.
        for (id, text) in texts.enumerated() {
            let utf8 = Array(text.utf8)
            traits[id].formUnion(WordTraits.endings(count: utf8.count) { utf8[$0] })
        }
        shortWords = ShortWordTable(
            texts.indices.dropFirst().compactMap { id in
                let utf8 = Array(texts[id].utf8)
                return utf8.count <= ShortWord.capacity ? (utf8, Word(id: UInt16(id)), traits[id]) : nil
            })
        asciiTokens = (0..<128).map { (byte: UInt8) in
            let word = word(count: 1) { _ in byte }
            return (word, word == .other ? WordTraits.endings(count: 1) { _ in byte } : traits[Int(word.id)])
        }
        for (first, runs) in lexicon.phrasalCues {
            phrasalRuns[word(first)] = runs.map { $0.map { word($0) } }
        }
        for name in lexicon.outlets.keys {
            let words = name.split(separator: " ").map(String.init)
            // A name spaced otherwise never equals tokens joined by single spaces.
            guard words.joined(separator: " ") == name else { continue }
            let run = words.map { word($0) }
            _ = outletRuns.add((0..<(4 * run.count)).map { Vocabulary.byte($0) { run[$0] } })
        }
    }

    /// The word spelled by `count` bytes of lowercase UTF-8, `byte(j)` giving the `j`th, or `.other`;
    /// read straight from wherever the token's text is, without gathering it first.
    @inline(__always)
    func word(count: Int, byte: (Int) -> UInt8) -> Word {
        guard count > ShortWord.capacity else { return entry(ShortWord(count: count, byte: byte), count: count)?.word ?? .other }
        return table.id(count: count, byte: byte).map { Word(id: UInt16($0)) } ?? .other
    }

    /// The vocabulary word of `count` bytes (at most `ShortWord.capacity`) packed in `key`, and
    /// its traits, or nil for a word outside the vocabulary.
    @inline(__always)
    func entry(_ key: ShortWord, count: Int) -> (word: Word, traits: WordTraits)? {
        shortWords.entry(key, count: count)
    }

    /// The word spelled by some lowercase UTF-8, or `.other`.
    func word(spelled utf8: [UInt8]) -> Word {
        word(count: utf8.count) { utf8[$0] }
    }

    /// The word spelled `text` (lowercase), or `.other`.
    func word(_ text: String) -> Word {
        word(spelled: Array(text.utf8))
    }

    /// The word and traits of the ASCII character `byte` as a token of its own.
    func asciiToken(_ byte: UInt8) -> (word: Word, traits: WordTraits) {
        asciiTokens[Int(byte)]
    }

    func text(of word: Word) -> String {
        texts[Int(word.id)]
    }

    /// Whether `text` (lowercase ASCII letters) is the text of `word`: `text(of: word) == text`, words of
    /// another length told by their length alone.
    func spells(_ word: Word, _ text: String) -> Bool {
        Int(textLengths[Int(word.id)]) == text.utf8.count && texts[Int(word.id)] == text
    }

    /// The lists `word` belongs to and its endings (none for `.other`).
    func traits(of word: Word) -> WordTraits {
        traits[Int(word.id)]
    }

    /// Whether `count` words, `word(j)` the `j`th, spell a known outlet, with or without "the", as
    /// `Lexicon.isKnownOutlet(_:)` finds their joined texts.
    func spellsOutlet(count: Int, word: (Int) -> Word) -> Bool {
        // The name without a leading "the" (unless that is all of it), looked up as it is and after "the".
        let first = count > 1 && word(0) == .the ? 1 : 0
        let length = count - first
        func named(_ j: Int) -> Word { word(first + j) }
        func afterThe(_ j: Int) -> Word { j == 0 ? .the : word(first + j - 1) }
        return outletRuns.id(count: 4 * length) { Vocabulary.byte($0, of: named) } != nil
            || outletRuns.id(count: 4 * (length + 1)) { Vocabulary.byte($0, of: afterThe) } != nil
    }

    /// Byte `j` of the ids of the words `word(0)`, `word(1)`…, written four bytes each, lowest first.
    private static func byte(_ j: Int, of word: (Int) -> Word) -> UInt8 {
        UInt8(truncatingIfNeeded: UInt32(word(j / 4).id) >> (8 * UInt32(j % 4)))
    }

    /// Length in tokens of the multi-word cue ("points out", "went on") starting at `tokens[c]`, if one does.
    func phrasalCueLength(in tokens: [Token], at c: Int) -> Int? {
        guard tokens[c].has(.phrasalCueStart), let runs = phrasalRuns[tokens[c].word] else { return nil }
        for rest in runs where c + rest.count < tokens.count
            && rest.enumerated().allSatisfy({ tokens[c + 1 + $0.offset].word == $0.element })
        {
            return 1 + rest.count
        }
        return nil
    }
}
