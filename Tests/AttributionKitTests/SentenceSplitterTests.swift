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

    @Test func anExclamationBeforeTheCueKeepsTheSentence() {
        #expect(sentences("“Never again!” Brandt said. Rain fell.") == ["“Never again!” Brandt said.", "Rain fell."])
    }
}
