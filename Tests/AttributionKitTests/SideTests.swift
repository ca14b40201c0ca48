import Testing
@testable import AttributionKit

@Suite struct SideTests {
    let profiler = SourceProfiler()
    let article = Article(id: "a", origin: "test", format: .text, blocks: [])

    func side(_ source: Source) -> String? {
        profiler.profile([source], in: article)[0].side
    }

    @Test func aDemonymInATitleOrOrganisationGivesTheSide() {
        #expect(side(Source(id: "s", name: "Wen Lirong", titles: ["spokeswoman"], organizations: ["Chinese Foreign Ministry"])) == "China")
        #expect(side(Source(id: "s", name: "Arash Tavani", titles: ["ambassador"], organizations: ["Iranian"])) == "Iran")
        #expect(side(Source(id: "s", name: "Tomas Reyes", titles: ["Mexican foreign minister"])) == "Mexico")
    }

    @Test func aPossessiveCountryInAnOrganisationsNameGivesTheSide() {
        #expect(side(Source(id: "s", name: "Norway's mission to the United Nations")) == "Norway")
        #expect(side(Source(id: "s", name: "Norway's Ministry of Fisheries")) == "Norway")
    }

    @Test func theRegistryGivesTheSideOfKnownOrganisations() {
        #expect(side(Source(id: "s", name: "Lena Marsh", titles: ["senior fellow"], organizations: ["CSIS"])) == "United States")
        #expect(side(Source(id: "s", name: "Xinhua")) == "China")
        #expect(side(Source(id: "s", name: "Kyle Brandt", titles: ["press secretary"], organizations: ["Pentagon", "Air Force"])) == "United States")
        #expect(side(Source(id: "s", anonymous: true, description: "a former Pentagon budget official")) == "United States")
    }

    @Test func anOutletNamedAfterAPlaceDoesNotSpeakForIt() {
        #expect(side(Source(id: "s", name: "South China Morning Post")) == nil)
        #expect(side(Source(id: "s", name: "Reuters")) == nil)
    }

    @Test func aCountryThatIsTheSubjectOrTheBaseIsNotTheSide() {
        #expect(side(Source(id: "s", name: "Oren Gale", titles: ["envoy to China"])) == nil)
        #expect(side(Source(id: "s", name: "Faisal Noor", titles: ["Dubai-based journalist"])) == nil)
        #expect(side(Source(id: "s", name: "Ravi Sethi", titles: ["senior fellow"], organizations: ["New Delhi-based Institute of Harbour Studies"])) == nil)
    }

    @Test func whatARoleIsAboutIsNotTheSide() {
        let adviser = Source(id: "s", name: "Rick Vance", titles: ["senior adviser", "director for countering Iran's missile program"],
                             organizations: ["Foundation for Defense of Democracies"])
        #expect(side(adviser) == "United States")
        #expect(side(Source(id: "s", name: "Reza Tabrizi", titles: ["Minister of Foreign Affairs of Iran"])) == "Iran")
    }

    @Test func anExpertsOrganisationNamedAfterACountryIsNotTheirSide() {
        let consultant = Source(id: "s", name: "Clara Voss", titles: ["consultant"], organizations: ["Iran Policy Forum"])
        #expect(side(consultant) == nil)
        #expect(side(Source(id: "s", name: "Tehran")) == "Iran")
    }

    @Test func aPastRoleGivesASideOnlyToAFormerOfficial() {
        #expect(side(Source(id: "s", name: "Clara Voss", titles: ["former CIA officer", "founder"], organizations: ["Brightwater LLC"])) == nil)
        #expect(side(Source(id: "s", name: "Hal Dreyer", titles: ["former Pentagon official"])) == "United States")
    }

    @Test func aPartyInATitleIsTheSide() {
        #expect(side(Source(id: "s", name: "Cole Bramwell", titles: ["Republican Sen."])) == "Republican Party")
        #expect(side(Source(id: "s", name: "Nia Forde", titles: ["Democratic nominee"])) == "Democratic Party")
        #expect(side(Source(id: "s", name: "Dana Whitcombe", titles: ["Sen."], organizations: ["Republican"])) == "Republican Party")
    }

    @Test func aPersonsNameIsNeverReadForACountry() {
        #expect(side(Source(id: "s", name: "Jordan Chad")) == nil)
    }

    @Test func aSideTheEngineAlreadyGaveIsKept() {
        #expect(side(Source(id: "s", name: "Ada Quill", titles: ["senator"], side: "Canada")) == "Canada")
    }

    @Test func aCountryAfterNewNamesAnotherPlace() {
        #expect(side(Source(id: "s", name: "Rosa Vidal", titles: ["state epidemiologist"], organizations: ["New Mexico"])) == nil)
        #expect(side(Source(id: "s", name: "Rosa Vidal", titles: ["consul"], organizations: ["Mexican Consulate"])) == "Mexico")
    }

    @Test func aLowercaseWordInATitleIsNoRegisteredOrganisation() {
        // "who" is no WHO.
        #expect(side(Source(id: "s", name: "Jon Pike", titles: ["who teaches at Kessel Law School"], organizations: ["Kessel Law School"])) == nil)
    }
}
