import Foundation
import Testing
@testable import AttributionKit

@Suite struct ScoringTests {
    @Test func equalPartsHaveAnEffectiveNumberEqualToTheirCount() {
        #expect(abs(Diversity.shannonEntropy([5, 5, 5, 5]) - log(4)) < 1e-12)
        #expect(abs(Diversity.effectiveNumber([5, 5, 5, 5]) - 4) < 1e-12)
        #expect(Diversity.effectiveNumber([7]) == 1)
        #expect(Diversity.effectiveNumber([]) == 0)
    }

    @Test func herfindahlAndSimpsonAreComplements() {
        #expect(abs(Diversity.herfindahl([3, 1]) - 0.625) < 1e-12)
        #expect(abs(Diversity.simpson([3, 1]) - 0.375) < 1e-12)
        #expect(Diversity.simpson([4]) == 0)
        #expect(Diversity.simpson([]) == 0)
    }

    @Test func wordsAreCountedBetweenSpacesAndLineBreaks() {
        func words(_ text: String) -> Int {
            Attribution(kind: .direct, text: text, sourceID: nil, blockIndex: 0, span: TextSpan(0, 0)).wordCount
        }
        #expect(words("the pier  will\nreopen — soon") == 6)
        #expect(words("  ‘Not yet,’ ") == 2)
        #expect(words("") == 0)
        #expect(words("one\r\ntwo\tthree") == 3)
    }

    @Test func decimalsAreWrittenAsTheFormatterWritesThem() {
        let values = [0, 0.05, 0.125, 0.25, 0.375, 0.5, 0.995, 1, 1.25, 1.45, 2.675, 3.14159, 9.95, 9.999, 12.3456, 123456.789, -0.0, -1.25]
        for value in values + (0..<500).map({ Double($0) * 0.0137 }) {
            #expect(ReportNumbers.decimal(value, places: 1) == String(format: "%.1f", value))
            #expect(ReportNumbers.decimal(value, places: 2) == String(format: "%.2f", value))
        }
    }

    @Test func defaultWeightsCoverEveryComponentAndSumToOne() {
        let weights = BalanceWeights.defaults
        #expect(BalanceMeasure.allCases.allSatisfy { weights[$0] > 0 })
        #expect(abs(BalanceMeasure.allCases.reduce(0) { $0 + weights[$1] } - 1) < 1e-9)
    }

    func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aWeightsFileOverridesSomeDefaults() throws {
        let url = try file("# newsroom weights\ntransparency = 0.5\ndirectness=0  # not measured here\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let weights = try BalanceWeights(contentsOf: url)
        #expect(weights[.transparency] == 0.5)
        #expect(weights[.directness] == 0)
        #expect(weights[.voiceDiversity] == BalanceWeights.defaults[.voiceDiversity])
    }

    @Test func aJSONWeightsFileWorksToo() throws {
        let url = try file(#"{"independence": 2, "gender_representation": 0}"#)
        defer { try? FileManager.default.removeItem(at: url) }
        let weights = try BalanceWeights(contentsOf: url)
        #expect(weights[.independence] == 2)
        #expect(weights[.genderRepresentation] == 0)
    }

    @Test func badWeightsFilesAreNamedWithTheirProblem() {
        #expect { try BalanceWeights(text: "fairness = 1\n", origin: "w.conf") } throws: {
            "\($0)".hasPrefix("w.conf:1: unknown component 'fairness'")
        }
        #expect { try BalanceWeights(text: "\ntransparency = lots\n", origin: "w.conf") } throws: {
            "\($0)" == "w.conf:2: the weight of transparency is not a number: 'lots'"
        }
        #expect { try BalanceWeights(text: "transparency = -1\n", origin: "w.conf") } throws: {
            "\($0)" == "w.conf:1: the weight of transparency must be a number of 0 or more"
        }
        #expect { try BalanceWeights(text: #"{"transparency": "high"}"#, origin: "w.json") } throws: {
            "\($0)" == "w.json: not a JSON object of component names to numbers"
        }
        let allZero = BalanceMeasure.allCases.map { "\($0.rawValue) = 0" }.joined(separator: "\n")
        #expect { try BalanceWeights(text: allZero, origin: "w.conf") } throws: {
            "\($0)" == "w.conf: every weight is 0, so no score can be computed"
        }
    }

    @Test func weightsChangeTheScore() throws {
        let only = BalanceMeasure.allCases.map { "\($0.rawValue) = \($0 == .transparency ? 1 : 0)" }.joined(separator: "\n")
        let scorer = BalanceScorer(weights: try BalanceWeights(text: only, origin: "w.conf"))
        let sources = [Source(id: "s1", name: "Ada Quill", titles: ["professor"], category: .academic),
                       Source(id: "s2", anonymous: true, description: "a port worker", category: .anonymous)]
        let balance = scorer.score(article: BalanceFixtures.article(), sources: sources, attributions: [
            BalanceFixtures.statement("s1", words: 10), BalanceFixtures.statement("s2", words: 10, block: 1),
        ])
        // Transparency alone: 1 of 2 statements fully identified.
        #expect(balance.score == 50)
        #expect(BalanceFixtures.component(balance, .transparency).weight == 1)
    }

    @Test func theAnalyzerTakesWeightsAndRegistryFiles() throws {
        let weights = try file("transparency = 1\n")
        let registry = try file("Marlowe Policy Lab\tMPL\tthink_tank\tCanada\n")
        defer {
            try? FileManager.default.removeItem(at: weights)
            try? FileManager.default.removeItem(at: registry)
        }
        let analyzer = try Analyzer(weightsFile: weights, registryFile: registry)
        #expect(analyzer.scorer.weights[.transparency] == 1)
        let profiled = analyzer.profiler.profile([Source(id: "s1", name: "Noor Hale", titles: ["analyst"], organizations: ["MPL"])],
                                                 in: BalanceFixtures.article())
        #expect(profiled[0].category == .thinkTank)
        #expect(profiled[0].side == "Canada")
        #expect(throws: DataFileError.self) { try Analyzer(weightsFile: registry, registryFile: nil) }
    }
}
