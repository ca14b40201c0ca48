import Foundation

/// Gives every source a category and a side from its credentials and the organisation registry,
/// and a gender from a gendered title ("spokeswoman", "chairman") when the engine found none.
public struct SourceProfiler: Sendable {
    public var knowledge: ProfileKnowledge {
        didSet { (categories, sides) = Self.rules(knowledge) }
    }
    /// The rules, made once with the knowledge: made for each article, they would copy it (every
    /// table in it retained and released).
    private var categories: CategoryClassifier
    private var sides: SideFinder

    public init(knowledge: ProfileKnowledge = ProfileKnowledge()) {
        self.knowledge = knowledge
        (categories, sides) = Self.rules(knowledge)
    }

    private static func rules(_ knowledge: ProfileKnowledge) -> (CategoryClassifier, SideFinder) {
        (CategoryClassifier(knowledge: knowledge), SideFinder(knowledge: knowledge))
    }

    /// A profiler whose registry has the entries of a user file (`--registry FILE`) added.
    public init(registryFile url: URL) throws {
        self.init(knowledge: ProfileKnowledge(registry: try OrganizationRegistry(addingContentsOf: url)))
    }

    /// Takes `sources` over: an array no one else holds is updated in place rather than copied.
    public func profile(_ sources: consuming [Source], in article: Article) -> [Source] {
        let findings = findings(for: sources)
        var profiled = sources
        for index in profiled.indices {
            profiled[index].category = findings[index].category
            profiled[index].side = findings[index].side
            profiled[index].gender = findings[index].gender
        }
        return profiled
    }

    /// The category, side and gender of each source, read from the sources where they stand
    /// (writing them while reading would copy the array to keep the reads intact).
    private func findings(for sources: [Source]) -> [(category: SourceCategory, side: String?, gender: Gender?)] {
        var findings: [(category: SourceCategory, side: String?, gender: Gender?)] = []
        findings.reserveCapacity(sources.count)
        // Each source is read where it stands, through a pointer: a source taken out of the array,
        // even to be borrowed, is copied, every string and array in it retained and released.
        sources.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for index in buffer.indices {
                let source = first + index
                let evidence = SourceEvidence(source, knowledge: knowledge)
                let category = categories.category(of: evidence, articleSources: sources)
                findings.append((
                    category,
                    source.pointee.side ?? sides.side(of: evidence, category: category),
                    source.pointee.gender ?? knowledge.titles.gender(of: evidence.titles.lazy.map(\.words))
                ))
            }
        }
        return findings
    }
}
