import Testing
@testable import AttributionKit

@Suite struct SpeakerTests {
    @Test func everythingBeforeTheNameIsCredential() {
        let result = Story.attribute("“Prices will fall,” Institute for Coastal Studies senior fellow Oona Hale told reporters.")
        let source = try! #require(result.source(of: "Prices will fall"))
        #expect(source.name == "Oona Hale")
        #expect(source.titles.contains("senior fellow"))
        #expect(source.organizations.contains("Institute for Coastal Studies"))
    }

    @Test func militaryRanksStayOutOfTheName() {
        let result = Story.attribute("“We are ready,” Navy press secretary Rear Adm. Cal Brisk said.")
        #expect(result.speaker(of: "We are ready") == "Cal Brisk")
    }

    @Test func theAddresseeIsNotTheSpeaker() {
        let result = Story.attribute(
            "Envoy Tamsin Orr met Deputy Minister Halvard Bex.",
            "“Our ties are strong,” Orr told Deputy Minister Halvard Bex at the summit.")
        #expect(result.speaker(of: "Our ties are strong") == "Tamsin Orr")
        #expect(!result.sources.contains { $0.name == "Halvard Bex" })
    }

    @Test func splitQuoteGivesTwoRecordsForOneSpeaker() {
        let result = Story.attribute("“The first part,” said Wren Adley. “The second part.”")
        #expect(result.attributions.count == 2)
        #expect(result.speaker(of: "The second part") == "Wren Adley")
    }

    @Test func aQuoteParagraphContinuesThePreviousSpeaker() {
        let result = Story.attribute("“We start today,” said Ivo Pratt.", "“And we finish tomorrow.”")
        #expect(result.speaker(of: "And we finish tomorrow") == "Ivo Pratt")
    }

    @Test func partialQuoteGoesToTheSentenceSpeaker() {
        let result = Story.attribute("Governor Lise Amber touted the “historic agreement” between the two towns.")
        let quote = try! #require(result.quote("historic agreement"))
        #expect(quote.kind == .partial)
        #expect(result.speaker(of: "historic agreement") == "Lise Amber")
    }

    @Test func quotedTitlesAreNotSpeech() {
        let result = Story.attribute("The mayor praised the “Green Harbor Initiative” at length.")
        #expect(result.attributions.isEmpty)
    }
}
