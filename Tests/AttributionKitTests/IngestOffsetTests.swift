import Testing
@testable import AttributionKit

@Suite struct IngestOffsetTests {
    @Test func crlfInputKeepsCodePointOffsets() {
        let text = "Ferry Fares Rise\r\n\r\nThe authority raised fares.\r\n\u{201C}It hurts,\u{201D} a rider said.\r\n"
        let article = IngestFixture.read(text)
        #expect(article.blocks.map(\.text) == ["Ferry Fares Rise", "The authority raised fares.", "\u{201C}It hurts,\u{201D} a rider said."])
        let scalars = Array(text.unicodeScalars)
        let quote = article.blocks[2]
        let span = quote.inputSpan(0..<quote.text.unicodeScalars.count)
        #expect(span == TextSpan(49, 74))
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == quote.text)
    }

    @Test func curlyQuotesNonBreakingSpacesAndAstralScalarsCountOnce() {
        let text = "Title \u{1F30A} Here\n\u{00A0}\u{201C}Tide\u{00A0}is high,\u{201D} said\u{00A0}Ola Berg.\u{00A0}\n"
        let article = IngestFixture.read(text)
        let body = article.blocks[1]
        #expect(body.text == "\u{201C}Tide\u{00A0}is high,\u{201D} said\u{00A0}Ola Berg.")
        // "Title 🌊 Here\n" is 13 code points and the NBSP that opens the line is trimmed away.
        #expect(body.inputSpan(0..<1) == TextSpan(14, 15))
        #expect(IngestFixture.offsetsMatch(article, text))
    }

    @Test func loneCarriageReturnsEndLines() {
        let article = IngestFixture.read("Old Mac Headline\rA paragraph here.\rAnother one.")
        #expect(article.blocks.count == 3)
        #expect(article.blocks[2].inputSpan(0..<3) == TextSpan(35, 38))
    }

    @Test func byteOrderMarkIsCountedButNotPartOfTheTitle() {
        let text = "\u{FEFF}Headline Here\nBody text here.\n"
        let article = IngestFixture.read(text)
        #expect(article.title == "Headline Here")
        #expect(article.blocks[0].inputSpan(0..<1) == TextSpan(1, 2))
    }
}
