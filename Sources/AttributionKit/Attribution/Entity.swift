/// A person, organisation or unnamed group the article mentions, with what it says about them.
struct Entity: Sendable {
    enum Kind: Sendable {
        case person, organization, unnamed
        /// A document or message that carries words: "the email", "an early tweet", "the poll".
        case document
        /// Sources that speak together ("Mara Oden and Teo Vale said"): `members`, each a source of the statement.
        case joint
    }

    var kind: Kind
    var name: String?
    var description: String?
    var vague = false
    var titles: [String] = []
    var organizations: [String] = []
    /// The entities of a joint source, in the order the text names them.
    var members: [Int] = []
    /// `Mention.organizationKinds` of every mention.
    var organizationKinds: [String: String] = [:]
    var gender: Gender?
    /// The gender was read from the subject of a claim ("Pell said she would …"), which is most often the
    /// speaker but not always: an honorific or a gendered title given later overrides it.
    var genderIsGuessed = false
    /// The gender a person's first name most often has ("Ruth Abell"): it steers "he" and "she" when the text gives
    /// none, but no report states it.
    var nameGender: Gender?
    /// Whether a statement of the entity's was read: "Mr. Osk" is more likely the Osk who speaks.
    var hasSpoken = false
    /// Some mention gave the person's age beside the name ("Mara Lind, 34,").
    var givenAnAge = false

    /// The gender the text gives, else the one the first name suggests.
    var likelyGender: Gender? { gender ?? nameGender }

    /// Whether two titles are one whatever their case; spelled alike or of unequal length, they are told apart without
    /// lowercasing them.
    static func isSameTitle(_ a: String, _ b: String) -> Bool {
        a == b || (a.utf8.count == b.utf8.count && a.lowercased() == b.lowercased())
    }

    mutating func addCredentials(_ mention: Mention) {
        // ("the president of Veloria", then "President Amara Kessy": one title.)
        for title in mention.titles where !titles.contains(where: { Entity.isSameTitle($0, title) }) { titles.append(title) }
        for org in mention.organizations where !organizations.contains(org) { organizations.append(org) }
        if mention.givenAnAge { givenAnAge = true }
        // (Most mentions give no kind: the merge, which checks the dictionary's uniqueness, is skipped for them.)
        if !mention.organizationKinds.isEmpty { organizationKinds.merge(mention.organizationKinds) { first, _ in first } }
        if gender == nil || genderIsGuessed, let g = mention.gender {
            gender = g
            genderIsGuessed = false
        }
    }
}
