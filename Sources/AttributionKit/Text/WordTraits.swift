/// The word lists a word belongs to and the endings it has, one bit each, looked up once per
/// token so the rules test bits instead of probing string sets.
public struct WordTraits: OptionSet, Sendable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    // Lexicon lists.
    public static let speechVerb = WordTraits(rawValue: 1 << 0)
    public static let cognitionVerb = WordTraits(rawValue: 1 << 1)
    public static let clauseVerb = WordTraits(rawValue: 1 << 2)
    /// First word of a multi-word cue ("pointed" of "pointed out").
    public static let phrasalCueStart = WordTraits(rawValue: 1 << 3)
    public static let abbreviation = WordTraits(rawValue: 1 << 4)
    public static let closingAbbreviation = WordTraits(rawValue: 1 << 5)
    public static let sentenceStarter = WordTraits(rawValue: 1 << 6)
    public static let honorific = WordTraits(rawValue: 1 << 7)
    public static let pronoun = WordTraits(rawValue: 1 << 8)
    public static let titleWord = WordTraits(rawValue: 1 << 9)
    public static let genderedTitle = WordTraits(rawValue: 1 << 10)
    public static let anonymousHead = WordTraits(rawValue: 1 << 11)
    public static let vagueHead = WordTraits(rawValue: 1 << 12)
    public static let channelNoun = WordTraits(rawValue: 1 << 13)
    public static let documentNoun = WordTraits(rawValue: 1 << 14)
    public static let outletWord = WordTraits(rawValue: 1 << 15)
    /// Last word of a known outlet's name.
    public static let outletEnding = WordTraits(rawValue: 1 << 16)
    public static let organizationHead = WordTraits(rawValue: 1 << 17)
    public static let nationality = WordTraits(rawValue: 1 << 18)
    public static let functionWord = WordTraits(rawValue: 1 << 19)
    public static let determiner = WordTraits(rawValue: 1 << 20)
    public static let titleModifier = WordTraits(rawValue: 1 << 21)
    public static let tellVerb = WordTraits(rawValue: 1 << 22)
    public static let sayVerb = WordTraits(rawValue: 1 << 23)
    public static let adjunctStarter = WordTraits(rawValue: 1 << 24)
    public static let copula = WordTraits(rawValue: 1 << 25)
    public static let roleVerb = WordTraits(rawValue: 1 << 26)
    public static let auxiliary = WordTraits(rawValue: 1 << 27)
    public static let irregularPast = WordTraits(rawValue: 1 << 28)
    public static let namingVerb = WordTraits(rawValue: 1 << 29)
    public static let skippable = WordTraits(rawValue: 1 << 30)
    public static let connector = WordTraits(rawValue: 1 << 31)
    public static let nameParticle = WordTraits(rawValue: 1 << 32)
    public static let relativePronoun = WordTraits(rawValue: 1 << 33)
    public static let channelPreposition = WordTraits(rawValue: 1 << 34)
    /// ".", "!", "?" and "…".
    public static let sentenceFinalMark = WordTraits(rawValue: 1 << 35)
    public static let modal = WordTraits(rawValue: 1 << 36)
    public static let clauseConjunction = WordTraits(rawValue: 1 << 37)
    /// "jr", "sr", "ii", "iii" after a name.
    public static let nameSuffix = WordTraits(rawValue: 1 << 38)
    /// Last words of place names ("Ocean", "County").
    public static let placeWord = WordTraits(rawValue: 1 << 39)
    /// Cues of words a source published itself ("Vale tweeted"), which never came through an interview.
    public static let ownChannelCue = WordTraits(rawValue: 1 << 40)
    /// Prepositions of place between a speaker and the place ("a staffer in the room").
    public static let placePreposition = WordTraits(rawValue: 1 << 52)
    /// "his", "her", "their", "'s": before a cue word they make it a noun ("her remarks").
    public static let possessiveDeterminer = WordTraits(rawValue: 1 << 53)
    /// Plurals without a final s ("police", "staff"): a group even without a determiner.
    public static let unmarkedPlural = WordTraits(rawValue: 1 << 54)
    /// "percent", "third", "majority": a share of the people polled.
    public static let shareWord = WordTraits(rawValue: 1 << 55)
    /// "senator", "lawmaker": roles whose "from" names the place they represent.
    public static let constituencyTitle = WordTraits(rawValue: 1 << 56)
    /// "now", "currently": an adverb that puts the role after it in the present.
    public static let presentAdverb = WordTraits(rawValue: 1 << 57)
    /// "familiar", "briefed": opens the post-modifier of an unnamed source ("a person briefed on the talks").
    public static let sourceModifier = WordTraits(rawValue: 1 << 58)
    /// "colleagues", "team": the people who work with the person named before "and" ("Voss and her team").
    public static let teamNoun = WordTraits(rawValue: 1 << 59)
    /// "after", "while", "unless": opens a subordinate clause before its subject ("After Vale said …, the board …").
    public static let clauseSubordinator = WordTraits(rawValue: 1 << 60)
    /// "claim", "warning": a noun of something said whose "that" clause carries the words ("Vale's claim that …").
    public static let claimNoun = WordTraits(rawValue: 1 << 61)

    // Endings of the lowercase text (bits 41-51; lists added later take bits 52-63).
    public static let endsInIng = WordTraits(rawValue: 1 << 41)
    public static let endsInLy = WordTraits(rawValue: 1 << 42)
    public static let endsInEd = WordTraits(rawValue: 1 << 43)
    public static let endsInS = WordTraits(rawValue: 1 << 44)
    public static let endsInDoubleS = WordTraits(rawValue: 1 << 45)
    public static let endsInUs = WordTraits(rawValue: 1 << 46)
    public static let endsInIs = WordTraits(rawValue: 1 << 47)
    public static let endsInPossessive = WordTraits(rawValue: 1 << 48)
    public static let endsInBased = WordTraits(rawValue: 1 << 49)
    /// "-old" ("52-year-old").
    public static let endsInOld = WordTraits(rawValue: 1 << 50)
    public static let endsInPeriod = WordTraits(rawValue: 1 << 51)

    /// Speech and cognition verbs together.
    public static let reportingVerb: WordTraits = [.speechVerb, .cognitionVerb]
    /// Words that make a finite verb of a clause: auxiliaries, modals, copulas and past forms.
    public static let verbForm: WordTraits = [.auxiliary, .modal, .copula, .endsInEd, .irregularPast]

    /// The endings of `count` bytes of lowercase UTF-8, `byte(j)` giving the `j`th.
    @inline(__always)
    static func endings(count: Int, byte: (Int) -> UInt8) -> WordTraits {
        @inline(__always)
        func ends(with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            return length <= count && (0..<length).allSatisfy { suffix.utf8Start[$0] == byte(count - length + $0) }
        }
        guard count > 0 else { return [] }
        var traits: WordTraits = []
        switch byte(count - 1) {
        case UInt8(ascii: "g"):
            if ends(with: "ing") { traits.insert(.endsInIng) }
        case UInt8(ascii: "y"):
            if ends(with: "ly") { traits.insert(.endsInLy) }
        case UInt8(ascii: "d"):
            if ends(with: "ed") { traits.insert(.endsInEd) }
            // (Also after the non-breaking and the Unicode hyphen: "Moscow‑based".)
            if ends(with: "-based") || ends(with: "\u{2011}based") || ends(with: "\u{2010}based") { traits.insert(.endsInBased) }
            if ends(with: "-old") { traits.insert(.endsInOld) }
        case UInt8(ascii: "."):
            traits.insert(.endsInPeriod)
        case UInt8(ascii: "s"):
            traits.insert(.endsInS)
            if ends(with: "ss") { traits.insert(.endsInDoubleS) }
            if ends(with: "us") { traits.insert(.endsInUs) }
            if ends(with: "is") { traits.insert(.endsInIs) }
            if ends(with: "'s") { traits.insert(.endsInPossessive) }
        default:
            break
        }
        return traits
    }
}
