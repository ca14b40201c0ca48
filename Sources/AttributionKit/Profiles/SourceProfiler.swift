import Foundation

/// Gives every source a category and a side from its credentials and the organisation registry,
/// and a gender from a gendered title ("spokeswoman", "chairman") when the engine found none.
public struct SourceProfiler: Sendable {
    public var knowledge: ProfileKnowledge

    public init(knowledge: ProfileKnowledge = ProfileKnowledge()) {
        self.knowledge = knowledge
    }

    /// A profiler whose registry has the entries of a user file (`--registry FILE`) added.
    public init(registryFile url: URL) throws {
        self.init(knowledge: ProfileKnowledge(registry: try OrganizationRegistry(addingContentsOf: url)))
    }

    public func profile(_ sources: [Source], in article: Article) -> [Source] {
        let categories = CategoryClassifier(knowledge: knowledge)
        let sides = SideFinder(knowledge: knowledge)
        // Each source is profiled in the copy the loop makes.
        var profiled: [Source] = []
        profiled.reserveCapacity(sources.count)
        for var source in sources {
            let evidence = SourceEvidence(source, titles: knowledge.titles)
            source.category = categories.category(of: source, evidence: evidence)
            source.side = source.side ?? sides.side(of: source, evidence: evidence, category: source.category)
            if source.gender == nil {
                source.gender = knowledge.titles.gender(of: evidence.titles.map(\.words))
            }
            profiled.append(source)
        }
        return profiled
    }
}
