/// Everything the profiler knows besides the article: the organisation registry, title words,
/// organisation head words and country names. The tables other than the registry are fixed.
public struct ProfileKnowledge: Sendable {
    public var registry: OrganizationRegistry
    let titles: TitleLexicon
    let heads: OrganizationHeads
    let countries: CountryNames

    public init(registry: OrganizationRegistry = .bundled) {
        self.registry = registry
        titles = .bundled
        heads = .bundled
        countries = .bundled
    }

    /// What an organisation named in a credential is: the registry entry, else its head word.
    func category(ofOrganization words: NameWords, strongOnly: Bool = false) -> SourceCategory? {
        guard !words.words.isEmpty else { return nil }
        if let organization = registry.organization(words) { return organization.category }
        return category(ofUnregisteredOrganization: words, strongOnly: strongOnly)
    }

    /// `category(ofOrganization:)` of words the registry is known not to hold whole (a source's
    /// name, looked up with its evidence): read from a country prefix and the head word.
    func category(ofUnregisteredOrganization words: NameWords, strongOnly: Bool = false) -> SourceCategory? {
        if let (_, range) = countries.speakingCountry(in: words), range.lowerBound == 0, range.upperBound < words.words.count {
            // "U.S. Treasury Department", "Chinese Foreign Ministry": the country prefix does not change the kind.
            let rest = words[range.upperBound..<words.words.count]
            if let organization = registry.organization(rest) { return organization.category }
        }
        return heads.category(of: words, strongOnly: strongOnly)
    }
}
