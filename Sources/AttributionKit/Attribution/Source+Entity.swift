extension Source {
    /// Takes the name, credentials and gender of the entity that speaks as this source; the entity is
    /// borrowed where it stands in the book rather than copied out of it.
    mutating func describe(as entity: borrowing Entity) {
        name = entity.kind == .unnamed || entity.kind == .document ? nil : entity.name
        anonymous = entity.kind == .unnamed
        vague = entity.vague
        description = entity.description
        titles = entity.titles
        organizations = entity.organizations
        organizationKinds = entity.organizationKinds
        namedAsOrganization = entity.kind == .organization
        givenAnAge = entity.givenAnAge
        gender = entity.kind == .organization ? nil : entity.gender
    }
}
