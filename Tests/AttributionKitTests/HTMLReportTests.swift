import Foundation
import Testing
@testable import AttributionKit

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct HTMLReportTests {
    /// Collects parse errors and the text of elements, so tests can check what a browser would show as text.
    private final class Collector: NSObject, XMLParserDelegate {
        var error: Error?
        var elements: [String] = []
        var scriptCount = 0
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
            if name.lowercased() == "script" { scriptCount += 1 }
        }
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }

    private func parse(_ html: String) -> Collector {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        if !ok && collector.error == nil { collector.error = parser.parserError }
        return collector
    }

    @Test func hostileArticleGivesWellFormedHTMLWithoutScripts() throws {
        let html = try ReportRenderer().render(ReportFixtures.hostileAudit, as: .html)
        let parsed = parse(html)
        #expect(parsed.error == nil, "\(String(describing: parsed.error))")
        #expect(parsed.scriptCount == 0)
        #expect(parsed.elements.contains("mark"))
        #expect(parsed.elements.contains("svg"))
    }

    @Test func noArticleTextAppearsUnescaped() throws {
        let audit = ReportFixtures.hostileAudit
        let html = try ReportRenderer().render(audit, as: .html)
        let texts = audit.article.blocks.map(\.text) + audit.attributions.compactMap(\.via)
            + audit.sources.flatMap { [$0.label] + $0.titles + $0.organizations + [$0.side ?? ""] }
        for text in texts {
            for piece in ["<script>", "<b>", "<i>", "<Vel>", "& ", "\"more\""] where text.contains(piece) {
                #expect(!html.contains(piece), "unescaped \(piece) from: \(text)")
            }
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func selfContainedReadableOnPhonesAndPrintable() throws {
        let html = try ReportRenderer().render(ReportFixtures.harborAudit, as: .html)
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
    }

    @Test func attributionsAreHighlightedAndLinkedToTheirSourceCard() throws {
        let html = try ReportRenderer().render(ReportFixtures.harborAudit, as: .html)
        #expect(html.contains("<article class=\"card c-think_tank\" id=\"s2\">"))
        #expect(html.contains(
            "<mark class=\"k-direct\" title=\"Tomas Reyl · direct\" id=\"q2\"><a href=\"#s2\">This is a fair price for everyone who uses the quay,</a></mark>"))
        #expect(html.contains("<a href=\"#s3\">the plan had been rushed</a></mark>"))
        #expect(html.contains("One source is not named. <span class=\"who\">→ <a href=\"#s3\">an official</a></span>"))
        #expect(parse(html).error == nil)
    }

    @Test func chartsShowShareOfQuotedWords() throws {
        let html = try ReportRenderer().render(ReportFixtures.harborAudit, as: .html)
        #expect(html.contains("<figcaption>Share of quoted words by source</figcaption>"))
        #expect(html.contains("<figcaption>Share of quoted words by category</figcaption>"))
        #expect(html.contains("<figcaption>Share of quoted words by gender</figcaption>"))
        #expect(html.contains("class=\"bv\">59%</text>"))
    }

    @Test func wordsWithoutASpeakerKeepEveryChartAtAHundredPercent() {
        var audit = ReportFixtures.harborAudit
        audit.attributions[0].sourceID = nil
        let charts = ArticleReportView(audit).charts
        #expect(charts.count == 3)
        for chart in charts {
            #expect(chart.bars.last?.label == "No speaker found")
            let total = chart.bars.compactMap { Int($0.value.dropLast()) }.reduce(0, +)
            #expect((99...101).contains(total), "\(chart.title) adds up to \(total)%")
        }
    }

    @Test func unsafeURLsAreNotLinked() throws {
        var audit = ReportFixtures.harborAudit
        audit.article.url = "javascript:alert(1)"
        #expect(!(try ReportRenderer().render(audit, as: .html)).contains("href=\"javascript"))
        audit.article.url = "https://example.invalid/a?b=1&c=2"
        #expect((try ReportRenderer().render(audit, as: .html)).contains("href=\"https://example.invalid/a?b=1&amp;c=2\""))
    }

    @Test func articleLinksAreListedAndOnlyWebLinksFollowed() throws {
        var audit = ReportFixtures.harborAudit
        audit.article.blocks[2].links = [
            Link(text: "statement", destination: "https://veldmark.invalid/fees?a=1&b=2", range: 0..<4),
            Link(text: "<b>trap</b>", destination: "javascript:alert(1)", range: 5..<9),
        ]
        let html = try ReportRenderer().render(audit, as: .html)
        #expect(html.contains("<a href=\"https://veldmark.invalid/fees?a=1&amp;b=2\">statement</a>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;b&gt;trap&lt;/b&gt;"))
        #expect(parse(html).error == nil)
    }

    @Test func inputSpansMapBackToTheBlockText() {
        let mapped = Block(kind: .body, text: "abcd", offsets: .mapped([10, 11, 14, 15, 16]))
        #expect(mapped.textRange(of: TextSpan(11, 15), count: 4) == 1..<3)
        #expect(mapped.textRange(of: TextSpan(0, 10), count: 4) == nil)
        let contiguous = Block(kind: .body, text: "abcdef", offsets: .contiguous(start: 5))
        #expect(contiguous.textRange(of: TextSpan(7, 9), count: 6) == 2..<4)
        #expect(contiguous.textRange(of: TextSpan(0, 30), count: 6) == 0..<6)
    }

    @Test func libcmarkRendersFragmentsSafely() {
        #expect(CommonMark.inlineHTML("a *b* <script>x</script>") == "a <em>b</em> <!-- raw HTML omitted -->x<!-- raw HTML omitted -->")
        #expect(CommonMark.inlineHTML(MarkdownContentType.escape("a *b* <i>")) == "a *b* &lt;i&gt;")
    }
}
