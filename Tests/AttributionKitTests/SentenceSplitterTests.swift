import Testing
@testable import AttributionKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let block = TokenizedBlock(index: 0, text: text)
        return block.sentences.map { block.text(tokens: $0) }
    }

    @Test func titlesAndDatesNeverEndASentence() {
        let text = "Sen. Ola Brandt met Gov. Pim Rask on Oct. 3 in the U.S. capital. They talked."
        #expect(sentences(text) == ["Sen. Ola Brandt met Gov. Pim Rask on Oct. 3 in the U.S. capital.", "They talked."])
    }

    @Test func aCapitalLetterBeforeASentenceStarterEndsTheSentence() {
        let text = "The council backed Plan B. The mayor agreed with Ana J. Pell."
        #expect(sentences(text) == ["The council backed Plan B.", "The mayor agreed with Ana J. Pell."])
    }

    @Test func aSentenceNeverEndsInsideAQuote() {
        let text = "“We tried. We failed,” said Rask. Then he left."
        #expect(sentences(text) == ["“We tried. We failed,” said Rask.", "Then he left."])
    }

    /// "said in a post on X. “How …”" and "said no. Marsh said" end sentences; "No. 10 Downing Street" does not.
    @Test func anInitialBeforeAQuoteAndNoBeforeANameEndTheSentence() {
        #expect(sentences("Vale said in a post on X. “How can it last?”") == ["Vale said in a post on X.", "“How can it last?”"])
        #expect(sentences("Holloway said no. Marsh said yes.") == ["Holloway said no.", "Marsh said yes."])
        #expect(sentences("They met at No. 10 Downing Street.") == ["They met at No. 10 Downing Street."])
    }

    /// "ended at 11 p.m. “This …”" ends a sentence; "the U.S. “national interest” clause" does not.
    @Test func aClosingAbbreviationBeforeAQuoteThatOpensWithACapitalEndsTheSentence() {
        #expect(sentences("The vote ended at 11 p.m. “This is historic,” Harrow said.") == ["The vote ended at 11 p.m.", "“This is historic,” Harrow said."])
        #expect(sentences("Pike voted no. “It is bad,” he said.") == ["Pike voted no.", "“It is bad,” he said."])
        #expect(sentences("He praised the U.S. “national interest” clause.") == ["He praised the U.S. “national interest” clause."])
        #expect(sentences("Critics of the U.S. “Remain in Port” policy spoke.") == ["Critics of the U.S. “Remain in Port” policy spoke."])
    }

    @Test func anExclamationBeforeTheCueKeepsTheSentence() {
        #expect(sentences("“Never again!” Brandt said. Rain fell.") == ["“Never again!” Brandt said.", "Rain fell."])
    }
}
