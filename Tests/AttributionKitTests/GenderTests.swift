import Testing
@testable import AttributionKit

@Suite struct GenderTests {
    let profiler = SourceProfiler()
    let article = Article(id: "a", origin: "test", format: .text, blocks: [])

    func gender(_ source: Source) -> Gender? {
        profiler.profile([source], in: article)[0].gender
    }

    @Test func aHeOrSheOpeningTheSpeakersClaimGivesTheSpeakersGender() {
        let result = Story.attribute("Dana Pell said she would veto the ferry bill.", "Rolf Amsel said the bill would pass.")
        #expect(result.source(of: "she would veto")?.gender == .female)
        #expect(result.source(of: "the bill would pass")?.gender == nil)
    }

    /// "Carla Whitmore said he should resign": the pronoun was someone else; a later "Ms. Whitmore" is the same woman.
    @Test func anHonorificOverridesTheGenderGuessedFromAClaim() {
        let result = Story.attribute(
            "Carla Whitmore said he should resign at once. Ms. Whitmore leads the minority.",
            "“It is time,” Ms. Whitmore said.")
        #expect(result.sources.count == 1)
        #expect(result.source(of: "It is time")?.name == "Carla Whitmore")
        #expect(result.source(of: "he should resign")?.gender == .female)
    }

    /// "Robert Vance said she would resign": a pronoun that the speaker's first name contradicts is someone else.
    @Test func aClaimsPronounThatTheFirstNameContradictsGivesNoGender() {
        let result = Story.attribute("Robert Vance said she would resign by Friday.")
        #expect(result.source(of: "she would resign")?.name == "Robert Vance")
        #expect(result.source(of: "she would resign")?.gender == nil)
    }

    @Test func aPossessiveHerOpeningTheClaimGivesNoGender() {
        let result = Story.attribute("Critic Lars Bodin wrote that her prose was too neat.")
        #expect(result.source(of: "her prose was too neat")?.name == "Lars Bodin")
        #expect(result.source(of: "her prose was too neat")?.gender == nil)
    }

    @Test func genderedTitlesGiveAGenderTheEngineLeftOpen() {
        #expect(gender(Source(id: "s", name: "Wen Lirong", titles: ["Foreign Ministry spokeswoman"])) == .female)
        #expect(gender(Source(id: "s", name: "Basil Orme", titles: ["chairman"])) == .male)
        #expect(gender(Source(id: "s", name: "Ines Harlow", titles: ["congresswoman"])) == .female)
    }

    @Test func neutralTitlesGiveNoGender() {
        #expect(gender(Source(id: "s", name: "Robin Ashe", titles: ["spokesperson", "senior fellow"])) == nil)
    }

    @Test func aFirstNameAloneNeverGivesAGender() {
        #expect(gender(Source(id: "s", name: "Margaret Holloway", titles: ["professor"])) == nil)
        #expect(gender(Source(id: "s", name: "John Smithers")) == nil)
    }

    @Test func theEnginesGenderFromPronounsOrHonorificsIsKept() {
        #expect(gender(Source(id: "s", name: "Pat Orme", titles: ["chairman"], gender: .female)) == .female)
    }

    @Test func conflictingTitlesGiveNoGender() {
        #expect(gender(Source(id: "s", name: "Sam Vell", titles: ["spokesman", "chairwoman"])) == nil)
    }

    @Test func anUnnamedSourceDescribedByAGenderedTitleHasThatGender() {
        #expect(gender(Source(id: "s", anonymous: true, description: "a ministry spokeswoman", titles: ["spokeswoman"])) == .female)
    }

    @Test func aPronounGivingTheReasonForAnonymityGivesTheGender() {
        let she = Story.attribute(
            "A clinic administrator in Port Alder, who requested anonymity because she was not authorized to speak, said the ward was full.")
        #expect(she.source(of: "the ward was full")?.gender == .female)
        #expect(she.source(of: "the ward was full")?.organizations == [])
        let he = Story.attribute(
            "A senior port official, who spoke on condition of anonymity because he was not authorized to comment, said the cranes were idle.")
        #expect(he.source(of: "the cranes were idle")?.gender == .male)
        let them = Story.attribute("Ivo Brandt, who quit because they cut the crews, said the plant was unsafe.")
        #expect(them.source(of: "the plant was unsafe")?.gender == nil)
    }
}
