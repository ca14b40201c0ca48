import Foundation
import Testing
@testable import AttributionKit

/// Balance scores of fictional articles, every expected value worked out by hand from docs/scoring.md.
@Suite struct BalanceTests {
    let scorer = BalanceScorer()
    typealias F = BalanceFixtures

    /// Four sources: a Chinese ministry spokeswoman (40 words, half of it through another outlet),
    /// an American think-tank fellow (20), an anonymous former Pentagon official (10), Xinhua (10).
    func harbourArticle() -> Balance {
        let sources = [
            Source(id: "s1", name: "Wen Lirong", titles: ["spokeswoman"], organizations: ["Chinese Foreign Ministry"],
                   category: .government, gender: .female, side: "China"),
            Source(id: "s2", name: "Leo Marsh", titles: ["senior fellow"], organizations: ["CSIS"],
                   category: .thinkTank, gender: .male, side: "United States"),
            Source(id: "s3", anonymous: true, description: "a former Pentagon budget official", category: .anonymous,
                   side: "United States"),
            Source(id: "s4", name: "Xinhua", category: .media, side: "China"),
        ]
        let statements = [
            F.statement("s1", words: 20, block: 0),
            F.statement("s1", words: 20, block: 1, via: "Dunmore Gazette", viaIsOutlet: true),
            F.statement("s2", words: 20, block: 2),
            F.statement("s3", words: 10, block: 3, kind: .indirect),
            F.statement("s4", words: 10, block: 4, kind: .indirect),
        ]
        return scorer.score(article: F.article(), sources: sources, attributions: statements)
    }

    @Test func eachComponentFollowsItsFormula() {
        let balance = harbourArticle()
        // Shares 1/2, 1/4, 1/8, 1/8: H = 1.75 ln 2, exp(H) = 2^1.75 = 3.364 voices.
        #expect(abs(F.component(balance, .voiceDiversity).value - pow(2, 1.75) / 4) < 1e-9)
        // 4 of 5 statements come from named sources with a role (Xinhua is an organisation).
        #expect(abs(F.component(balance, .transparency).value - 0.8) < 1e-9)
        // 30 of 80 words from named non-officials (Marsh, Xinhua); an expert speaks: (0.375 + 1) / 2.
        #expect(abs(F.component(balance, .independence).value - 0.6875) < 1e-9)
        // China 50 words, United States 30: Simpson 1 − (0.625² + 0.375²) = 0.46875, over 0.5.
        #expect(abs(F.component(balance, .perspectiveSpread).value - 0.9375) < 1e-9)
        // Two of five statements come from other outlets: the Gazette and Xinhua itself.
        #expect(abs(F.component(balance, .directness).value - 0.6) < 1e-9)
        // One woman, one man: parity.
        #expect(F.component(balance, .genderRepresentation).value == 1)
    }

    @Test func theScoreIsTheWeightedMeanOfTheComponents() {
        // 0.25·0.8409 + 0.2·0.8 + 0.2·0.6875 + 0.15·0.9375 + 0.1·0.6 + 0.1·1 = 0.8083
        #expect(harbourArticle().score == 80.8)
        #expect(abs(harbourArticle().components.reduce(0) { $0 + $1.weight } - 1) < 1e-9)
    }

    @Test func explanationsNameTheSourcesBehindThem() {
        let balance = harbourArticle()
        #expect(F.component(balance, .voiceDiversity).explanation.contains("Wen Lirong 50%"))
        #expect(F.component(balance, .transparency).explanation.contains("a former Pentagon budget official (anonymous)"))
        #expect(F.component(balance, .independence).explanation.contains("independent experts: Leo Marsh"))
        #expect(F.component(balance, .perspectiveSpread).explanation.contains("China 63% (Wen Lirong and Xinhua) and United States 38%"))
        #expect(F.component(balance, .directness).explanation.contains("Dunmore Gazette and Xinhua"))
    }

    @Test func flagsNameAnonymousAndSecondhandSources() {
        let flags = harbourArticle().flags
        #expect(flags.map(\.code) == ["anonymous_sources", "secondhand"])
        #expect(flags[0].sources == ["s3"])
        #expect(flags[1].message == "2 statements taken from other outlets: Dunmore Gazette and Xinhua.")
        #expect(flags[1].sources == ["s1", "s4"])
    }

    @Test func anArticleWithoutQuotesScoresZero() {
        let balance = scorer.score(article: F.article(), sources: [], attributions: [])
        #expect(balance.score == 0)
        #expect(balance.components.allSatisfy { $0.value == 0 })
        #expect(balance.flags.map(\.code) == ["no_sources"])
    }

    @Test func oneSourceIsOneVoice() {
        let sources = [Source(id: "s1", name: "Ada Quill", titles: ["professor"], category: .academic)]
        let balance = scorer.score(article: F.article(), sources: sources,
                                   attributions: [F.statement("s1", words: 12), F.statement("s1", words: 8, block: 1)])
        #expect(F.component(balance, .voiceDiversity).value == 0.25)
        #expect(F.component(balance, .transparency).value == 1)
        #expect(F.component(balance, .independence).value == 1)
        #expect(F.component(balance, .directness).value == 1)
        // No side and no gender: both left out, their weight spread over the other four (0.75 in all).
        #expect(F.component(balance, .perspectiveSpread).weight == 0)
        #expect(F.component(balance, .genderRepresentation).weight == 0)
        #expect(abs(F.component(balance, .voiceDiversity).weight - 0.25 / 0.75) < 1e-9)
        // (0.25·0.25 + 0.2 + 0.2 + 0.1) / 0.75 = 0.75
        #expect(balance.score == 75)
        #expect(balance.flags.map(\.code) == ["single_source"])
    }

    @Test func onlyAnonymousSourcesScoreLow() {
        let sources = [
            Source(id: "s1", anonymous: true, description: "three people briefed on the harbour talks", category: .anonymous),
            Source(id: "s2", anonymous: true, vague: true, description: "experts", category: .anonymous),
        ]
        let balance = scorer.score(article: F.article(), sources: sources,
                                   attributions: [F.statement("s1", words: 15, kind: .indirect), F.statement("s2", words: 5, block: 1, kind: .indirect)])
        // Shares 0.75 / 0.25: exp(H) = 1.755 voices.
        let voices = exp(-(0.75 * log(0.75) + 0.25 * log(0.25))) / 4
        #expect(abs(F.component(balance, .voiceDiversity).value - voices) < 1e-9)
        #expect(F.component(balance, .transparency).value == 0)
        #expect(F.component(balance, .independence).value == 0)
        #expect(F.component(balance, .directness).value == 1)
        // (0.25·0.4387 + 0.1) / 0.75 = 0.2796
        #expect(balance.score == 28)
        #expect(balance.flags.map(\.code) == ["dominant_voice", "no_independent_expert", "anonymous_sources", "vague_attributions"])
        #expect(balance.flags.last?.message == "1 statement attributed vaguely: “experts”.")
    }

    @Test func genderIsLeftOutWhenOnlyOneSourceHasOne() {
        let sources = [
            Source(id: "s1", name: "Ada Quill", titles: ["professor"], category: .academic, gender: .female),
            Source(id: "s2", name: "Bram Ostrow", titles: ["analyst"], category: .thinkTank),
        ]
        let balance = scorer.score(article: F.article(), sources: sources,
                                   attributions: [F.statement("s1", words: 10), F.statement("s2", words: 10, block: 1)])
        let gender = F.component(balance, .genderRepresentation)
        #expect(gender.weight == 0)
        #expect(gender.explanation.contains("only Ada Quill"))
    }

    @Test func allWomenOrAllMenIsFarFromParity() {
        let sources = [
            Source(id: "s1", name: "Ada Quill", category: .academic, gender: .female),
            Source(id: "s2", name: "Ida Brand", category: .academic, gender: .female),
            Source(id: "s3", name: "Una Fell", category: .academic, gender: .female),
            Source(id: "s4", name: "Cal Dorn", category: .academic, gender: .male),
        ]
        let balance = scorer.score(article: F.article(), sources: sources,
                                   attributions: (0..<4).map { F.statement("s\($0 + 1)", words: 5, block: $0) })
        // Three women of four: 1 − |2·0.75 − 1| = 0.5
        #expect(F.component(balance, .genderRepresentation).value == 0.5)
    }

    @Test func oneVoiceOverHalfAndOneSideAreFlagged() {
        let sources = [
            Source(id: "s1", name: "Wen Lirong", category: .government, side: "China"),
            Source(id: "s2", name: "Gao Pinghe", category: .government, side: "China"),
        ]
        let balance = scorer.score(article: F.article(), sources: sources,
                                   attributions: [F.statement("s1", words: 30), F.statement("s2", words: 20, block: 1)])
        #expect(balance.flags.map(\.code) == ["dominant_voice", "no_independent_expert", "one_side"])
        #expect(balance.flags[0].message == "Wen Lirong has 60% of the attributed words, over half.")
        #expect(balance.flags[2].sources == ["s1", "s2"])
        // One side only: Simpson 0.
        #expect(F.component(balance, .perspectiveSpread).value == 0)
        // Officials only, no expert.
        #expect(F.component(balance, .independence).value == 0)
    }

    @Test func repeatedParagraphsAreCountedOnceAndFlagged() {
        let sources = [Source(id: "s1", name: "Ada Quill", titles: ["professor"], category: .academic),
                       Source(id: "s2", name: "Cal Dorn", titles: ["minister"], category: .government)]
        let article = F.article(duplicates: [3: 1])
        let balance = scorer.score(article: article, sources: sources, attributions: [
            F.statement("s1", words: 10, block: 1), F.statement("s2", words: 10, block: 2), F.statement("s1", words: 10, block: 3),
        ])
        // The repeat in block 3 is left out: 10 words each, two equal voices.
        #expect(abs(F.component(balance, .voiceDiversity).value - 0.5) < 1e-9)
        #expect(balance.flags.last?.code == "duplicated_paragraphs")
        #expect(balance.flags.last?.message == "1 paragraph repeats an earlier one; repeated statements are counted once.")
    }

    @Test func statementsWithoutASpeakerCountOnlyForDirectness() {
        let sources = [Source(id: "s1", name: "Ada Quill", titles: ["professor"], category: .academic)]
        let balance = scorer.score(article: F.article(), sources: sources, attributions: [
            F.statement("s1", words: 10), F.statement(nil, words: 10, block: 1, via: "Harbour Daily", viaIsOutlet: true),
        ])
        #expect(F.component(balance, .transparency).value == 1)
        #expect(F.component(balance, .directness).value == 0.5)
        #expect(balance.flags.first { $0.code == "secondhand" }?.sources == [])
    }

    @Test func whatSourcesToldThePublishingOutletIsFirsthand() {
        let sources = [Source(id: "s1", name: "Ada Quill", titles: ["professor"], category: .academic),
                       Source(id: "s2", name: "The Harbour Ledger", category: .media)]
        let article = F.article(outlet: "The Harbour Ledger")
        let balance = scorer.score(article: article, sources: sources, attributions: [
            F.statement("s1", words: 10, via: "Harbour Ledger", viaIsOutlet: true),
            F.statement("s1", words: 10, block: 1, via: "Dunmore Gazette", viaIsOutlet: true),
            F.statement("s2", words: 10, block: 2, kind: .indirect),
        ])
        // Only the statement through the Gazette is secondhand: 1 − 1/3.
        #expect(abs(F.component(balance, .directness).value - 2.0 / 3.0) < 1e-9)
    }

    @Test func engineShapedSourcesAreProfiledThenScored() {
        let found = [
            Source(id: "s1", name: "Wen Lirong", titles: ["spokeswoman"], organizations: ["Chinese Foreign Ministry"]),
            Source(id: "s2", name: "Leo Marsh", titles: ["senior fellow"], organizations: ["CSIS"], gender: .male),
        ]
        let profiled = SourceProfiler().profile(found, in: F.article())
        #expect(profiled.map(\.category) == [.government, .thinkTank])
        #expect(profiled.map(\.side) == ["China", "United States"])
        let balance = scorer.score(article: F.article(), sources: profiled,
                                   attributions: [F.statement("s1", words: 10), F.statement("s2", words: 10, block: 1)])
        // Two even voices, two even sides, one woman and one man.
        #expect(F.component(balance, .voiceDiversity).value == 0.5)
        #expect(F.component(balance, .perspectiveSpread).value == 1)
        #expect(F.component(balance, .genderRepresentation).value == 1)
    }

    /// "Mara Oden and Teo Vale said …": a statement two sources made together is each one's, its words shared equally.
    @Test func aJointStatementCountsForEachSourceWithItsWordsShared() {
        let sources = [Source(id: "s1", name: "Mara Oden"), Source(id: "s2", name: "Teo Vale"), Source(id: "s3", name: "Ivo Pell")]
        var joint = F.statement("s1", words: 20)
        joint.jointSourceIDs = ["s2"]
        let voices = SourceVoices(article: F.article(), sources: sources, attributions: [joint, F.statement("s3", words: 20, block: 1)])
        #expect(voices.speakers.count == 3)
        #expect(voices.words == [10, 10, 20])
        #expect(voices.statementCounts == [1, 1, 1])
    }
}
