import Testing
@testable import AttributionKit

@Suite struct ExplanationTextTests {
    @Test func writesLiteralsStringsAndNumbersAndStartsAfreshAfterEachSentence() {
        var text = ExplanationText()
        text.append("“")
        text.append(contentsOf: "Wen Lirong")
        text.append("” has ")
        text.append(-42)
        text.append(" × ")
        text.append(0)
        #expect(text.finish() == "“Wen Lirong” has -42 × 0")
        text.append(contentsOf: "Xinhua")
        #expect(text.finish() == "Xinhua")
        #expect(text.finish() == "")
        // Longer than the room made at first.
        let long = String(repeating: "independent expert ", count: 40)
        text.append(contentsOf: long)
        #expect(text.finish() == long)
    }

    @Test func listsAndCountsAreWrittenInEnglish() {
        var text = ExplanationText()
        EnglishList.append(["A", "B", "C", "D", "E", "F"], to: &text)
        #expect(text.finish() == "A, B, C, D and 2 others")
        EnglishList.append(["A", "B", "C", "D", "E"], to: &text)
        #expect(text.finish() == "A, B, C, D and 1 other")
        EnglishList.append(["A", "B"], limit: 3, to: &text)
        #expect(text.finish() == "A and B")
        EnglishList.append([], to: &text)
        #expect(text.finish() == "nobody")
        EnglishList.appendCount(1, "statement", to: &text)
        text.append(", ")
        EnglishList.appendCount(3, "statement", to: &text)
        #expect(text.finish() == "1 statement, 3 statements")
    }
}
