import Testing
@testable import AttributionKit

@Suite struct QuoteScannerTests {
    func quoted(_ text: String) -> [String] {
        let block = TokenizedBlock(index: 0, text: text)
        return block.quotes.map { block.text(tokens: $0.content) }
    }

    @Test func curlyAndStraightDoubleQuotes() {
        #expect(quoted("“One,” he said, \"two.\"") == ["One,", "two."])
    }

    @Test func singleQuotesAreNotApostrophes() {
        #expect(quoted("Vanta’ funding grew in the ’90s, and it’s ‘a fine mess’ now.") == ["a fine mess"])
    }

    @Test func nestedQuotesStayInsideTheOuterOne() {
        #expect(quoted("“He called it ‘a farce’ today,” she said.") == ["He called it ‘a farce’ today,"])
    }

    @Test func aQuoteInTheOtherStyleOfDoubleMarksStaysInsideTheOuterOne() {
        #expect(quoted("\"The question was: “Do you trust the council?” Most said no.\"") == ["The question was: “Do you trust the council?” Most said no."])
        #expect(quoted("“He called it \"a farce\" today,” she said. \"Next,\" he said.") == ["He called it \"a farce\" today,", "Next,"])
    }

    @Test func aParagraphOpenedByAMarkItNeverClosesKeepsItsInnerQuotesApart() {
        #expect(quoted("\"Pell walked onto the stage, chanting “Win! Win!”") == ["Pell walked onto the stage, chanting", "Win! Win!"])
    }

    @Test func anUnclosedQuoteRunsToTheEndOfTheBlock() {
        let block = TokenizedBlock(index: 0, text: "“First part of a long speech. More of it.")
        #expect(block.quotes.count == 1)
        #expect(block.quotes[0].close == nil)
    }

    @Test func anUnclosedSingleQuoteAfterAColonRunsToTheEndOfTheBlock() {
        #expect(quoted("Calder said: ‘The evidence was damning. Families were cut off.") == ["The evidence was damning. Families were cut off."])
        #expect(quoted("’90s fashion is back, and it’s everywhere.") == [])
    }

    @Test func aCurlyMarkOfTheWrongShapeActsByWhereItStands() {
        #expect(quoted("“Apparently not,“ he said. “Spots stay.”") == ["Apparently not,", "Spots stay."])
        #expect(quoted("” … they are unlike him,” she said.") == ["… they are unlike him,"])
    }

    @Test func aSecondOpeningMarkRecoversAMissingClose() {
        #expect(quoted("“Alpha “Beta,” she said.") == ["Alpha", "Beta,"])
    }

    @Test func doubledApostrophesQuoteLikeDoubleMarks() {
        #expect(quoted("''We are ready,'' said Oren Pike.") == ["We are ready,"])
    }

    @Test func threeApostrophesAfterAWordCloseANestedQuoteAndThenTheOuterOne() {
        #expect(quoted("''They told us, 'Stay home,''' said Oren Pike.") == ["They told us, 'Stay home,'"])
    }
}
