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
}
