/// A phrase that names or points at a possible speaker, parsed but not yet resolved.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        /// "he", "she", "they".
        case pronoun(Gender?)
        /// "it": an organisation or a document, never a person.
        case it
        /// A person's name without honorific or titles: "Talia Brenner", "Brenner".
        case person(String)
        /// An organisation or outlet: "Harbor Safety Board", "Coastal Wire".
        case organization(String)
        /// An unnamed source: "a former senior port official"; vague for "experts", "local analysts".
        case anonymous(String, vague: Bool)
        /// "one of them", "two of those": a member of an unnamed group met before, or else an unnamed source.
        case memberOfGroup(String)
        /// A definite description to match against credentials: "the river ecologist" (head "ecologist").
        case description(head: String, text: String)
    }

    var kind: Kind
    /// Token range of the whole mention, appositive included.
    var tokens: Range<Int>
    var titles: [String] = []
    var organizations: [String] = []
    /// Gender stated by an honorific or a gendered title.
    var gender: Gender?
    /// The head of a definite description set beside the name ("worker" of "The worker, Ole Brandvik"):
    /// an unnamed source met before with that head is this person.
    var namesUnnamed: String? = nil
    /// The role is held at the organisation "it" stands for: "Its lawyer, Beth Morrow".
    var servesIt = false
}
