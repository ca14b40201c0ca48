import Testing
@testable import AttributionKit

@Suite struct ExplanationReportTests {
    static let story = """
        Harbor Levy Passes

        Dock manager Tova Reinholt opposed the levy for months.

        “We lost the vote,” she said. “We will try again in spring.”

        The council clerk read the result aloud.
        """

    static func explanation(_ text: String) throws -> String {
        let article = PlainTextReader().read(Array(text.unicodeScalars), origin: "story.txt")
        return try ReportRenderer(form: .explanation).render(Analyzer().analyze(article), as: .md)
    }

    @Test func eachStatementShowsItsMentionSourceAndRule() throws {
        let explanation = try Self.explanation(Self.story)
        #expect(explanation.contains("speaker “she” → **Tova Reinholt** · rule *quote, NAME CUE* · cue “said”"))
        #expect(explanation.contains("rule *same speaker as the statement beside it*"))
        #expect(explanation.contains("1. ¶2 direct:"))
    }

    @Test func aQuoteWithoutSpeakerSaysSo() throws {
        let explanation = try Self.explanation("Pier Notes\n\nThe pier closed.\n\n“Nobody asked us,” was painted on the gate.\n")
        #expect(explanation.contains("→ nobody · rule *none*"))
        #expect(explanation.contains("1 without a speaker."))
    }

    @Test func explanationIsOnlyMarkdown() {
        #expect(throws: ReportError.formNeedsMarkdown(.explanation, .json)) {
            try ReportRenderer(form: .explanation).render(ReportFixtures.harborAudit, as: .json)
        }
    }
}
