/// A phrase that names or points at a possible speaker, parsed but not yet resolved.
///
/// Names and descriptions are token ranges of the block parsed: the book reads its keys from the
/// tokens and makes a string only for an entity it keeps.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        /// "he", "she", "they".
        case pronoun(Gender?)
        /// "it": an organisation or a document, never a person.
        case it
        /// A person's name without honorific or titles: "Talia Brenner", "Brenner" (its tokens).
        case person(Range<Int>)
        /// An organisation or outlet: "Harbor Safety Board", "Coastal Wire" (its tokens).
        case organization(Range<Int>)
        /// An unnamed source: "a former senior port official"; vague for "experts", "local analysts".
        case anonymous(Phrase, vague: Bool)
        /// "one of them", "two of those": a member of an unnamed group met before, or else an unnamed source.
        case memberOfGroup(Phrase)
        /// A definite description to match against credentials: "the river ecologist" (head "ecologist",
        /// the token of the head word).
        case description(head: Int, text: Phrase)
        /// What stands after "according to" when it names no speaker ("a new poll by …", "the results"):
        /// a description whose head counts as "report".
        case report(Phrase)
    }

    var kind: Kind
    /// Token range of the whole mention, appositive included.
    var tokens: Range<Int>
    var titles: [String] = []
    var organizations: [String] = []
    /// The kind the writer gives a body before its name, by the body's name: "aid group" of "Relief Without Borders" in
    /// "country director for the aid group Relief Without Borders". It says the body's category where the name does not.
    var organizationKinds: [String: String] = [:]
    /// Gender stated by an honorific or a gendered title.
    var gender: Gender?
    /// The token of the head of a definite description set beside the name ("worker" of "The worker,
    /// Ole Brandvik"): an unnamed source met before with that head is this person.
    var namesUnnamed: Int? = nil
    /// The title word right before the name ("Governor" of "Governor Ilya Marchev"): an unnamed source met before by a
    /// definite description with that head ("the regional governor said …") is this person, named now.
    var titleBeforeName: Int? = nil
    /// The role is held at the organisation "it" stands for: "Its lawyer, Beth Morrow".
    var servesIt = false
    /// The text gives the person's age beside the name ("Mara Lind, 34,"), as it does for people met in the street.
    var givenAnAge = false
    /// Speakers named before this one and joined to it by "and", who speak with it ("Mara Oden" of "Mara Oden and Teo
    /// Vale", "two officials familiar with the talks" of "… and a diplomat briefed on them").
    var joined: [Mention] = []

    /// Whether the mention names a body or a document, which may carry someone else's words ("per Norpress, …").
    var isOrganizationOrReport: Bool {
        switch kind {
        case .organization, .report: true
        default: false
        }
    }
}
