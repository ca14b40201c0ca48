import Testing
@testable import AttributionKit

/// Reading helpers shared by the ingest tests.
enum IngestFixture {
    static func read(_ text: String, origin: String = "story.txt") -> Article {
        PlainTextReader().read(Array(text.unicodeScalars), origin: origin)
    }

    static func kinds(_ article: Article) -> [Block.Kind] {
        article.blocks.map(\.kind)
    }

    static func block(_ article: Article, startingWith prefix: String) -> Block? {
        article.blocks.first { $0.text.hasPrefix(prefix) }
    }

    /// Every scalar of every block's text stands at its mapped offset in `input`
    /// (a line break may stand for a CR or CRLF, and a Markdown entity for its scalar).
    static func offsetsMatch(_ article: Article, _ input: String) -> Bool {
        let scalars = Array(input.unicodeScalars)
        for block in article.blocks {
            for (index, scalar) in block.text.unicodeScalars.enumerated() {
                let at = block.offsets.inputOffset(index)
                guard at < scalars.count else { return false }
                if scalars[at] != scalar && !(scalar == "\n" && scalars[at] == "\r") && scalars[at] != "&" { return false }
            }
        }
        return true
    }
}

@Suite struct IngestPlainTextTests {
    static let story = """
        Harbor Council Delays Vote on Floodwall
        A divided council sends the plan back for another study.
        By Marta Kowalczyk and Dev Anand
        Updated:
        0:00

        The Brackwater harbor council postponed its vote on the floodwall on Tuesday.

        "We owe residents a plan that works," council spokesperson Lena Ortiz said.
        Engineers at the Tidewater Institute disagreed with the delay.

        A crane lifts a steel panel at the Brackwater docks on March 3, 2031. ELI MARSH/Gull Photo via Getty Images
        Twitter Facebook Email

        What Comes Next

        The council will meet again in April, according to the agenda.

        Marta Kowalczyk
        Reporter
        Marta Kowalczyk covers coastal towns and their budgets for the Brackwater Ledger.
        Related Topics
        """

    @Test func headlineIsTheFirstLine() {
        let article = IngestFixture.read(Self.story)
        #expect(article.title == "Harbor Council Delays Vote on Floodwall")
        #expect(article.blocks.first?.kind == .title)
    }

    @Test func byLineNamesEveryAuthor() {
        let article = IngestFixture.read(Self.story)
        #expect(article.byline == ["Marta Kowalczyk", "Dev Anand"])
        #expect(IngestFixture.block(article, startingWith: "By Marta")?.kind == .byline)
    }

    @Test func proseLineBetweenHeadlineAndBylineIsTheDeck() {
        let article = IngestFixture.read(Self.story)
        #expect(IngestFixture.block(article, startingWith: "A divided council")?.kind == .deck)
    }

    @Test func firstParagraphWithoutBylineAfterItIsBodyNotDeck() {
        let article = IngestFixture.read("Ferry Fares Rise\nThe ferry authority raised fares, its chair said.\nRiders were not pleased.\n")
        #expect(IngestFixture.kinds(article) == [.title, .body, .body])
    }

    @Test func pageFurnitureIsBoilerplate() {
        let article = IngestFixture.read(Self.story)
        for line in ["Updated:", "0:00", "Twitter Facebook Email", "Reporter", "Related Topics"] {
            #expect(article.blocks.first { $0.text == line }?.kind == .boilerplate, "\(line)")
        }
        let video = IngestFixture.read("Headline Here\nThe mayor spoke, aides said.\nLATEST VIDEO\n")
        #expect(video.blocks.last?.kind == .boilerplate)
        let wire = IngestFixture.read("Headline Here\nThe mayor spoke, aides said.\n(Reporting by Elin Rask; Editing by Tom Berg)\n")
        #expect(wire.blocks.last?.kind == .boilerplate)
        let print = IngestFixture.read("Headline Here\nThe mayor spoke, aides said.\nThis article appeared in the Harbor Ledger print edition as: Mayor says port is safe\n")
        #expect(print.blocks.last?.kind == .boilerplate)
    }

    @Test func captionEndingInAPhotoCreditIsACaption() {
        let article = IngestFixture.read(Self.story)
        #expect(IngestFixture.block(article, startingWith: "A crane lifts")?.kind == .caption)
    }

    @Test func creditInParenthesesMarksACaption() {
        let article = IngestFixture.read(
            "Headline Here\nThe mayor spoke on Monday, aides said.\nDockworkers wait at the gate in Brackwater, on May 2, 2031. (Ana Lima/Coastal Press)\nShe left early.\n")
        #expect(IngestFixture.kinds(article) == [.title, .body, .caption, .body])
    }

    /// A credit may end the caption with a period of its own; a name ending a sentence of prose is no credit.
    @Test func creditEndingInAPeriodMarksACaptionButAProseNameDoesNot() {
        let article = IngestFixture.read(
            "Headline Here\nThe mayor spoke on Monday, aides said.\nDockworkers wait at the gate in Brackwater. Ana Lima/AFP via Getty Images.\nKarl Vint via Getty Images.\nThe mayor blamed the delay on Ada R. Quill.\n")
        #expect(IngestFixture.kinds(article) == [.title, .body, .caption, .caption, .body])
    }

    @Test func captionPrintedTwiceIsACaptionBothTimes() {
        let text = """
            Headline Here
            The mayor spoke on Monday, aides said.
            Volunteers stack sandbags along the river wall in Brackwater on May 2, 2031. (Ana Lima/Coastal Press)
            Volunteers stack sandbags along the river wall in Brackwater on May 2, 2031. Ana Lima/Coastal Press
            She left early.
            """
        #expect(IngestFixture.kinds(IngestFixture.read(text)) == [.title, .body, .caption, .caption, .body])
    }

    /// Real paragraphs repeat an opening; only a pair of which one line carries a credit is a caption printed twice.
    @Test func paragraphsOpeningAlikeWithoutACreditStayBody() {
        let text = """
            Headline Here
            The council voted 5-2 on Tuesday to approve the zoning map, Mora said.
            The council voted 5-2 on Tuesday to delay the parking fees, she said.
            She left early.
            """
        #expect(IngestFixture.kinds(IngestFixture.read(text)) == [.title, .body, .body, .body])
    }

    @Test func sentenceEndingWithAnAgencyIsNotACaption() {
        let article = IngestFixture.read("Headline Here\nThe port will reopen next week, the harbor master told Reuters.\n")
        #expect(IngestFixture.kinds(article) == [.title, .body])
    }

    @Test func shortLineWithoutEndPunctuationIsAHeading() {
        let article = IngestFixture.read(Self.story)
        #expect(IngestFixture.block(article, startingWith: "What Comes Next")?.kind == .heading)
    }

    @Test func quoteLineRightAfterAProseLineIsItsOwnBody() {
        let article = IngestFixture.read(Self.story)
        let quote = IngestFixture.block(article, startingWith: "\"We owe residents")
        #expect(quote?.kind == .body)
        #expect(IngestFixture.block(article, startingWith: "Engineers at")?.kind == .body)
    }

    @Test func authorBioAtTheEndIsSetApart() {
        let article = IngestFixture.read(Self.story)
        #expect(IngestFixture.block(article, startingWith: "Marta Kowalczyk covers")?.kind == .bio)
        #expect(article.blocks.first { $0.text == "Marta Kowalczyk" }?.kind == .bio)
    }

    @Test func loneNameNearTheHeadlineIsTheByline() {
        let text = """
            Ferry Fares Rise Again
            Jonah Whitfield
            Oct. 4, 2031
            The ferry authority raised fares for the second time this year.
            """
        let article = IngestFixture.read(text)
        #expect(IngestFixture.kinds(article) == [.title, .byline, .dateline, .body])
        #expect(article.byline == ["Jonah Whitfield"])
    }

    @Test func bioNameBecomesTheBylineWhenTheTopHasNone() {
        let text = """
            Ferry Fares Rise Again
            The ferry authority raised fares for the second time this year, its chair said.
            Riders said the rise was steep.
            Jonah Whitfield
            Jonah Whitfield writes about transport for the Gullport Courier.
            """
        let article = IngestFixture.read(text)
        #expect(article.byline == ["Jonah Whitfield"])
        #expect(article.blocks.last?.kind == .bio)
    }

    @Test func exactlyRepeatedParagraphsAreMarkedOnce() {
        let text = """
            Headline Here
            The first paragraph says one thing.
            The second paragraph says another.
            The first paragraph says one thing.
            The second paragraph says another.
            """
        let article = IngestFixture.read(text)
        #expect(article.blocks.map(\.duplicateOf) == [nil, nil, nil, 1, 2])
        #expect(article.duplicateBlockCount == 2)
        #expect(!article.blocks[3].isProse)
    }

    @Test func paragraphsEqualAsTextButWrittenWithOtherCodePointsAreRepeats() {
        let text = "Headline Here\nJos\u{E9} Quell opened the caf\u{E9}.\nJose\u{301} Quell opened the cafe\u{301}.\n"
        let article = IngestFixture.read(text)
        #expect(article.blocks.map(\.duplicateOf) == [nil, nil, 1])
    }

    @Test func hardWrappedParagraphsAreRejoined() {
        let text = """
            Wrapped Story Headline

            The harbor council postponed its vote on the floodwall on Tuesday after
            a long night of testimony from residents who live along the river and
            fear the wall will cut them off from the water.

            "We owe residents a plan that works," council spokesperson Lena Ortiz
            said after the meeting ended late in the evening on Tuesday night here.
            """
        let article = IngestFixture.read(text)
        #expect(IngestFixture.kinds(article) == [.title, .body, .body])
        #expect(article.blocks[1].text.hasSuffix("off from the water."))
        #expect(IngestFixture.offsetsMatch(article, text))
    }

    @Test func outletIsInferredFromRepeatedSelfReferences() {
        let text = """
            Headline Here
            "It will pass," Senator Ada Brook told the Gullport Courier on Monday.
            A lobbyist, Tim Rao, told the Gullport Courier the bill was doomed.
            """
        #expect(IngestFixture.read(text).outlet == "Gullport Courier")
        #expect(IngestFixture.read("Headline Here\nShe told the Gullport Courier so.\n").outlet == nil)
    }

    /// A credit line at the end names the outlet: a known one, or a name ending in an outlet word; a credited figure does not.
    @Test(arguments: [
        ("Copyright 2031 The Calder Post", "The Calder Post"),
        ("\u{00A9} 2031 Calder Post. All rights reserved.", "Calder Post"),
        ("Source: Al Jazeera", "Al Jazeera"),
        ("Source: Ministry of Energy", nil),
        // (The first word is asked of its bytes first: any case, spaces before it, a space beyond ASCII after it.)
        ("  SOURCE: Al Jazeera", "Al Jazeera"),
        ("(c) 2031 Calder Post", "Calder Post"),
        ("Source:\u{00A0}Al Jazeera", "Al Jazeera"),
        ("Sources: Al Jazeera", nil),
    ] as [(String, String?)])
    func aCreditLineAtTheEndNamesTheOutlet(line: String, outlet: String?) {
        let text = "Bridge Closure Extended\nThe bridge will stay closed until March, officials said.\n\(line)\n"
        #expect(IngestFixture.read(text).outlet == outlet)
    }

    @Test func articleIdIsAStableContentHash() {
        let a = IngestFixture.read("Headline Here\nBody text.\n")
        let b = IngestFixture.read("Headline Here\nBody text.\n")
        #expect(a.id == b.id)
        #expect(a.id.count == 16)
        #expect(a.id != IngestFixture.read("Headline Here\nOther text.\n").id)
    }

    @Test func wireDatelineIsCutFromTheLede() {
        let text = "Ferry Fares Rise\nGULLPORT (AP) \u{2014} The ferry authority raised fares, its chair said.\nNATO leaders met \u{2014} and agreed.\n"
        let article = IngestFixture.read(text)
        #expect(IngestFixture.kinds(article) == [.title, .dateline, .body, .body])
        #expect(article.blocks[1].text == "GULLPORT (AP) \u{2014}")
        #expect(article.blocks[2].text.hasPrefix("The ferry authority"))
        #expect(article.blocks[2].inputSpan(0..<3) == TextSpan(33, 36))
        #expect(IngestFixture.offsetsMatch(article, text))
    }

    @Test func theAgencyAWireDatelineCreditsIsTheOutlet() {
        #expect(IngestFixture.read("Ferry Fares Rise\nGULLPORT (Harbor Wire) \u{2014} The ferry authority raised fares.\n").outlet == "Harbor Wire")
        #expect(IngestFixture.read("Ferry Fares Rise\nST. MAREN, Nordmark - The ferry authority raised fares.\n").outlet == nil)
    }

    @Test func wireDatelinesWithRegionDateAndAgency() {
        for (line, dateline) in [
            ("ST. MAREN, Nordmark - The ferry authority raised fares.", "ST. MAREN, Nordmark -"),
            ("WINSTON-SALEM, N.C., March 3 (Reuters) -- Fares rose again.", "WINSTON-SALEM, N.C., March 3 (Reuters) --"),
        ] {
            let article = IngestFixture.read("Ferry Fares Rise\n" + line + "\n")
            #expect(article.blocks[1].text == dateline)
            #expect(article.blocks[1].kind == .dateline)
        }
        let quoted = IngestFixture.read("Ferry Fares Rise\n\u{201C}WE WON \u{2014} finally,\u{201D} she said.\n")
        #expect(IngestFixture.kinds(quoted) == [.title, .body])
    }

    @Test func bylinesMayCarryJobTitlesAndOutlets() {
        for (line, names) in [
            ("By Ines Marchetti, Gullport Courier", ["Ines Marchetti"]),
            ("BY INES MARCHETTI AND RAFAEL DUNMORE | Harbor Wire", ["INES MARCHETTI", "RAFAEL DUNMORE"]),
            ("Ines Marchetti, Staff Writer", ["Ines Marchetti"]),
            ("Ines Marchetti | Gullport Courier", ["Ines Marchetti"]),
            ("By Ines Marchetti, Courts Reporter", ["Ines Marchetti"]),
            ("By Ines Marchetti and Rafael Dunmore, Harbor Affairs Correspondents", ["Ines Marchetti", "Rafael Dunmore"]),
        ] {
            let article = IngestFixture.read("Ferry Fares Rise\n\(line)\nThe ferry authority raised fares, its chair said.\n")
            #expect(article.byline == names, "\(line)")
            #expect(article.blocks[1].kind == .byline, "\(line)")
        }
        let notByline = IngestFixture.read("Ferry Fares Rise\nBy contrast the old fares held\nThe ferry authority raised fares.\n")
        #expect(notByline.byline.isEmpty)
    }

    @Test func labelledPromotionLinesAreBoilerplate() {
        let text = """
            Ferry Fares Rise
            The ferry authority raised fares, its chair said.
            READ MORE: Gullport mayor says the fare rise was "avoidable."
            CLICK HERE TO GET THE GULLPORT COURIER APP
            Related: Why the ferry lost money last year.
            More riders said the rise was steep.
            """
        #expect(IngestFixture.kinds(IngestFixture.read(text)) == [.title, .body, .boilerplate, .boilerplate, .boilerplate, .body])
    }

    @Test func bioIsFoundBeforeTrailingRelatedHeadlines() {
        let text = """
            Ferry Fares Rise Again
            By Jonah Whitfield
            The ferry authority raised fares for the second time this year, its chair said.
            Jonah Whitfield writes about transport for the Gullport Courier.
            Gullport Mayor Backs New Terminal
            Island Schools Close for Storm
            Tide Tables Change in May
            """
        let article = IngestFixture.read(text)
        #expect(IngestFixture.block(article, startingWith: "Jonah Whitfield writes")?.kind == .bio)
    }
}
