extension Source {
    /// Whether the source is an organisation speaking for itself ("U.S. Treasury Department",
    /// "Axios") rather than a person: named, with no credentials of its own, and classified from
    /// its name. Meaningful once the profiler has set the category.
    var isOrganization: Bool {
        isOrganization(as: category)
    }

    /// Whether the source would be an organisation speaking for itself were its category `category`.
    func isOrganization(as category: SourceCategory) -> Bool {
        guard name != nil, !anonymous, titles.isEmpty, organizations.isEmpty else { return false }
        switch category {
        case .other, .anonymous, .citizen, .formerOfficial: return false
        default: return true
        }
    }
}
