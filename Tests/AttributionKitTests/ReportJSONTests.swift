import Foundation
import Testing
@testable import AttributionKit

@Suite struct ReportJSONTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonFollowsTheContractWithExplicitNulls() throws {
        let json = try object(try ReportRenderer().render(ReportFixtures.harborAudit, as: .json))
        let article = try #require(json["article"] as? [String: Any])
        #expect(article["title"] as? String == "Veldmark harbor fees rise again")
        #expect(article["outlet"] as? String == "The Lakeside Ledger")
        #expect(article["byline"] as? [String] == ["Jane Okafor"])
        #expect(article["url"] is NSNull)

        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.count == 3)
        #expect(sources[1]["name"] as? String == "Tomas Reyl")
        #expect(sources[1]["category"] as? String == "think_tank")
        #expect(sources[1]["titles"] as? [String] == ["senior fellow"])
        #expect(sources[2]["name"] is NSNull)
        #expect(sources[2]["anonymous"] as? Bool == true)
        #expect(sources[2]["gender"] is NSNull)

        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes.count == 4)
        #expect(quotes[1]["kind"] as? String == "direct")
        #expect(quotes[1]["source"] as? String == "s2")
        #expect(quotes[1]["via"] is NSNull)
        #expect(quotes[1]["speakerSpan"] is NSNull)
        #expect(quotes[1]["paragraph"] as? Int == 2)
        #expect(quotes[3]["via"] as? String == "Coastal Wire")
        #expect(quotes[3]["cue"] as? String == "told")
        let span = try #require(quotes[3]["span"] as? [Int])
        #expect(span.count == 2 && span[0] < span[1])

        let balance = try #require(json["balance"] as? [String: Any])
        #expect(balance["score"] as? Double == 61.25)
        let components = try #require(balance["components"] as? [[String: Any]])
        #expect(components.first?["name"] as? String == "named_sources")
        let flags = try #require(balance["flags"] as? [[String: Any]])
        #expect(flags.first?["sources"] as? [String] == ["s3"])
    }

    @Test func spansPointAtTheQuotedWordsInTheInput() throws {
        let audit = ReportFixtures.harborAudit
        let input = audit.article.blocks.map(\.text).joined(separator: "\n\n")
        let scalars = Array(input.unicodeScalars)
        let quotes = try #require(try object(try ReportRenderer().render(audit, as: .json))["quotes"] as? [[String: Any]])
        for quote in quotes {
            let span = try #require(quote["span"] as? [Int])
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[span[0]..<span[1]])
            #expect(String(text) == quote["text"] as? String)
        }
    }

    @Test func keysKeepTheContractOrder() throws {
        let text = try ReportRenderer().render(ReportFixtures.harborAudit, as: .json)
        let order = ["\"article\"", "\"sources\"", "\"quotes\"", "\"balance\""].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        let quoteKeys = ["\"text\"", "\"kind\"", "\"source\"", "\"via\"", "\"span\"", "\"speakerSpan\"", "\"cueSpan\""]
        let quotes = text[text.range(of: "\"quotes\"")!.lowerBound...]
        let positions = quoteKeys.map { quotes.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    /// A statement several sources made together lists the others after `source` under "jointSources"; any other has no such key.
    @Test func aJointStatementListsItsOtherSources() throws {
        var audit = ReportFixtures.harborAudit
        audit.attributions[0].jointSourceIDs = ["s3"]
        let quotes = try #require(try object(try ReportRenderer().render(audit, as: .json))["quotes"] as? [[String: Any]])
        #expect(quotes[0]["jointSources"] as? [String] == ["s3"])
        #expect(quotes[1]["jointSources"] == nil)
    }

    @Test func jsonLinesIsOneCompactObjectPerLine() throws {
        let line = try ReportRenderer().render(ReportFixtures.hostileAudit, as: .jsonl)
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().contains("\n") == false)
        let json = try object(line)
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes[0]["text"] as? String == "Fees | rise *now* <script>alert(1)</script> & \"more\"")
    }

    @Test func controlCharactersAreEscaped() throws {
        var writer = JSONWriter(pretty: false)
        writer.string("a\u{1}b\t\"c\\")
        #expect(writer.finishLine() == #""a\u0001b\t\"c\\""# + "\n")
    }

    @Test func escapesAreFoundAtEveryPlaceOfALongString() throws {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
            for position in 0..<20 {
                let text = String(repeating: "a", count: position) + special + String(repeating: "é", count: 20 - position)
                var writer = JSONWriter(pretty: false)
                writer.string(text)
                let line = writer.finishLine()
                #expect(try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) as? String == text)
            }
        }
    }

    @Test func numbersDropFloatNoise() throws {
        var writer = JSONWriter(pretty: false)
        writer.beginArray()
        writer.number(0.1 + 0.2)
        writer.number(62)
        writer.number(.nan)
        writer.endArray()
        #expect(writer.finishLine() == "[0.3,62,null]\n")
    }
}
