import Testing
@testable import AttributionKit

/// Fictional articles for the engine's tests, built straight from paragraphs.
enum Story {
    /// An article whose paragraphs are body blocks, laid out as if separated by blank lines.
    static func article(_ paragraphs: [String], outlet: String? = nil, kinds: [Block.Kind] = []) -> Article {
        var blocks: [Block] = []
        var offset = 0
        for (i, paragraph) in paragraphs.enumerated() {
            let kind = i < kinds.count ? kinds[i] : .body
            blocks.append(Block(kind: kind, text: paragraph, offsets: .contiguous(start: offset)))
            offset += paragraph.unicodeScalars.count + 2
        }
        return Article(id: "test", origin: "test", outlet: outlet, format: .text, blocks: blocks)
    }

    static func attribute(_ paragraphs: String..., outlet: String? = nil) -> AttributionResult {
        AttributionEngine().attribute(article(paragraphs, outlet: outlet))
    }
}

extension AttributionResult {
    func source(of text: String) -> Source? {
        guard let quote = attributions.first(where: { $0.text.contains(text) }), let id = quote.sourceID else { return nil }
        return sources.first { $0.id == id }
    }

    func speaker(of text: String) -> String? {
        source(of: text).flatMap { $0.name ?? $0.description }
    }

    /// The names (or descriptions) of every source of the statement holding `text`, the first-named first.
    func speakers(of text: String) -> [String] {
        guard let quote = quote(text) else { return [] }
        return ([quote.sourceID].compactMap { $0 } + quote.jointSourceIDs).compactMap { id in
            sources.first { $0.id == id }.flatMap { $0.name ?? $0.description }
        }
    }

    func quote(_ text: String) -> Attribution? {
        attributions.first { $0.text.contains(text) }
    }
}

@Suite struct AttributionTests {
    @Test func sourcesAreNumberedInOrderOfFirstStatement() {
        let result = Story.attribute(
            "“The harbor will reopen in May,” said Talia Brenner, the port director.",
            "Mayor Osric Vale said the budget was sound.",
            "“We will see,” Brenner said.")
        #expect(result.sources.map(\.id) == ["s1", "s2"])
        #expect(result.sources.map(\.name) == ["Talia Brenner", "Osric Vale"])
        #expect(result.attributions.count == 3)
        #expect(result.quote("We will see")?.sourceID == "s1")
    }

    @Test func spansPointIntoTheInput() {
        let paragraphs = ["Intro line without speech.", "“Rain is coming,” said Ilse Marrow."]
        let result = AttributionEngine().attribute(Story.article(paragraphs))
        let input = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
        let quote = try! #require(result.attributions.first)
        func text(_ span: TextSpan?) -> String {
            guard let span else { return "" }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: input[span.start..<span.end])
            return String(view)
        }
        #expect(text(quote.span) == "Rain is coming,")
        #expect(text(quote.speakerSpan) == "Ilse Marrow")
        #expect(text(quote.cueSpan) == "said")
    }

    @Test func captionsHeadingsAndBylinesAreNeverSearched() {
        let article = Story.article(
            ["Harbor Plans ‘Bold Reset’", "Photo: Dara Quill speaks at a rally.", "By Fenna Roth",
             "“Nothing is settled,” said Dara Quill."],
            kinds: [.heading, .caption, .byline, .body])
        let result = AttributionEngine().attribute(article)
        #expect(result.attributions.count == 1)
        #expect(result.sources.map(\.name) == ["Dara Quill"])
    }

    @Test func duplicateParagraphsAreReadOnce() {
        var article = Story.article(["“Once,” said Bram Tolle.", "“Once,” said Bram Tolle."])
        article.blocks[1].duplicateOf = 0
        #expect(AttributionEngine().attribute(article).attributions.count == 1)
    }

    @Test func organisationsSpeak() {
        let result = Story.attribute("The Harbor Safety Board announced that the pier would close for repairs.")
        #expect(result.speaker(of: "the pier would close") == "Harbor Safety Board")
        #expect(result.quote("the pier would close")?.kind == .indirect)
    }
}

@Suite struct AttributionExplanationTests {
    @Test func anOrganisationNamedByPlainWordsSpeaks() {
        let result = Story.attribute("The foreign ministry said in a written message that the pact harms no third country.")
        let source = try! #require(result.source(of: "the pact harms no third country"))
        #expect(source.name == "foreign ministry")
        #expect(result.quote("the pact harms")?.via == "in a written message")
    }

    @Test func everyAttributionNamesTheRuleThatFoundItsSpeaker() {
        let result = Story.attribute("“Go,” said Ria Holt.", "According to Ria Holt, the road is closed.")
        #expect(result.attributions.allSatisfy { $0.rule != nil })
        #expect(result.attributions.first?.rule == "quote, CUE NAME")
        #expect(result.attributions.last?.rule == "according to NAME")
    }
}
