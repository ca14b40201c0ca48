/// What a title word says about its holder: the category it points to, whether the
/// organisation it is held at decides instead, whether it is a press role, and any gender.
struct TitleRole: Hashable, Sendable {
    var category: SourceCategory
    /// "senior fellow", "director": the type of the organisation wins when it is known.
    var followsOrganization: Bool
    /// "spokeswoman", "press secretary": a ranked officer in a press role speaks for an office.
    var isPress: Bool
    /// "president": the head of whatever the title names; of an organisation of unknown kind
    /// ("president of Quillon") it says nothing about the category.
    var headsOrganization: Bool = false
    /// "son", "niece": a family tie, through which a role after it ("son of the governor") is another's.
    var isKin: Bool = false
    /// "spokeswoman" → female, "chairman" → male.
    var gender: Gender?
}
