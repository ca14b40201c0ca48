import Testing
@testable import AttributionKit

@Suite struct IngestMarkdownTests {
    static func read(_ text: String) -> Article {
        MarkdownReader().read(Array(text.unicodeScalars), bytes: Array(text.utf8), origin: "story.md")
    }

    static let story = """
        # Gullport Opens *New* Ferry Terminal

        By Jonah Whitfield

        The terminal opened on **Monday**, the [port authority said in a press release](https://port.example/pr?id=7).

        ## Riders React

        > "It is about time," said rider Ola Berg.
        > "The old dock flooded every spring."

        - fares stay at $4
        - service starts at 6 a.m.

        Tickets cost &euro;4 \\*before\\* tax, said
        spokesperson Lena Ortiz.
        """

    @Test func structureBecomesBlockKinds() {
        let article = Self.read(Self.story)
        #expect(IngestFixture.kinds(article) == [.title, .byline, .body, .heading, .blockQuote, .listItem, .listItem, .body])
        #expect(article.title == "Gullport Opens New Ferry Terminal")
        #expect(article.byline == ["Jonah Whitfield"])
    }

    @Test func inlineMarkupIsStrippedButEveryScalarMapsToTheInput() {
        let article = Self.read(Self.story)
        #expect(article.blocks[2].text == "The terminal opened on Monday, the port authority said in a press release.")
        #expect(IngestFixture.offsetsMatch(article, Self.story))
    }

    @Test func linksKeepDestinationAndAnchor() {
        let article = Self.read(Self.story)
        let block = article.blocks[2]
        #expect(block.links.count == 1)
        let link = block.links[0]
        #expect(link.text == "port authority said in a press release")
        #expect(link.destination == "https://port.example/pr?id=7")
        let scalars = Array(block.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[link.range])) == link.text)
    }

    @Test func softLineBreaksStayInsideOneBlock() {
        let article = Self.read(Self.story)
        let last = article.blocks[7]
        #expect(last.text == "Tickets cost \u{20AC}4 *before* tax, said\nspokesperson Lena Ortiz.")
        let scalars = Array(Self.story.unicodeScalars)
        let start = last.offsets.inputOffset(last.text.unicodeScalars.count - 6)
        #expect(String(String.UnicodeScalarView(scalars[start..<start + 5])) == "Ortiz")
    }

    @Test func blockQuoteLinesJoinWithoutTheirMarkers() {
        let article = Self.read(Self.story)
        #expect(article.blocks[4].text == "\"It is about time,\" said rider Ola Berg.\n\"The old dock flooded every spring.\"")
    }

    @Test func imagesAddNoText() {
        let article = Self.read("# Headline\n\n![Ferry at dock](ferry.jpg)\n\nRiders [cheered](https://x.example) loudly.\n")
        #expect(article.blocks.map(\.text) == ["Headline", "Riders cheered loudly."])
        #expect(IngestFixture.offsetsMatch(article, "# Headline\n\n![Ferry at dock](ferry.jpg)\n\nRiders [cheered](https://x.example) loudly.\n"))
    }

    @Test func crlfMarkdownKeepsOffsets() {
        let text = "# Headline \u{201C}Here\u{201D}\r\n\r\nOla\u{00A0}Berg *said* it.\r\nTwice.\r\n"
        let article = Self.read(text)
        #expect(article.blocks[1].text == "Ola\u{00A0}Berg said it.\nTwice.")
        #expect(IngestFixture.offsetsMatch(article, text))
        #expect(article.blocks[1].inputSpan(0..<3) == TextSpan(21, 24))
    }

    @Test func paragraphsGetThePlainTextRulesForDecksCaptionsAndDates() {
        let text = """
            # Ferry Crews Walk Out

            *Talks broke down after a night of negotiations.*

            **By Ines Marchetti**

            October 9, 2031

            *Commuters wait at the terminal on Oct. 8, 2031. (Selin Avci/Harbor Light Photo)*

            Ferry crews walked off the job early Wednesday, the union said.
            """
        let article = Self.read(text)
        #expect(IngestFixture.kinds(article) == [.title, .deck, .byline, .dateline, .caption, .body])
        #expect(article.date == "October 9, 2031")
    }

    @Test func wireDatelineCutKeepsLinksAndOffsets() throws {
        let text = "# Ferry Fares Rise\n\nGULLPORT (AP) \u{2014} The ferry [authority](https://port.example) raised fares.\n"
        let article = Self.read(text)
        #expect(IngestFixture.kinds(article) == [.title, .dateline, .body])
        let body = article.blocks[2]
        #expect(body.text == "The ferry authority raised fares.")
        let link = try #require(body.links.first)
        #expect(Array(body.text.unicodeScalars)[link.range].map(Character.init) == Array("authority"))
        #expect(IngestFixture.offsetsMatch(article, text))
        #expect(article.date == nil)
    }

    @Test func trickyInlineMarkupStillMapsEveryScalar() {
        let text = """
            Setext Headline
            ===============

            She _said_ it **twice**, per <https://wire.example/a> and [the \\[draft\\]][ref].\u{20}\u{20}
            Then a <span class="x">tagged</span> word, `code [x](y)`, and ![a chart](c.png "Chart") here.

            1. First *item* with [a link](https://x.example/(nested)) inside
               and a second line.
            2. > Quoted inside a list, with \\*escaped\\* stars &amp; an entity.

            [ref]: https://ref.example/draft
            """
        let article = Self.read(text)
        #expect(article.blocks.map(\.kind) == [.title, .body, .listItem, .blockQuote])
        #expect(article.blocks[1].text == "She said it twice, per https://wire.example/a and the [draft].\nThen a tagged word, code [x](y), and  here.")
        #expect(article.blocks[1].links.map(\.destination) == ["https://wire.example/a", "https://ref.example/draft"])
        #expect(article.blocks[2].text == "First item with a link inside\nand a second line.")
        #expect(article.blocks[2].links.first?.destination == "https://x.example/(nested)")
        #expect(article.blocks[3].text == "Quoted inside a list, with *escaped* stars & an entity.")
        #expect(IngestFixture.offsetsMatch(article, text))
    }
}
