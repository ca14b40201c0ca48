/// A person, organisation or unnamed group the article attributes statements to.
public struct Source: Hashable, Sendable {
    public var id: String
    /// Full name as the article gives it, without honorific; nil for unnamed sources.
    public var name: String?
    /// True for unnamed sources: anonymous ("a former senior official") or vague ("experts say").
    public var anonymous: Bool
    /// True for vague attributions ("experts say", "U.S. analysts"), counted apart from anonymous ones.
    public var vague: Bool
    /// How the article describes an unnamed source.
    public var description: String?
    public var titles: [String]
    public var organizations: [String]
    public var category: SourceCategory
    public var gender: Gender?
    /// The country or party the source speaks for, when the text says so.
    public var side: String?
    /// Every span of the input that mentions this source.
    public var mentions: [TextSpan]
    /// True when the engine read the name as an organisation's, not a person's: its head word may
    /// then be read for its kind even where it could be a surname ("Kessel Herald"), and it has no gender.
    public var namedAsOrganization: Bool
    /// The article gives the person's age beside the name ("Mara Lind, 34,"), as for people met in the street:
    /// a hint for the category, not reported.
    var givenAnAge = false
    /// The kind the article gives an organisation before its name ("the aid group Relief Without Borders"), by the
    /// organisation's name: its category when the registry does not know the organisation.
    var organizationKinds: [String: String] = [:]

    public init(
        id: String, name: String? = nil, anonymous: Bool = false, vague: Bool = false, description: String? = nil,
        titles: [String] = [], organizations: [String] = [], category: SourceCategory = .other,
        gender: Gender? = nil, side: String? = nil, mentions: [TextSpan] = [], namedAsOrganization: Bool = false
    ) {
        self.id = id
        self.name = name
        self.anonymous = anonymous
        self.vague = vague
        self.description = description
        self.titles = titles
        self.organizations = organizations
        self.category = category
        self.gender = gender
        self.side = side
        self.mentions = mentions
        self.namedAsOrganization = namedAsOrganization
    }

    /// Name or description, for reports.
    public var label: String {
        name ?? description ?? id
    }
}

/// The contract's vocabulary of source categories.
public enum SourceCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case government, formerOfficial = "former_official", military, thinkTank = "think_tank", academic, media,
        ngo, business, legal, religious, citizen, anonymous, other
}

public enum Gender: String, Hashable, Sendable, Codable {
    case female, male
}
