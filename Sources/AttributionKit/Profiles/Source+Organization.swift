extension Source {
    /// Whether the source is an organisation speaking for itself ("U.S. Treasury Department",
    /// "Axios") rather than a person: named, with no credentials of its own, and classified from
    /// its name. Meaningful once the profiler has set the category.
    var isOrganization: Bool {
        isOrganization(as: category)
    }

    /// Whether the source would be an organisation speaking for itself were its category `category`.
    func isOrganization(as category: SourceCategory) -> Bool {
        hasBareName && category.isOrganizationKind
    }

    /// Named, not anonymous, with no titles or organisations: all a source needs to be an
    /// organisation speaking for itself but a category of one (`SourceEvidence.hasBareName`).
    var hasBareName: Bool {
        name != nil && !anonymous && titles.isEmpty && organizations.isEmpty
    }
}

extension SourceCategory {
    /// Whether a source of this category named without credentials is an organisation rather
    /// than a person (a citizen, a former official).
    var isOrganizationKind: Bool {
        switch self {
        case .other, .anonymous, .citizen, .formerOfficial: return false
        default: return true
        }
    }
}
