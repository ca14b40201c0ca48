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
        // Each source is profiled in place in one copy of the array, so no source is copied on its own.
        var profiled = sources
        for index in profiled.indices {
            let evidence = SourceEvidence(profiled[index], titles: knowledge.titles)
            profiled[index].category = categories.category(of: profiled[index], evidence: evidence)
            if profiled[index].side == nil {
                profiled[index].side = sides.side(of: profiled[index], evidence: evidence, category: profiled[index].category)
            }
            if profiled[index].gender == nil {
                profiled[index].gender = knowledge.titles.gender(of: evidence.titles.map(\.words))
            }
        }
        return profiled
    }
}
