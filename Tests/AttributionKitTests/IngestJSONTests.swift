import Foundation
import Testing
@testable import AttributionKit

@Suite struct IngestJSONTests {
    static func load(_ json: String, name: String = "story.json") -> (articles: [Article], problems: [BatchProblem]) {
        ArticleLoader().read(Array(json.utf8), from: .file(name))
    }

    @Test func trafilaturaFieldsFillTheArticle() throws {
        let json = """
            {"title": "Ferry Fares Rise", "author": "Jonah Whitfield; Ola Berg", "sitename": "Gullport Courier",
             "hostname": "courier.example", "date": "2031-10-04", "url": "https://courier.example/fares",
             "text": "The ferry authority raised fares.\\n\\u201cIt hurts,\\u201d a rider said."}
            """
        let article = try #require(Self.load(json).articles.first)
        #expect(article.title == "Ferry Fares Rise")
        #expect(article.byline == ["Jonah Whitfield", "Ola Berg"])
        #expect(article.outlet == "Gullport Courier")
        #expect(article.date == "2031-10-04")
        #expect(article.id == "https://courier.example/fares")
        #expect(article.format == .json)
        #expect(IngestFixture.kinds(article) == [.body, .body])
    }

    @Test func offsetsCountCodePointsOfTheTextField() throws {
        let json = #"{"title": "T", "text": "Intro line.\n\u201cIt hurts,\u201d a rider said."}"#
        let article = try #require(Self.load(json).articles.first)
        let text = "Intro line.\n\u{201C}It hurts,\u{201D} a rider said."
        #expect(article.blocks[1].inputSpan(0..<1) == TextSpan(12, 13))
        #expect(IngestFixture.offsetsMatch(article, text))
    }

    @Test func newsPleaseFieldsFillTheArticle() throws {
        let json = """
            {"title": "Ferry Fares Rise", "authors": ["Jonah Whitfield"], "source_domain": "courier.example",
             "date_publish": "2031-10-04 08:00:00", "maintext": "Ferry Fares Rise\\nThe ferry authority raised fares."}
            """
        let article = try #require(Self.load(json).articles.first)
        #expect(article.byline == ["Jonah Whitfield"])
        #expect(article.outlet == "courier.example")
        #expect(article.date == "2031-10-04 08:00:00")
        #expect(IngestFixture.kinds(article) == [.title, .body])
    }

    @Test func hostnameOfAKnownOutletGivesTheOutletsName() throws {
        let json = """
            {"title": "Ferry Fares Rise", "source_domain": "www.theguardian.com", "maintext": "The ferry authority raised fares."}
            """
        let article = try #require(Self.load(json).articles.first)
        #expect(article.outlet == "The Guardian")
    }

    @Test func siteNameWinsOverTheHostname() throws {
        let json = """
            {"title": "Ferry Fares Rise", "sitename": "Gullport Courier", "hostname": "www.reuters.com", "text": "The ferry authority raised fares."}
            """
        let article = try #require(Self.load(json).articles.first)
        #expect(article.outlet == "Gullport Courier")
    }

    @Test func jsonLinesGiveOneArticlePerLine() {
        let jsonl = """
            {"title": "One", "text": "First story text."}
            {"title": "Two", "text": "Second story text."}
            """
        let read = Self.load(jsonl, name: "batch.jsonl")
        #expect(read.articles.map(\.title) == ["One", "Two"])
        #expect(read.articles.map(\.origin) == ["batch.jsonl:1", "batch.jsonl:2"])
        #expect(read.problems.isEmpty)
    }

    @Test func badJSONLineIsReportedAndTheOthersAreRead() {
        let jsonl = """
            {"title": "One", "text": "First story text."}
            {"title": "Two", "text": "Second sto
            {"title": "Three", "text": "Third story text."}
            """
        let read = Self.load(jsonl, name: "batch.jsonl")
        #expect(read.articles.map(\.title) == ["One", "Three"])
        #expect(read.problems.map(\.origin) == ["batch.jsonl:2"])
    }

    @Test func truncatedJSONObjectIsOneProblem() {
        let read = Self.load("{\n  \"title\": \"One\",\n  \"text\": \"First story")
        #expect(read.articles.isEmpty)
        #expect(read.problems.count == 1)
        #expect(read.problems.first?.message.contains("JSON") == true)
    }

    @Test func objectWithoutTextIsAProblem() {
        let read = Self.load(#"{"title": "Only a title"}"#)
        #expect(read.problems.first?.message == "JSON object has no text, maintext or raw_text field")
    }

    @Test func textFieldIsTheOffsetBaseExactlyAsWritten() throws {
        let json = #"{"title": "T", "maintext": "", "text": "\n  Intro line.\r\nSecond line."}"#
        let article = try #require(Self.load(json).articles.first)
        #expect(article.blocks.map(\.text) == ["Intro line.", "Second line."])
        #expect(article.blocks[0].inputSpan(0..<5) == TextSpan(3, 8))
        #expect(article.blocks[1].inputSpan(0..<6) == TextSpan(16, 22))
    }

    static func foundationValue(_ json: String, fragmentsAllowed: Bool = true) -> JSONValue? {
        let options: JSONSerialization.ReadingOptions = fragmentsAllowed ? [.fragmentsAllowed] : []
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: options)).map(JSONValue.init(foundation:))
    }

    static func scannedValue(_ json: String, fragmentsAllowed: Bool = true) -> JSONValue? {
        JSONScanner.value(of: Array(json.utf8)[...], fragmentsAllowed: fragmentsAllowed)
    }

    @Test(arguments: [
        #"{"title": "Ferry Fares Rise", "text": "A rider said \"no\".\n\u201cFine,\u201d he said.", "n": -12.5}"#,
        #"{"authors": ["Ola Berg", "Jonah Whitfield"], "title": "One", "title": "Two", "url": null, "ok": true}"#,
        #"[{"text": "Caf\u00E9 \ud83d\ude00 \/ \b\f\r\t"}, 0, false, [], {}]"#,
        #"  {"te\u0078t" : "Spaced keys" , "meta": {"a": [1, 2, {"b": "c"}]}}  "#,
        #""only a string""#,
        "{\"text\": \"Jos\u{E9} and Jose\u{301} and \u{1F600}\"}",
    ])
    func scannerReadsValidJSONAsFoundationDoes(json: String) throws {
        let scanned = try #require(Self.scannedValue(json))
        #expect(scanned == Self.foundationValue(json))
    }

    @Test(arguments: [
        #"{"n": 1e999, "text": "x"}"#, #"{"n": 01}"#, #"{"text": "x",}"#, #"{"text": "\ud800 alone"}"#,
        #"{"text": "\udc00 alone"}"#, #"{"text": "bad \x escape"}"#, "{\"text\": \"raw\ttab\"}", #"{"text": "x"} trailing"#,
        String(repeating: "[", count: 600) + String(repeating: "]", count: 600), #"{"a": tru}"#, #"{"text": "cut"#, "",
        "\u{FEFF}{\"text\": \"x\"}",
    ])
    func scannerGivesUpOnWhatFoundationRefusesAndOnAnythingUnusual(json: String) {
        #expect(Self.scannedValue(json) == nil)
    }

    @Test func scannerLeavesFragmentsToFoundationWhenTheyAreNotAllowed() {
        #expect(Self.scannedValue("42", fragmentsAllowed: false) == nil)
        #expect(Self.foundationValue("42", fragmentsAllowed: false) == nil)
        #expect(Self.scannedValue("42") == .other)
    }

    @Test func scannerGivesUpOnInvalidUTF8() {
        #expect(JSONScanner.value(of: [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D][...], fragmentsAllowed: true) == nil)
    }

    @Test func authorsAndTitleAreTrimmedOfSpacesAndOtherWhiteSpace() throws {
        let json = #"{"title": " \u2003Ferry Fares Rise\n", "author": " Jonah Whitfield\t;  Ola Berg\u00a0; ;", "text": "Story."}"#
        let article = try #require(Self.load(json).articles.first)
        #expect(article.title == "Ferry Fares Rise")
        #expect(article.byline == ["Jonah Whitfield", "Ola Berg"])
    }
}
