import Testing
@testable import AttributionKit

@Suite struct AnalyzerTests {
    @Test func statementsToldToTheOutletItselfAreNotSecondhand() {
        let article = Article(
            id: "a", origin: "test", outlet: "The Harbour Ledger", format: .text,
            blocks: [Block(kind: .body, text: "Quiet.", offsets: .contiguous(start: 0))]
        )
        #expect(article.isOwnOutlet("the Harbour Ledger"))
        #expect(!article.isOwnOutlet("Northgate Wire"))
        #expect(!article.isOwnOutlet(nil))
    }

    @Test func anArticleWithoutAnOutletOwnsNoOutlet() {
        let article = Article(id: "a", origin: "test", format: .text, blocks: [])
        #expect(!article.isOwnOutlet("The Harbour Ledger"))
    }
}
