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
        // The rules read each source in `sources` and the results go into one copy of the array:
        // no source is copied on its own.
        var profiled = sources
        for index in sources.indices {
            let evidence = SourceEvidence(sources[index], knowledge: knowledge)
            let category = categories.category(of: sources[index], evidence: evidence)
            profiled[index].category = category
            if sources[index].side == nil {
                profiled[index].side = sides.side(of: sources[index], evidence: evidence, category: category)
            }
            if sources[index].gender == nil {
                profiled[index].gender = knowledge.titles.gender(of: evidence.titles.map(\.words))
            }
        }
        return profiled
    }
}
