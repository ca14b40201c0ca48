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

    /// A newsletter's brief, read as plain text: each item opens with a dash, some with their source ("Per Xinhua"),
    /// and a reading tip quotes a title before its author.
    static let newsletterBrief = """
        Morning Dose: Health ministers split on the vaccine pact

        — Pelham won't sign the regional vaccine pact this year, per two officials briefed on the talks.

        — Per Xinhua, the Qinland government has already pledged $200 million to the fund.

        — "We have waited long enough," Dr. Amara Kell, director of the Regional Health Alliance, wrote on X.

        What we're reading: "Why pacts fail," by Omar Deane in Foreign Lens.

        Forward this newsletter to a friend. Sign up here.
        """

    @Test func aNewsletterBriefGivesEachItemItsSource() {
        let audit = Analyzer().analyze(PlainTextReader().read(Array(AnalyzerTests.newsletterBrief.unicodeScalars), origin: "brief.txt"))
        func statement(_ text: String) -> Attribution? { audit.attributions.first { $0.text.contains(text) } }
        #expect(audit.source(id: statement("Pelham won't sign")?.sourceID)?.description == "two officials briefed on the talks")
        #expect(audit.source(id: statement("the Qinland government")?.sourceID)?.name == "Xinhua")
        #expect(statement("We have waited long enough")?.kind == .direct)
        #expect(statement("We have waited long enough")?.via == "on X")
        #expect(statement("Why pacts fail") == nil)
        #expect(audit.attributions.count == 3)
    }
}
