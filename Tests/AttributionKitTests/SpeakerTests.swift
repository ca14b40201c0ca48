import Testing
@testable import AttributionKit

@Suite struct SpeakerTests {
    /// "The club said", "the Club for Growth": a club or a charity is a body that speaks.
    @Test func aClubOrACharitySpeaksAsABody() {
        let result = Story.attribute(
            "The club said in a statement that the search for a manager had begun.",
            "The Club for Thrift Action said it would spend $1 million on ads.",
            "The charity said donations had doubled.")
        #expect(result.quote("the search for a manager had begun")?.sourceID != nil)
        #expect(result.source(of: "it would spend")?.name == "Club for Thrift Action")
        #expect(result.quote("donations had doubled")?.sourceID != nil)
    }

    /// An unnamed source whose relative clause stands between it and the cue speaks, with or without a
    /// modifier before the clause, commas around it, a participle clause after it, or the cue before it.
    @Test(arguments: [
        ("A colonel who leads a brigade in the Airborne Division, speaking on condition of anonymity, said his soldiers lacked training.",
         "his soldiers lacked", "a colonel"),
        ("A nurse at the clinic who asked not to be named said the ward was short of staff.", "the ward was short", "a nurse at the clinic"),
        ("A diplomat from a Baltic country, who requested anonymity, said the talks had stalled.", "the talks had stalled", "a diplomat from a Baltic country"),
        ("The talks have stalled for now, an official who asked not to be named said.", "The talks have stalled", "an official"),
        ("The talks have stalled for now, said an official who asked not to be named.", "The talks have stalled", "an official"),
        ("“The talks have stalled,” an official who asked not to be named said.", "The talks have stalled", "an official"),
    ])
    func anUnnamedSourceSpeaksPastItsRelativeClause(sentence: String, claim: String, speaker: String) {
        #expect(Story.attribute(sentence).speaker(of: claim) == speaker)
    }

    /// "Teslin's president said": a title held in a place named before it is an unnamed source, as "Teslin's foreign
    /// minister" is.
    @Test func aTitleAfterAPossessivePlaceSpeaks() {
        let result = Story.attribute("Teslin's president, in his nightly video address, said his forces would keep hitting targets.")
        #expect(result.speaker(of: "his forces would keep") == "Teslin's president")
    }

    /// "A federal judge said": an unnamed judge is an unnamed source, as an unnamed senator is.
    @Test func anUnnamedJudgeSpeaks() {
        let result = Story.attribute("A federal judge in Kessel said the ferry law violated the charter.")
        #expect(result.speaker(of: "the ferry law violated") == "a federal judge in Kessel")
    }

    /// "The ministry disputed that figure, telling …": a participle's subject may be a body named by a lowercase word
    /// that its verb, not its end, follows, with plain words before it ("The Calder port authority disputed …").
    @Test func aBodyInLowercaseOpeningTheClauseSpeaksThroughAParticiple() {
        let result = Story.attribute(
            "The ministry disputed that figure, telling the Harbor Courier that the toll was lower.",
            "The Calder port authority disputed the count on Friday, telling the Calder Post that only six ships had sunk.")
        #expect(result.speaker(of: "the toll was lower") == "ministry")
        #expect(result.speaker(of: "only six ships had sunk") == "Calder port authority")
    }

    /// "A rescue chief told state television": a title that is no anonymous head ("chief", "minister") after "a" is an
    /// unnamed holder of it, as "the rescue chief" is a description.
    @Test func anUnnamedHolderOfATitleAfterAnIndefiniteArticleSpeaks() {
        let result = Story.attribute(
            "A rescue chief told state television that forty people were missing.",
            "The dam would hold, a senior minister said.")
        #expect(result.speaker(of: "forty people were missing") == "a rescue chief")
        #expect(result.speaker(of: "The dam would hold") == "a senior minister")
    }

    /// "But an official who works at the ministry said": the conjunction opening the sentence does not hide the
    /// subject before its relative clause, so the clause's object does not speak.
    @Test(arguments: [
        ("But an official who works at the ministry said the talks had stalled.", "an official"),
        ("But a colonel who commands a brigade in the 82nd Airborne Division said the talks had stalled.", "a colonel"),
    ])
    func aSubjectAfterAnOpeningConjunctionSpeaksPastItsRelativeClause(sentence: String, speaker: String) {
        #expect(Story.attribute(sentence).speaker(of: "the talks had stalled") == speaker)
    }

    /// "Ivo Lund, a professor at Hull University in Bergvik, who was not involved, said": the place after the body
    /// his role serves is no speaker; the name before the role is.
    @Test func aNameSpeaksPastItsRoleAtABodyInAPlaceAndARelativeClause() {
        let result = Story.attribute("Ivo Lund, an oceanographer at the Harwick Ocean Centre in Port Alder, who was not involved in the study, said the record was short.")
        #expect(result.speaker(of: "the record was short") == "Ivo Lund")
    }

    /// "Prof Ingrid Solberg": the British "Prof" without its period is an honorific like "Prof.", no part of the name.
    @Test(arguments: ["Prof", "Prof."])
    func profWithOrWithoutItsPeriodIsAnHonorific(honorific: String) {
        let result = Story.attribute("“The current is slowing,” said \(honorific) Ingrid Solberg, the study's lead author.")
        #expect(result.speaker(of: "The current is slowing") == "Ingrid Solberg")
    }

    /// "…, analysts and officials said": two unnamed groups joined by "and" after the claim speak together, each a source.
    @Test func twoUnnamedGroupsJoinedByAndSpeakAfterTheClaim() {
        let result = Story.attribute("Harbor carriers are preparing for a long dispute over the tolls, executives and officials said.")
        #expect(result.speakers(of: "Harbor carriers are preparing") == ["executives", "officials"])
    }

    /// "who feared retaliation" reports nothing: the claim follows the main cue.
    @Test func aRelativeClauseVerbGivesWayToTheCueAfterIt() {
        let result = Story.attribute("A landlord who feared retaliation said the cap was unfair to owners.")
        #expect(result.quote("the cap was unfair")?.text == "the cap was unfair to owners")
        #expect(result.speaker(of: "the cap was unfair") == "a landlord")
    }

    /// A block that reports nothing hands the person it ends on to a paragraph that is only a quote, but not to a
    /// short one, which is more often a heading in quotation marks.
    @Test func aSentenceAboutAPersonHandsThemAQuoteParagraph() {
        let result = Story.attribute(
            "Daniel Petras, a former Pentagon official, was blunt about the options.",
            "“Not now. A transit tomorrow looks reactive.”",
            "Mara Lund, the port director, was fired in May.",
            "“A change agent.”")
        #expect(result.speaker(of: "A transit tomorrow") == "Daniel Petras")
        #expect(result.quote("A change agent")?.sourceID == nil)
    }

    /// … but only when nobody spoke before it: a sentence describing an unnamed person is no cue.
    @Test func aSentenceAboutAnUnnamedSourceHandsItTheQuoteAfterWhenNobodySpokeBefore() {
        let first = Story.attribute("A senior European diplomat was less optimistic. “Nobody wants to give away the lake.”")
        #expect(first.speaker(of: "Nobody wants") == "a senior European diplomat")
        let after = Story.attribute("“We made real progress,” Foreign Minister Ivo Pell said. A senior diplomat sat beside him. “But there is much more to do.”")
        #expect(after.speaker(of: "much more to do") == "Ivo Pell")
    }

    /// A named person in apposition keeps speaking past a relative clause.
    @Test func aNameInAppositionSpeaksPastItsRelativeClause() {
        let result = Story.attribute("The suspect’s father, Leon Vance, who lives in Dayton, said his son was innocent.")
        #expect(result.speaker(of: "his son was innocent") == "Leon Vance")
    }

    /// "WHO" in capitals is the World Health Organization, not the pronoun.
    @Test func theWHOInCapitalsSpeaksAsABody() {
        let result = Story.attribute("The WHO said the outbreak was under control.", "“Cases are falling,” the WHO said in a statement.")
        #expect(result.speaker(of: "the outbreak was under control") == "WHO")
        #expect(result.speaker(of: "Cases are falling") == "WHO")
    }

    /// An action with an object is no claim of its own: "according to" names the source of the whole sentence.
    @Test func anActionBeforeAccordingToIsTheSourcesClaim() {
        let result = Story.attribute(
            "The minister announced a ceasefire on Sunday, according to state media.",
            "Ivo Peck said the talks were calm, according to Vestpress.")
        #expect(result.speaker(of: "The minister announced a ceasefire") == "state media")
        #expect(result.speaker(of: "the talks were calm") == "Ivo Peck")
    }

    @Test func theSourcesRelativeClauseIsNoPartOfTheClaim() {
        let result = Story.attribute(
            "According to a harbor official, who asked not to be named, the envoy has proposed a mission.",
            "The families of the miners who died said they were devastated by the ruling.")
        #expect(result.quote("the envoy has proposed")?.text == "the envoy has proposed a mission")
        #expect(result.speaker(of: "they were devastated") == "the families of the miners")
    }

    @Test func aPlaceEndingInIngBeforeAnAuxiliarySpeaks() {
        let result = Story.attribute("Beijing has warned that Manila is stirring up trouble.", "Nanjing is warning that the river is too low.")
        #expect(result.speaker(of: "Manila is stirring") == "Beijing")
        #expect(result.speaker(of: "the river is too low") == "Nanjing")
    }

    @Test func aConjunctionMayOpenTheClauseOfAnUnnamedSourceAndItsRelativeClause() {
        let result = Story.attribute("But a diplomat who requested anonymity said the talks were dead.")
        #expect(result.speaker(of: "the talks were dead") == "a diplomat")
    }

    /// "NAME, who is director of ORG, a think tank, said": the appositive after the relative clause is the
    /// organisation's; the name speaks.
    @Test func anAppositiveAfterARelativeClauseLeavesTheNameSpeaking() {
        let result = Story.attribute(
            "Bruce Hal, who is executive director of the Harbor Policy Committee, a Washington think tank, said the attacks were planned.")
        let source = try! #require(result.source(of: "the attacks were planned"))
        #expect(source.name == "Bruce Hal")
        #expect(source.organizations.contains("Harbor Policy Committee"))
    }

    /// "said A and urged B": the second verb shares the first's speaker, not a noun inside the subject's appositive.
    @Test func aCoordinatedCueSharesTheFirstSpeaker() {
        let result = Story.attribute(
            "In a post on X, Vestland's special envoy for Karvonia, Tom Rein, said he was disappointed and urged both sides to return to the talks.")
        #expect(result.speaker(of: "he was disappointed") == "Tom Rein")
        #expect(result.speaker(of: "return to the talks") == "Tom Rein")
        #expect(!result.sources.contains { $0.name == "Karvonia" })
    }

    @Test func everythingBeforeTheNameIsCredential() {
        let result = Story.attribute("“Prices will fall,” Institute for Coastal Studies senior fellow Oona Hale told reporters.")
        let source = try! #require(result.source(of: "Prices will fall"))
        #expect(source.name == "Oona Hale")
        #expect(source.titles.contains("senior fellow"))
        #expect(source.organizations.contains("Institute for Coastal Studies"))
    }

    /// "state" before a rank is no verb, and a party tag in parentheses closes the appositive.
    @Test func aNameWithARankAfterADescriptionIsTheSpeaker() {
        let result = Story.attribute(
            "“Tonight is big,” the niece of the mayor, state Rep. Dana Moss (D-Kessel), told the crowd.",
            "“We will act,” state officials said.")
        let moss = try! #require(result.source(of: "Tonight is big"))
        #expect(moss.name == "Dana Moss")
        #expect(moss.titles.contains("state Rep."))
        #expect(result.quote("Tonight is big")?.kind == .direct)
        #expect(result.source(of: "We will act")?.description == "state officials")
    }

    @Test func aSpokesmanForACountrysBodyInLowercaseSpeaksForIt() {
        let result = Story.attribute(
            "A spokesman for the Vestland foreign ministry said the talks were over.",
            "A spokeswoman for the Ostravan embassy said the visit would go ahead.")
        #expect(result.source(of: "the talks were over")?.organizations == ["Vestland foreign ministry"])
        #expect(result.source(of: "the visit would go ahead")?.description == "a spokeswoman for the Ostravan embassy")
    }

    @Test func militaryRanksStayOutOfTheName() {
        let result = Story.attribute("“We are ready,” Navy press secretary Rear Adm. Cal Brisk said.")
        #expect(result.speaker(of: "We are ready") == "Cal Brisk")
    }

    @Test func theAddresseeIsNotTheSpeaker() {
        let result = Story.attribute(
            "Envoy Tamsin Orr met Deputy Minister Halvard Bex.",
            "“Our ties are strong,” Orr told Deputy Minister Halvard Bex at the summit.")
        #expect(result.speaker(of: "Our ties are strong") == "Tamsin Orr")
        #expect(!result.sources.contains { $0.name == "Halvard Bex" })
    }

    @Test func splitQuoteGivesTwoRecordsForOneSpeaker() {
        let result = Story.attribute("“The first part,” said Wren Adley. “The second part.”")
        #expect(result.attributions.count == 2)
        #expect(result.speaker(of: "The second part") == "Wren Adley")
    }

    @Test func aSentenceBrokenByItsCueIsOneQuote() {
        let text = "“Each time the ferry is late,” Pell Arven said, “the whole island waits.”"
        let result = Story.attribute(text)
        #expect(result.attributions.count == 1)
        let quote = try! #require(result.quote("Each time the ferry is late"))
        #expect(quote.text.contains("the whole island waits."))
        #expect(quote.span.end == text.unicodeScalars.count - 1)
        #expect(result.speaker(of: "Each time") == "Pell Arven")
    }

    @Test func aCapitalizedSecondPartAfterAFullStopStaysSeparate() {
        let result = Story.attribute("“The ferry is late,” Pell Arven said. “The island waits.”")
        #expect(result.attributions.count == 2)
    }

    @Test func aShowTitleInsideAClauseIsNotSpeech() {
        let result = Story.attribute("Appearing on “Morning Harbor Live,” Pell Arven praised the crews.")
        #expect(result.quote("Morning Harbor Live") == nil)
    }

    @Test func anAppositiveBetweenNameAndCueKeepsTheNameAsSpeaker() {
        let result = Story.attribute("“We will win this county,” Senator Rhea Dorn, a close adviser to the governor, told Reuters.")
        #expect(result.speaker(of: "We will win this county") == "Rhea Dorn")
        #expect(result.quote("We will win this county")?.via == "Reuters")
    }

    @Test func shoutedWordsHaveTheirShouter() {
        let result = Story.attribute(
            "Harbor officials met on Tuesday.",
            "Outside the hall, the dockworkers chanted “no more cuts.”",
            "“Leave the stage now,” Dana Pell barked at the heckler.")
        #expect(result.quote("no more cuts")?.speakerSpan != nil)
        #expect(result.speaker(of: "Leave the stage now") == "Dana Pell")
    }

    @Test func theSubjectOfAClauseEndingInAColonSpeaksTheQuote() {
        let result = Story.attribute(
            "Dana Pell spoke first at the harbor, and Rolf Amsel listened.",
            "She then turned to the crowd again: “Here is what I promise. The ferry returns in May.”")
        #expect(result.speaker(of: "Here is what I promise") == "Dana Pell")
        #expect(result.quote("Here is what I promise")?.rule == "SUBJECT …: quote")
    }

    @Test func aQuoteParagraphContinuesThePreviousSpeaker() {
        let result = Story.attribute("“We start today,” said Ivo Pratt.", "“And we finish tomorrow.”")
        #expect(result.speaker(of: "And we finish tomorrow") == "Ivo Pratt")
    }

    @Test func aQuoteWithACueWeCannotReadBorrowsNoSpeaker() {
        let result = Story.attribute(
            "“The volumes are small,” said Ingrid Halvorsen.",
            "“Farmers always pay first,” wrote Per Amund, a columnist, in a post on X.")
        #expect(result.speaker(of: "Farmers always pay first") != "Ingrid Halvorsen")
    }

    @Test func anUnnamedSourceInAPlaceKeepsThePlaceOutOfItsName() {
        let result = Story.attribute(
            "A Western diplomat in Kessel, who requested anonymity to speak freely, said the talks had been frosty.")
        let source = try! #require(result.source(of: "the talks had been frosty"))
        #expect(source.anonymous)
        #expect(source.description == "a Western diplomat in Kessel")
        let speaking = Story.attribute("Two officials in Brask, speaking on condition of anonymity, said the deal was dead.")
        #expect(speaking.source(of: "the deal was dead")?.anonymous == true)
        #expect(speaking.speaker(of: "the deal was dead") != "Brask")
    }

    @Test func aDashAfterAQuoteNamesItsSpeaker() {
        let result = Story.attribute(
            "“The ferry is late again.” ― Ana Ruiz",
            "“We want the bridge.” — Olav Berg, a farmer")
        #expect(result.speaker(of: "The ferry is late again") == "Ana Ruiz")
        #expect(result.speaker(of: "We want the bridge") == "Olav Berg")
        #expect(result.source(of: "We want the bridge")?.titles == ["farmer"])
        let bare = Story.attribute("“Tolls are theft.” — Tor Lind, retired ferry captain")
        #expect(bare.source(of: "Tolls are theft")?.titles == ["retired ferry captain"])
    }

    @Test func aDashAndANameAloneUnderAQuoteParagraphSignIt() {
        let result = Story.attribute(
            "The council met on Monday.", "“The ferry is the only road we have. Cut it and the island dies.”", "— Ana Ruiz, a nurse on Holm")
        #expect(result.speaker(of: "The ferry is the only road") == "Ana Ruiz")
        #expect(result.source(of: "The ferry is the only road")?.titles == ["nurse on Holm"])
    }

    @Test func partialQuoteGoesToTheSentenceSpeaker() {
        let result = Story.attribute("Governor Lise Amber touted the “historic agreement” between the two towns.")
        let quote = try! #require(result.quote("historic agreement"))
        #expect(quote.kind == .partial)
        #expect(result.speaker(of: "historic agreement") == "Lise Amber")
    }

    @Test func aClaimQuotingAPhraseOfTheSpeakersWordsIsPartial() {
        let result = Story.attribute("Governor Lise Amber said the ferry deal was “the best thing to happen to us” in years.")
        let claim = try! #require(result.quote("the ferry deal was"))
        #expect(claim.kind == .partial)
        #expect(claim.text.hasSuffix("in years"))
        #expect(result.speaker(of: "the ferry deal was") == "Lise Amber")
    }

    @Test func aQuotedPhraseInsideTheWritersClaimBeforeATrailingCueMakesTheClaimPartial() {
        let result = Story.attribute(
            "“We rowed out and searched” the cold bay for the lost skiff until dusk, Ana Ruiz said.",
            "The dredging, which began in May, “has wrecked the oyster beds,” said Hal Brenner.")
        let searched = try! #require(result.quote("We rowed out and searched"))
        #expect(searched.kind == .partial)
        #expect(searched.text == "“We rowed out and searched” the cold bay for the lost skiff until dusk")
        #expect(result.speaker(of: "We rowed out and searched") == "Ana Ruiz")
        let dredging = try! #require(result.quote("has wrecked"))
        #expect(dredging.text.hasPrefix("The dredging, which began in May"))
        #expect(result.speaker(of: "has wrecked") == "Hal Brenner")
    }

    @Test func aQuoteBeforeTheSpeakersAppositiveStaysDirect() {
        let result = Story.attribute("“This is textbook coercion,” Maren Holt, director of the Baltic Security Council, told The Harbor Times.")
        #expect(result.quote("textbook coercion")?.kind == .direct)
        #expect(result.quote("textbook coercion")?.text == "This is textbook coercion,")
    }

    @Test func anAffiliationWithTheAfterATrailingNameStaysWithIt() {
        let result = Story.attribute("“Vestland has been naive,” said Kari Lund of the University of Bergvik.")
        let source = try! #require(result.source(of: "Vestland has been naive"))
        #expect(source.name == "Kari Lund")
        #expect(source.organizations == ["University of Bergvik"])
    }

    @Test func aClaimQuotingAShortTermStaysIndirect() {
        let result = Story.attribute("Governor Lise Amber said the “historic” deal would lower fares for islanders.")
        #expect(result.quote("deal would lower fares")?.kind == .indirect)
    }

    @Test func quotedTitlesAreNotSpeech() {
        let result = Story.attribute("The mayor opened the “Green Harbor Initiative” office at noon.")
        #expect(result.attributions.isEmpty)
    }

    /// A work's title is no quote even when a cue follows it; the same word quoted as speech still is.
    @Test func aTitleAfterAWorksNounIsNoQuote() {
        let result = Story.attribute(
            "In her book “Tides,” Ada Quill argues that the port was doomed.",
            "“Tides,” Quill said, “is about my father.”")
        #expect(result.quote("Tides")?.kind != .partial)
        #expect(result.attributions.filter { $0.kind == .partial }.isEmpty)
        #expect(result.speaker(of: "is about my father") == "Ada Quill")
    }

    @Test func aNameBeforeAColonIntroducesTheQuote() {
        let result = Story.attribute("Pollster Wim Arlo: “Turnout will decide it.”")
        #expect(result.speaker(of: "Turnout will decide it") == "Wim Arlo")
    }

    @Test func aPartyTagAfterTheNameStaysInThePhrase() {
        let result = Story.attribute("Rep. Ada Moss (D-Vt.), chair of the panel, said the hearing would resume in May.")
        #expect(result.speaker(of: "the hearing would resume") == "Ada Moss")
    }

    @Test func anAgeAfterTheNameStaysInThePhrase() {
        let result = Story.attribute("Marta Quill, 34, a welder from Dunmore, said the yard had cut her shifts.")
        #expect(result.speaker(of: "the yard had cut") == "Marta Quill")
        #expect(result.source(of: "the yard had cut")?.titles == ["welder"])
    }

    @Test func aFirstNameSpelledLikeAFunctionWordAfterATitleIsPartOfTheName() {
        let result = Story.attribute("Councilman Per Eng, who voted against the sale, said the price was far too low.")
        #expect(result.speaker(of: "the price was far too low") == "Per Eng")
    }

    @Test func aNameBetweenDashesAfterItsRoleIsTheSpeaker() {
        let result = Story.attribute("A former port director -- Ilse Varga, who lost the 2019 race to Pratt -- said the plan offered no answer to the floods.")
        let source = try! #require(result.source(of: "the plan offered no answer"))
        #expect(source.name == "Ilse Varga")
        #expect(source.titles.contains("former port director"))
        #expect(source.titles.contains("who lost the 2019 race to Pratt"))
    }

    @Test func aParticipleOpeningTheSentenceIsNoName() {
        let result = Story.attribute("Pressed on the delays, Mr. Vale said the port would stay open.")
        #expect(result.speaker(of: "the port would stay open") == "Vale")
    }

    @Test func aHeadlineInSentenceCaseReportsClaimsButNoQuotes() {
        let article = Story.article(
            ["Mayor Dana Pell says the ferry will run all winter", "The council met on Monday."], kinds: [.title, .body])
        let result = AttributionEngine().attribute(article)
        #expect(result.speaker(of: "the ferry will run all winter") == "Dana Pell")
        let titleCase = Story.article(["Mayor Dana Pell Says the Ferry Will Run", "The council met on Monday."], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(titleCase).attributions.isEmpty)
        let quoted = Story.article(["Pell says the ferry plan is ‘a lifeline’", "The council met on Monday."], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(quoted).attributions.map(\.kind) == [.indirect])
        let phrase = Story.article(["Pell says the ferry is ‘a lifeline for the whole island’", "The council met."], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(phrase).attributions.map(\.kind) == [.indirect])
    }

    /// "Tolvik: Harbour Plan Is ‘Dead in the Water’": a headline's claim under the name of a person the body names,
    /// with or without a title; a label that names nobody in the body ("Morning Brief:") or holds a function word, or a
    /// question after the name, reports nothing, and a headline in sentence case after a label reports its claims.
    @Test func aHeadlineOpeningWithAPersonsNameAndAColonReportsTheirClaim() {
        let body = "Mayor Mara Tolvik said on Monday that the harbour plan had failed."
        let labelled = Story.article(["Tolvik: Harbour Plan Is ‘Dead in the Water’", body], kinds: [.title, .body])
        let result = AttributionEngine().attribute(labelled)
        #expect(result.speaker(of: "Harbour Plan Is") == "Mara Tolvik")
        #expect(result.attributions.first?.kind == .indirect)
        #expect(result.attributions.map(\.sourceID) == ["s1", "s1"])
        let titled = Story.article(["Mayor Mara Tolvik: Harbour Plan Is Dead", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(titled).speaker(of: "Harbour Plan Is Dead") == "Mara Tolvik")
        let label = Story.article(["Update: Harbour Plan Is Dead in the Water", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(label).attributions.count == 1)
        let about = Story.article(["Big Win for Tolvik: Harbour Plan Is Dead", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(about).attributions.count == 1)
        let brief = Story.article(["Morning Brief: Harbour ministers split on the ferry pact", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(brief).attributions.count == 1)
        let update = Story.article(["Update: Mayor Dana Pell says the ferry will run all winter", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(update).speaker(of: "the ferry will run all winter") == "Dana Pell")
        let question = Story.article(["Tolvik: Reformer or Harbour Insider?", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(question).attributions.count == 1)
    }

    /// "Tolvik Says Harbour Plan Will Fail": a headline in title case reports the claim of a person the body names, its
    /// words as written; a body the headline capitalizes ("Harbour Board Says …") is no name the body gave.
    @Test func aHeadlineInTitleCaseReportsTheClaimOfAPersonTheBodyNames() {
        let body = "Mayor Mara Tolvik said on Monday that the harbour plan needed money."
        let cue = Story.article(["Tolvik Says Harbour Plan Will Fail Without New Funds", body], kinds: [.title, .body])
        let result = AttributionEngine().attribute(cue)
        #expect(result.speaker(of: "Harbour Plan Will Fail Without New Funds") == "Mara Tolvik")
        #expect(result.attributions.map(\.kind) == [.indirect, .indirect])
        let after = Story.article(["Harbour Plan Will Fail, Mara Tolvik Warns", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(after).speaker(of: "Harbour Plan Will Fail") == "Mara Tolvik")
        let unnamed = Story.article(["Harbour Board Says Plan Will Fail Without New Funds", body], kinds: [.title, .body])
        #expect(AttributionEngine().attribute(unnamed).attributions.count == 1)
    }

    @Test func aNameBeforeARoleAndASecondAppositiveSpeaks() {
        let result = Story.attribute("Lars Holm, director of the Harbor Policy Center, a think tank in Kessel, said the tolls were too high.")
        let source = try! #require(result.source(of: "the tolls were too high"))
        #expect(source.name == "Lars Holm")
        #expect(source.organizations == ["Harbor Policy Center"])
    }

    @Test func aPastTenseAfterTheCueIsTheClaimsVerbNotANoun() {
        let result = Story.attribute("Ada Brun, the group’s president, said the budget ignored renters.")
        #expect(result.speaker(of: "the budget ignored renters") == "Ada Brun")
    }

    @Test func coordinatedCueTakesTheSentenceSubject() {
        let result = Story.attribute("Senator Lio Brandt criticized the budget and said the cuts went too far.")
        #expect(result.speaker(of: "the cuts went too far") == "Lio Brandt")
    }

    /// The statement after a naming verb is the quoted label alone, as the reader sees it quoted.
    @Test func aNamingVerbsQuotedLabelIsThePartialQuote() {
        let result = Story.attribute("Councilor Bo Tran called the new bridge plan “a costly dream.”")
        let quote = try! #require(result.quote("a costly dream"))
        #expect(quote.kind == .partial)
        #expect(quote.text == "a costly dream.")
        let branded = Story.attribute("The ferry union branded the offer “an insult to every deckhand.”")
        #expect(branded.quote("an insult to every deckhand")?.text == "an insult to every deckhand.")
        #expect(branded.speaker(of: "an insult to every deckhand") == "ferry union")
        #expect(result.speaker(of: "a costly dream") == "Bo Tran")
    }

    /// A plural opening the sentence before "of" and a lowercase noun is a group, its capital the sentence's; a name
    /// before "of the" and a name stays a name.
    @Test func aCapitalizedPluralOpeningTheSentenceBeforeItsModifierIsAGroup() {
        let result = Story.attribute(
            "Families of the victims said they wanted answers.",
            "Fans of the club said the stadium was unsafe.",
            "Jones of the Harbor Trust said the ferry was old.")
        #expect(result.source(of: "they wanted answers")?.description == "Families of the victims")
        #expect(result.source(of: "the stadium was unsafe")?.anonymous == true)
        #expect(result.speaker(of: "the ferry was old") == "Jones")
    }

    /// A capitalized plural of people ending a name after another capitalized word is a body: a union, not its workers.
    @Test func aCapitalizedPluralEndingANameIsABody() {
        let result = Story.attribute(
            "The Communications Workers of Norland said the stoppage would last three days.",
            "“We are ready,” said the Harbor Auto Workers.",
            "Harbor Auto Workers treasurer Ivo Lind said the fund was full.")
        #expect(result.speaker(of: "the stoppage would last") == "Communications Workers of Norland")
        #expect(result.speaker(of: "We are ready") == "Harbor Auto Workers")
        #expect(result.source(of: "We are ready")?.anonymous == false)
        #expect(result.speaker(of: "the fund was full") == "Ivo Lind")
    }

    /// A registered organisation whose name holds ordinary words is one speaker: "Doctors Without Borders" is no
    /// group of doctors, "Save the Children" no "Children".
    @Test func aRegisteredOrganisationOfOrdinaryWordsIsOneSpeaker() {
        let result = Story.attribute(
            "Doctors Without Borders said its clinics were running out of insulin.",
            "“We cannot reach the wounded,” said Reporters Without Borders.",
            "Save the Children said 400 children had been displaced.",
            "A spokesman for Save the Children said schools were closed.")
        #expect(result.speaker(of: "running out of insulin") == "Doctors Without Borders")
        #expect(result.speaker(of: "We cannot reach the wounded") == "Reporters Without Borders")
        #expect(result.speaker(of: "had been displaced") == "Save the Children")
        #expect(result.source(of: "schools were closed")?.organizations == ["Save the Children"])
    }
}

@Suite struct SpeakerPhraseTests {
    /// "Voss and her colleagues wrote", "Mendes and colleagues found": the person named first speaks for the group.
    @Test func aNameAndHerTeamIsTheNamedLead() {
        let result = Story.attribute(
            "The study was published on Thursday.",
            "Voss and her colleagues wrote in the journal that the results were strong.",
            "Mendes and colleagues found that sleep mattered too.")
        #expect(result.speaker(of: "the results were strong") == "Voss")
        #expect(result.speaker(of: "sleep mattered too") == "Mendes")
    }

    /// "Tolvik's team said": a person's team speaks as an unnamed group, as "her aides" do; "Voss and her team" stays Voss.
    @Test func aPersonsTeamIsAnUnnamedGroup() {
        let result = Story.attribute(
            "Mara Tolvik is the mayor of Corvo.",
            "Tolvik's team said the cost was too high.",
            "Voss and her team wrote that the harbor was silting up.")
        #expect(result.speaker(of: "the cost was too high") == "Tolvik's team")
        #expect(result.source(of: "the cost was too high")?.anonymous == true)
        #expect(result.speaker(of: "the harbor was silting up") == "Voss")
    }

    /// Sports positions before a name are titles: "Guard Malik Torres", "Winger Dre Coleman".
    @Test func aPlayersPositionIsATitle() {
        let result = Story.attribute(
            "Harbor City won on Sunday.",
            "Guard Malik Torres scored 31 points. “I just wanted the ball,” Torres said.",
            "Winger Dre Coleman said the team was tired.")
        #expect(result.speaker(of: "I just wanted the ball") == "Malik Torres")
        #expect(result.speaker(of: "the team was tired") == "Dre Coleman")
    }

    @Test func coAuthorIsATitle() {
        let result = Story.attribute(
            "The study was published on Thursday.",
            "Co-author Rafael Mendes said the results should not make anyone complacent.")
        #expect(result.speaker(of: "should not make anyone complacent") == "Rafael Mendes")
        #expect(result.source(of: "should not make anyone complacent")?.titles == ["Co-author"])
    }

    @Test func anUnnamedDescriptionAfterTheCueIsTheSpeaker() {
        let result = Story.attribute(
            "“Nobody expected the levy to pass,” said one veteran Harbor Board strategist.",
            "“The pier is not safe,” said a 2019 ferry veteran.")
        let strategist = try! #require(result.source(of: "Nobody expected"))
        #expect(strategist.anonymous)
        #expect(strategist.description == "one veteran Harbor Board strategist")
        #expect(result.speaker(of: "The pier is not safe") == "a 2019 ferry veteran")
    }

    @Test func aPossessiveOpensTheSpeakerAfterTheCue() {
        let result = Story.attribute(
            "Pell Arven lost the vote.",
            "“We still have a path,” added his campaign manager Ivo Brandt.",
            "“He is tired,” said his sister, Mara Arven.",
            "“No comment,” said her lawyer.")
        #expect(result.speaker(of: "We still have a path") == "Ivo Brandt")
        #expect(result.speaker(of: "He is tired") == "Mara Arven")
        let lawyer = try! #require(result.source(of: "No comment"))
        #expect(lawyer.anonymous)
        #expect(lawyer.description == "her lawyer")
    }

    @Test func aParticipleClauseBetweenSubjectAndCueIsSkipped() {
        let result = Story.attribute(
            "Lind, speaking at a rally in Kessel, Vestland, warned that the toll would pass.",
            "Sen. Ada Moss, D-Vt., appearing on Harbor Radio, said the ferry had failed.",
            "Ole Dahl, acting director of the port, said the toll was high.")
        #expect(result.speaker(of: "the toll would pass") == "Lind")
        #expect(result.speaker(of: "the ferry had failed") == "Ada Moss")
        let director = try! #require(result.source(of: "the toll was high"))
        #expect(director.titles.contains { $0.hasPrefix("acting director") })
    }

    @Test func aPlaceOrTimeBetweenNameAndCueIsNotTheSpeaker() {
        let result = Story.attribute(
            "Ivo Pell at the time said he would vote against the toll.",
            "Rosa Lind in Kessel said the ferry was late.")
        #expect(result.speaker(of: "he would vote against") == "Ivo Pell")
        #expect(result.speaker(of: "the ferry was late") == "Rosa Lind")
    }

    @Test func aParticipleCueBeforeAQuoteSharesTheSpeakerOfTheClause() {
        let result = Story.attribute(
            "Ivo Pell left early, Ada Nefzi said, adding, “He was not happy.”",
            "Mayor Rosa Lind joked about the vote, telling the crowd, “Some people get carried away.”",
            "Early in the race, Pell attacked Lind, calling her “a failed mayor.”",
            "Harbor council candidate Ada Moss took to the radio, writing: “Another toll, this time on the bridge.”")
        #expect(result.speaker(of: "He was not happy") == "Ada Nefzi")
        #expect(result.speaker(of: "Some people get carried away") == "Rosa Lind")
        #expect(result.speaker(of: "a failed mayor") == "Ivo Pell")
        #expect(result.speaker(of: "Another toll") == "Ada Moss")
    }

    /// "…, an official told reporters on a conference call, calling the move “deeply worrying”": the participle
    /// shares the speaker of the trailing cue past its object and adjuncts (and past "call", a noun there).
    @Test func aParticipleSharesTheSpeakerOfATrailingCuePastItsAdjuncts() {
        let result = Story.attribute(
            "Veltan has recalled its ambassador from Norland, a senior State Department official told reporters on a conference call, calling the move “deeply worrying.”")
        #expect(result.speaker(of: "deeply worrying") == "a senior State Department official")
    }

    /// "Prime Minister-elect Goran Veit": a title before its holder takes office is a title, no part of the name.
    @Test(arguments: ["Prime Minister-elect", "Chancellor-elect", "Prime Minister-designate"])
    func aTitleNotYetTakenUpIsNoPartOfTheName(title: String) {
        let result = Story.attribute("\(title) Goran Veit said the pact was dead.")
        #expect(result.speaker(of: "the pact was dead") == "Goran Veit")
    }

    @Test func aStateOrYearAfterTheOpeningAdverbialIsNotTheSubject() {
        let result = Story.attribute(
            "Speaking at a town hall in Salem, Vestland, Ivo Pell went after Lind, calling her “a total stiff.”",
            "On July 6, 2015, Mayor Rosa Lind made the following comments:",
            "“The toll is fair.”",
            "On Sunday, Ada Moss, the harbor master, warned that the ferry was late.")
        #expect(result.speaker(of: "a total stiff") == "Ivo Pell")
        #expect(result.speaker(of: "The toll is fair") == "Rosa Lind")
        #expect(result.speaker(of: "the ferry was late") == "Ada Moss")
    }

    @Test func aCueJoinedByAndBeforeAQuoteTakesTheSubject() {
        let result = Story.attribute(
            "Rosa Lind shouted at the officers.",
            "She then urges her husband to stay in the car and repeatedly says, “Don't you do it,” until the doors close.")
        #expect(result.speaker(of: "Don't you do it") == "Rosa Lind")
    }

    @Test func aParticipleAndPlaceAfterAnUnnamedGroupBelongToIt() {
        let result = Story.attribute("Protesters marching through the streets chanted “What toll?” until midnight.")
        let protesters = try! #require(result.source(of: "What toll?"))
        #expect(protesters.anonymous)
        #expect(protesters.description?.lowercased().hasPrefix("protesters") == true)
    }

    @Test func aCountOpeningTheSentenceIsThePhraseOfItsSubject() {
        let result = Story.attribute("About 60 protesters blocked a logging road on Wednesday, saying the stand was home to two rare birds.")
        #expect(result.source(of: "the stand was home")?.description == "60 protesters")
    }

    /// The object of a participle after an unnamed speaker ("the family", "the workers") does not speak.
    @Test(arguments: [
        ("A lawyer representing the family said the case would go to trial.", "a lawyer representing the family"),
        ("A union representing the deckhands said it feared job cuts.", "a union representing the deckhands"),
        ("The union representing Kestrel’s 12,000 workers in Norland said it had not been consulted.",
         "the union representing kestrel’s 12,000 workers in norland"),
        ("A witness interviewed by the committee said the order came from the top.", "a witness"),
        ("A company spokesman reached by phone said the plant would stay open.", "a company spokesman"),
        ("The woman accused of driving onto a crowded pavement along the Kessel Strip told police she was scared.", "the woman"),
    ])
    func theUnnamedSpeakerBeforeAParticipleSpeaks(sentence: String, description: String) {
        let result = Story.attribute(sentence)
        #expect(result.attributions.count == 1)
        #expect(result.sources.first?.description?.lowercased() == description)
    }

    /// An unnamed source keeps its post-modifier across a relative clause, whose refusal reports nothing.
    @Test(arguments: [
        ("A person familiar with the matter, who declined to be identified, said the deal was off.", "a person familiar with the matter"),
        ("A person with knowledge of the talks, who asked not to be named, said the deal was off.", "a person with knowledge of the talks"),
    ])
    func anUnnamedSourceBeforeARelativeClauseSpeaks(sentence: String, description: String) {
        let result = Story.attribute(sentence)
        #expect(result.attributions.count == 1)
        #expect(result.source(of: "the deal was off")?.description == description)
    }

    @Test(arguments: [
        "A Nuvexa spokesman declined to comment on production numbers.",
        "The ministry refused to elaborate on the plan.",
        "Ms. Brell declined to speculate about a second run.",
        "Officials at the port authority declined to say whether dredging would start this year.",
        "The ministry refused to confirm the figures.",
        "A company spokesperson declined to answer further questions.",
        "Sen. Dolores Whitcomb has not said how she will vote on the bill.",
        "Ana Lind never said the vote was rigged in any county.",
        "The hospital declined to discuss the patient's treatment.",
    ])
    func refusingToCommentReportsNothing(sentence: String) {
        #expect(Story.attribute(sentence).attributions.isEmpty)
    }

    @Test(arguments: [
        ("City councillor Marcia “Cia” Brell said the tunnel was too expensive.", "Marcia “Cia” Brell"),
        ("Harold ‘Hal’ Finch told reporters the tunnel was too expensive.", "Harold ‘Hal’ Finch"),
        ("Drummer James \"Jimbo\" Rask said the tunnel was too expensive.", "James \"Jimbo\" Rask"),
        ("The singer, Annika “Nikki” Strand, said the tunnel was too expensive.", "Annika “Nikki” Strand"),
    ])
    func aNicknameInQuotationMarksStaysInTheName(sentence: String, name: String) {
        let result = Story.attribute(sentence)
        #expect(result.attributions.count == 1)
        #expect(result.speaker(of: "the tunnel was too expensive") == name)
    }

    @Test(arguments: [
        ("Commuter Aisha Rahim said the trains were late.", "Aisha Rahim", "Commuter"),
        ("Resident Per Aasen said the trains were late.", "Per Aasen", "Resident"),
        ("Actress Lina Berg said the trains were late.", "Lina Berg", "Actress"),
    ])
    func aRoleOfUnnamedSourcesBeforeANameIsATitleNotAnOrganisation(sentence: String, name: String, title: String) {
        let source = Story.attribute(sentence).source(of: "the trains were late")
        #expect(source?.name == name)
        #expect(source?.titles == [title])
        #expect(source?.organizations == [])
    }

    @Test func aPartyOrAGroupBeforeANameIsNoRole() {
        let source = Story.attribute("Republicans Ada Quill and Ivo Brandt said the trains were late.").source(of: "the trains were late")
        #expect(source?.titles.contains("Republicans") == false)
    }

    @Test func aLaterSurnameResolvesToTheNameWithItsNickname() {
        let result = Story.attribute(
            "“We will appeal,” said boxing promoter Leonard “Lenny” Okafor.",
            "Later, Okafor said the fight would go ahead.")
        #expect(result.speaker(of: "the fight would go ahead") == "Leonard “Lenny” Okafor")
        #expect(result.sources.count == 1)
    }

    @Test func aQuotedWordAfterALowercaseWordIsNoNickname() {
        let result = Story.attribute("Ms. Brell called the plan “Reckless” on Monday.")
        #expect(result.quote("Reckless")?.kind == .partial)
    }

    @Test(arguments: [
        "Asked what she would miss most, Solberg laughed.",
        "Pressed on the budget, the mayor sighed.",
    ])
    func aQuestionPutToTheSpeakerIsNoClaim(sentence: String) {
        #expect(Story.attribute(sentence).attributions.isEmpty)
    }

    @Test func aClaimAfterTheQuestionIsTheSpeakers() {
        let result = Story.attribute("Asked whether he would run again, Ivo Pell said he had not decided.")
        #expect(result.attributions.count == 1)
        #expect(result.speaker(of: "he had not decided") == "Ivo Pell")
    }

    @Test func aNumberMayOpenTheSpeakerAfterTheCue() {
        let result = Story.attribute(
            "“The toll does not hold water,” said 2016 candidate Ivo Pell.",
            "“The toll does not hold weight,” said 9/11 widow Ada Strand.")
        #expect(result.speaker(of: "hold water") == "Ivo Pell")
        #expect(result.speaker(of: "hold weight") == "Ada Strand")
    }

    @Test func anUnnamedRoleServingABodyInLowercaseKeepsIt() {
        let result = Story.attribute(
            "The Harbor Council voted on Monday.",
            "A spokeswoman for the council said in an email that members were reviewing the decision.",
            "An aide to the mayor said the ferry was late.")
        let spokeswoman = try! #require(result.source(of: "members were reviewing"))
        #expect(spokeswoman.description == "a spokeswoman for the council")
        #expect(spokeswoman.organizations == ["Harbor Council"])
        #expect(result.source(of: "the ferry was late")?.description == "an aide to the mayor")
    }

    @Test func aPossessiveOpensAnUnnamedSpeakerBeforeTheCue() {
        let result = Story.attribute(
            "As the crowd cheered Ivo Pell, his wife whispered to him: “They are still with you.”",
            "A person briefed on the talks said two firms had made offers.",
            "The talks are at an early stage, said one of the people, who asked not to be named.")
        #expect(result.source(of: "They are still with you")?.description == "his wife")
        #expect(result.source(of: "two firms had made offers")?.description == "a person briefed on the talks")
        #expect(result.source(of: "The talks are at an early stage")?.description == "a person briefed on the talks")
    }

    @Test func aRelativeClauseAfterTheSubjectIsSkipped() {
        let result = Story.attribute(
            "Tom Alvarez, president of Ferry Workers Local 12, which represents the deckhands, called the cuts “a betrayal.”",
            "The panel, which monitors the sanctions, said in its annual report that tankers had moved fuel.",
            "A soldier in Ortiz's unit, who asked not to be identified, said the march started late.",
            "The mayor told WHO officials that the clinic was open.")
        #expect(result.speaker(of: "a betrayal") == "Tom Alvarez")
        #expect(result.source(of: "tankers had moved fuel")?.name == "panel")
        #expect(result.source(of: "the march started late")?.description == "a soldier")
        #expect(result.quote("the clinic was open")?.text == "the clinic was open")
    }

    @Test func anUnnamedBodySpeaks() {
        let result = Story.attribute(
            "In a brief email, his office said the chairman would review the decision.",
            "According to the state news agency, President Viktor Halloran chaired a meeting.")
        #expect(result.source(of: "the chairman would review")?.description == "his office")
        #expect(result.source(of: "Halloran chaired a meeting")?.name == "state news agency")
    }

    @Test func aSentenceOpeningWithACommaIsReadWithoutFault() {
        let result = Story.attribute(", 2015, Ivo Pell said the toll was fair.")
        #expect(result.speaker(of: "the toll was fair") == "Ivo Pell")
    }

    @Test func aPluralPossessiveKeepsThePhraseWhole() {
        let result = Story.attribute(
            "Frank Ellison, the head of the bus drivers' union, warned that the strike would go on.",
            "The drivers' union said the depots would stay shut.")
        #expect(result.speaker(of: "the strike would go on") == "Frank Ellison")
        #expect(result.speaker(of: "the depots would stay shut") == "drivers' union")
    }

    @Test func aDefiniteDescriptionEndingTheClauseIsAMention() {
        let text = "“How tall is the wall?” asked the girl, who wore a yellow coat."
        let result = Story.attribute(text)
        let quote = try! #require(result.quote("How tall is the wall?"))
        let mention = try! #require(quote.speakerSpan)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<(mention.start + 8)])) == "the girl")
    }

    @Test func aClaimAfterTheCueIsNotADescription() {
        let result = Story.attribute("Kai Brann, a reporter, said the quotas were too low.")
        #expect(result.speaker(of: "the quotas were too low") == "Kai Brann")
    }

    @Test func theNameMayStandInTheAppositive() {
        let result = Story.attribute("“By spring the pier was the place to fight,” the mayor’s chief of staff, Ivo Brandt, said.")
        let source = try! #require(result.source(of: "By spring"))
        #expect(source.name == "Ivo Brandt")
        #expect(source.titles == ["mayor’s chief of staff"])
    }

    @Test func aPossessiveOfficeSpeaksAsAnOrganisation() {
        let result = Story.attribute("“We have the votes,” Vale’s office said in a statement.")
        #expect(result.speaker(of: "We have the votes") == "Vale’s office")
        #expect(result.quote("We have the votes")?.via == "in a statement")
    }

    @Test func theRelativePronounBelongsToTheMention() {
        let text = "Ada Quill, who said the tide tables were wrong, resigned."
        let result = Story.attribute(text)
        let claim = try! #require(result.quote("the tide tables were wrong"))
        let mention = try! #require(claim.speakerSpan)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "Ada Quill, who")
        #expect(result.speaker(of: "the tide tables were wrong") == "Ada Quill")
        #expect(claim.text == "the tide tables were wrong")
    }

    @Test func aRelativePronounAfterAnAppositiveStandsForTheName() {
        let result = Story.attribute("Pratt met Ben Olafsen, a trawler captain, who said the new rules would ruin him.")
        let source = try! #require(result.source(of: "the new rules"))
        #expect(source.name == "Ben Olafsen")
        #expect(source.titles == ["trawler captain"])
    }

    @Test func aRoleInAnOrganisationsServiceIsAnUnnamedPerson() {
        let result = Story.attribute(
            "The ministry’s spokesman said the ferry would be sold.",
            "The Harbor Foundation’s statement said the pier was safe.")
        let spokesman = try! #require(result.source(of: "the ferry would be sold"))
        #expect(spokesman.anonymous)
        #expect(spokesman.description == "the ministry’s spokesman")
        #expect(result.speaker(of: "the pier was safe") == "Harbor Foundation")
    }

    @Test func aPartialQuoteBeforeItsCueTakesTheNameAfterIt() {
        let result = Story.attribute(
            "Ferry crews have backed him, but “Brackwater has the smallest fleet,” said Ivo Pratt, a professor at the Coastal School.",
            "The plan may be “strategic,” said Nina Vos, an economist.")
        #expect(result.speaker(of: "Brackwater has the smallest fleet") == "Ivo Pratt")
        #expect(result.speaker(of: "strategic") == "Nina Vos")
    }

    @Test func aLongCapitalizedRunEndsInTheName() {
        let result = Story.attribute(
            "“We made mistakes,” Brackwater County Recorder Nell Ostrand said.",
            "“Tides are rising,” the South Coast Morning Post reported.")
        #expect(result.speaker(of: "We made mistakes") == "Nell Ostrand")
        #expect(result.source(of: "We made mistakes")?.organizations == ["Brackwater County Recorder"])
        #expect(result.speaker(of: "Tides are rising") == "South Coast Morning Post")
    }

    @Test func placesAndCapitalizedDatelinesNeverSpeak() {
        let result = Story.attribute(
            "GULLPORT HARBOR — The ferry strike entered its third week.",
            "The Northern Sea Ferry Union met on Monday.",
            "“We will not go back,” he said.")
        #expect(!result.sources.contains { $0.name == "GULLPORT HARBOR" })
        #expect(result.speaker(of: "We will not go back") == nil)
    }

    @Test func coordinatedNamesAreNotEachOthersCredentials() {
        let result = Story.attribute("Mr. Vale and Ada Quill never tire of the story.", "Quill said the vote was close.")
        let quill = try! #require(result.source(of: "the vote was close"))
        #expect(quill.name == "Ada Quill")
        #expect(quill.organizations.isEmpty && quill.titles.isEmpty)
        #expect(quill.gender == nil)
    }

    @Test func aPossessorsHonorificGivesNoGender() {
        let result = Story.attribute("Mr. Vale's harbor advisers pointed out that the port rarely floods twice.")
        let advisers = try! #require(result.source(of: "the port rarely floods"))
        #expect(advisers.gender == nil)
    }

    @Test func aTitleJoinedByOfMayPrecedeTheName() {
        let result = Story.attribute("“Thanks for coming,” said master of ceremonies Ansel Terrow, a retired engineer.")
        let source = try! #require(result.source(of: "Thanks for coming"))
        #expect(source.name == "Ansel Terrow")
        #expect(source.titles.contains("master of ceremonies"))
    }

    /// "a union staffer in the room wondered": the speaker is the head, with its place ("the room" speaks not).
    @Test func theSpeakerIsTheHeadWithItsPlace() {
        let result = Story.attribute("“Will he resign?” a union staffer in the room wondered.")
        #expect(result.speaker(of: "Will he resign?") == "a union staffer in the room")
    }

    @Test func aNamePartIsNotACue() {
        let result = Story.attribute("Mayor Ola Brisk told the Brackwater Post in a written statement, “The pier stays open.”")
        #expect(result.speaker(of: "The pier stays open") == "Ola Brisk")
    }

    @Test func anOrganisationsNameKeepsItsConnectorsAndThe() {
        let institute = Story.attribute("The Institute for the Study of Tides said in a report that sea levels rose.")
        #expect(institute.speaker(of: "sea levels rose") == "Institute for the Study of Tides")
        let centers = Story.attribute("The Centers for Harbor Safety and Rescue said the ferry was overloaded.")
        #expect(centers.speaker(of: "the ferry was overloaded") == "Centers for Harbor Safety and Rescue")
    }

    @Test func aPersonOfAnOrganisationAfterAConnectorIsStillSplitFromIt() {
        let result = Story.attribute("A spokesman for Mayor Ada Quill of Dunmore said the bridge would open.")
        #expect(result.speaker(of: "the bridge would open") != "Dunmore")
    }

    @Test func aPlaceOrOrganisationAfterAnUnnamedSpeakerIsPartOfItsDescription() {
        let town = Story.attribute("Some residents of the fishing town of Dunmore said they were anxious.")
        let residents = try! #require(town.source(of: "they were anxious"))
        #expect(residents.anonymous)
        #expect(residents.description == "some residents of the fishing town of Dunmore")
        let ministry = Story.attribute("Officials at the Ministry of Harbors said the locks were safe.")
        let officials = try! #require(ministry.source(of: "the locks were safe"))
        #expect(officials.anonymous)
        #expect(officials.organizations == ["Ministry of Harbors"])
        let talks = Story.attribute("Two officials with knowledge of the talks said the deal was close.")
        #expect(talks.source(of: "the deal was close")?.description == "two officials with knowledge of the talks")
    }

    @Test func anUnnamedAdministratorInAPlaceIsNoPlaceSpeaking() {
        let result = Story.attribute(
            "A clinic administrator in Port Alder, who requested anonymity because she was not authorized to speak, said the ward was full.")
        let source = try! #require(result.source(of: "the ward was full"))
        #expect(source.anonymous)
        #expect(source.name == nil)
    }

    @Test func aPersonAfterSupportersOfIsStillMetForLaterReferences() {
        let result = Story.attribute("Supporters of Ada Quill and Ivo Brandt rallied outside the hall on Sunday.", "“We will win,” Brandt said.")
        #expect(result.speaker(of: "We will win") == "Ivo Brandt")
    }

    @Test func aRoleInLowercaseBeforeTheNamedAppositiveNamesTheSpeaker() {
        let result = Story.attribute("The relief coordinator for Norland, Karim Hadid, told the Kessel Herald that the roads were closed.")
        let source = try! #require(result.source(of: "the roads were closed"))
        #expect(source.name == "Karim Hadid")
        #expect(source.titles == ["relief coordinator"])
    }

    @Test func namesWithParticlesAndArticlesAreWhole() {
        #expect(Story.attribute("Ana de la Cruz said insurers had raised premiums.").speaker(of: "insurers had raised") == "Ana de la Cruz")
        #expect(Story.attribute("Mia van der Berg said insurers had raised premiums.").speaker(of: "insurers had raised") == "Mia van der Berg")
        let articled = Story.attribute(
            "Abdulaziz al-Harbi, a Dubai-based analyst, said the talks were young.", "“Nobody wants war,” al-Harbi told the Kessel Herald.")
        #expect(articled.speaker(of: "the talks were young") == "Abdulaziz al-Harbi")
        #expect(articled.speaker(of: "Nobody wants war") == "Abdulaziz al-Harbi")
    }

    @Test func anUnnamedSpeakersModifierMayNameAnOrganisationAndAPlace() {
        let result = Story.attribute("Officials at the Harbor Safety Organization in Port Alder said they were watching the strait.")
        let source = try! #require(result.source(of: "they were watching"))
        #expect(source.anonymous)
        #expect(source.organizations == ["Harbor Safety Organization"])
    }

    /// "A former negotiator with North Korea said": a country's two-word name ending the unnamed source's
    /// modifier is no person's name, so the negotiator speaks, not North Korea.
    @Test func anUnnamedSourceWithACountrysTwoWordNameSpeaks() {
        let result = Story.attribute(
            "A former U.S. negotiator with North Korea, who asked not to be named, said both sides were partly right.")
        #expect(result.speaker(of: "both sides were partly right") == "a former U.S. negotiator with North Korea")
    }

    /// "An adviser to Vestland said": the unnamed adviser speaks, not the country the modifier names.
    @Test func anUnnamedAdviserToACountrySpeaks() {
        let result = Story.attribute("An adviser to Vestland said the vote was rigged.")
        #expect(result.speaker(of: "the vote was rigged") == "an adviser to Vestland")
    }

    /// "A former envoy said", "a Western ambassador said": an envoy or ambassador left unnamed is a source.
    @Test func anUnnamedEnvoyOrAmbassadorSpeaks() {
        let result = Story.attribute("A former envoy said the talks would fail.", "A Western ambassador said the vote was close.")
        #expect(result.speaker(of: "the talks would fail") == "a former envoy")
        #expect(result.speaker(of: "the vote was close") == "a Western ambassador")
    }

    /// "Vestland’s state broadcaster, Nordvision, reported …": the outlet speaks by the name set beside its kind, which is
    /// its title, after its owner or an article.
    @Test func anOutletNamedBesideItsKindSpeaks() {
        let result = Story.attribute(
            "Vestland’s state broadcaster, Nordvision, reported that drones had struck a fuel depot.",
            "The state broadcaster, OTV, reported that drones had struck a bridge.")
        for claim in ["drones had struck a fuel depot", "drones had struck a bridge"] {
            let source = try! #require(result.source(of: claim))
            #expect(source.titles == ["state broadcaster"])
        }
        #expect(result.speaker(of: "drones had struck a fuel depot") == "Nordvision")
        #expect(result.speaker(of: "drones had struck a bridge") == "OTV")
    }

    /// "…, officials on both sides of the border said", "…, analysts on the ground said": an unnamed speaker keeps the
    /// place after its head, also through a counted object ("voters in each state") and a modifier of the place.
    @Test func anUnnamedSpeakerKeepsThePlaceAfterItsHead() {
        let result = Story.attribute(
            "Talks on a ceasefire stalled on Thursday, officials on both sides of the border said.",
            "Turnout will be high, voters in each state say.",
            "The deal is unlikely before winter, analysts on the ground said.")
        #expect(result.speaker(of: "Talks on a ceasefire stalled") == "officials on both sides of the border")
        #expect(result.speaker(of: "Turnout will be high") == "voters in each state")
        #expect(result.speaker(of: "The deal is unlikely") == "analysts on the ground")
    }

    /// "The Iran-backed Houthi movement said": a name followed by the kind of body it is ("movement", "militia") is the
    /// whole name, whatever modifier stands before it.
    @Test func aNameWithItsKindOfBodySpeaksWhole() {
        let result = Story.attribute(
            "The Varnese-backed Koral movement said on Wednesday it had fired missiles at a cargo ship.",
            "The Marun militia said it had no part in the attack.")
        #expect(result.speaker(of: "it had fired missiles") == "Koral movement")
        #expect(result.speaker(of: "it had no part") == "Marun militia")
    }

    /// "The union has long argued that …": an adverb between a perfect's auxiliary and the cue is no part of the speaker.
    @Test func anAdverbAfterThePerfectIsNoPartOfTheSpeaker() {
        let result = Story.attribute("The Dunmore Farmers Union has long argued that the permits should be revoked.")
        #expect(result.speaker(of: "the permits should be revoked") == "Dunmore Farmers Union")
    }

    /// "Ada Quill said, according to its tally, …": the "according to" inside a claim whose cue stands right before it
    /// names no speaker; the subject of the cue speaks.
    @Test func anAccordingToRightAfterASayCueLeavesItsSubjectSpeaking() {
        let result = Story.attribute(
            "The Dunmore Shelter Alliance counts people sleeping outside every winter.",
            "Ada Quill, the alliance director, said, according to its tally, more than 400 people slept outside in January.")
        #expect(result.speaker(of: "more than 400 people slept outside") == "Ada Quill")
    }

    /// "an election monitor said", "Its chief monitor, Petra Vollen, said": a monitor is an unnamed source's word, and a role.
    @Test func aMonitorIsASource() {
        let result = Story.attribute(
            "The Organization for Fair Votes sent monitors to Corvane. The vote was marred by delays, an election monitor said.",
            "Its chief monitor, Petra Vollen, said the problems were serious.")
        #expect(result.speaker(of: "The vote was marred") == "an election monitor")
        #expect(result.speaker(of: "the problems were serious") == "Petra Vollen")
    }

    /// "At least half of voters in Dunmore said", "…, less than a third of voters said": a bound before a share is the share's.
    @Test func aBoundBeforeAShareBelongsToIt() {
        let result = Story.attribute(
            "At least half of voters in Dunmore said the plan was about right.",
            "The plan is too costly, less than a third of voters said.")
        #expect(result.speaker(of: "the plan was about right") == "at least half of voters in Dunmore")
        #expect(result.speaker(of: "The plan is too costly") == "less than a third of voters")
    }

    /// "Organizers in Dunmore say that …": the plural head before the place agrees with a bare "say".
    @Test func aPluralSourceBeforeItsPlaceAgreesWithSay() {
        let result = Story.attribute("Organizers in Dunmore say that the city is only raising the risk of clashes.")
        #expect(result.speaker(of: "the city is only raising") == "organizers in Dunmore")
    }
}

@Suite struct SpeakerBorrowingTests {
    @Test func aQuoteAfterAClaimContinuesItsSpeaker() {
        let result = Story.attribute("Vale “felt a duty to act” on the floods, Ines Harrow said. “This is core stuff for him.”")
        #expect(result.speaker(of: "This is core stuff") == "Ines Harrow")
    }

    @Test func aQuoteEndingItsSentenceStillBorrowsWhenAnotherSentenceFollows() {
        let result = Story.attribute("“We lost the vote,” Tova Reinholt said. “We will try again.” The clerk read the result aloud.")
        #expect(result.speaker(of: "We will try again") == "Tova Reinholt")
    }

    @Test func aQuoteWithAnUnreadCueBorrowsNobody() {
        let result = Story.attribute(
            "“The tide is high,” harbor master Lena Osk said.",
            "Later that day the crowd gathered.",
            "“Fix the pier now,” a banner proclaimed.")
        #expect(result.speaker(of: "Fix the pier now") == nil)
        #expect(result.speaker(of: "The tide is high") == "Lena Osk")
    }

    @Test func aQuoteOpeningTheSentenceAfterOneAboutAPersonIsTheirs() {
        let result = Story.attribute("Mayor Dana Pell touted her record on the ferries. “We brought the boats back on time.”")
        #expect(result.speaker(of: "We brought the boats back") == "Dana Pell")
    }

    @Test func aCueSetOffByCommasBeforeTheQuoteTakesTheNameAfterIt() {
        let result = Story.attribute("Because of how the schedule was built, explained Rosa Lind, “with the vote this early, there is no time.”")
        #expect(result.speaker(of: "with the vote this early") == "Rosa Lind")
    }

    @Test func aQuoteAloneMidArticleIsNotGivenTheLastPersonNamed() {
        let result = Story.attribute("Osk toured the docks with Mayor Ola Brisk.", "Crews worked late. “Nobody sleeps tonight.”")
        #expect(result.speaker(of: "Nobody sleeps tonight") == nil)
    }

    /// "…, Luis Ortega, a council aide, said.": the speaker set off with an appositive after the claim.
    @Test func aSpeakerWithAnAppositiveAfterTheClaimIsFound() {
        let result = Story.attribute(
            "The tolls will rise next week, Luis Ortega, a council aide, said.",
            "The mayor will sign the bill on Friday, his spokesman, Ivo Brandt, said in an email.")
        #expect(result.quote("The tolls will rise")?.text == "The tolls will rise next week")
        #expect(result.speaker(of: "The tolls will rise") == "Luis Ortega")
        #expect(result.source(of: "The tolls will rise")?.titles == ["council aide"])
        #expect(result.quote("The mayor will sign")?.text == "The mayor will sign the bill on Friday")
        #expect(result.speaker(of: "The mayor will sign") == "Ivo Brandt")
        #expect(result.quote("The mayor will sign")?.via == "in an email")
    }

    /// "Brennick's co-sponsor, Sen. Ada Moss,": a relation the lexicon does not list, after a name's possessive or
    /// "his", is read like a role, and the name in the appositive speaks, also with a party before the rank.
    @Test(arguments: [
        "Brennick's co-sponsor, Democratic Sen. Lorna Odell of Vermont, said in a statement that the bill would help farmers.",
        "His co-sponsor, Sen. Lorna Odell, said that the bill would help farmers.",
        "“The bill would help farmers,” said Brennick's co-sponsor, Lorna Odell.",
        "“The bill would help farmers,” said his co-author, Lorna Odell.",
    ])
    func theNameAfterAnUnlistedRelationSpeaks(sentence: String) {
        #expect(Story.attribute(sentence).speaker(of: "bill would help") == "Lorna Odell")
    }

    /// "who was not involved in the study": after a verb, "involved" is no unnamed source's modifier.
    @Test(arguments: [
        "Samuel Ofori, who was involved in the talks, said the data were robust.",
        "Dr. Samuel Ofori, a geriatrician at Harwick General Hospital who was not involved in the research, said the data were robust.",
    ])
    func aRelativeClauseSayingWhoWasInvolvedKeepsTheSpeaker(sentence: String) {
        #expect(Story.attribute(sentence).speaker(of: "the data were robust") == "Samuel Ofori")
    }

    /// British spelling: "A neighbour, Tom Weaver, said".
    @Test func aNeighbourBeforeANameIsThatPerson() {
        let result = Story.attribute("A neighbour, Tom Weaver, said the rent would rise next year.")
        #expect(result.speaker(of: "the rent would rise") == "Tom Weaver")
        #expect(result.source(of: "the rent would rise")?.titles == ["neighbour"])
    }

    /// "a study found", "the report found": a document states its results; "Police found the car" reports nothing.
    @Test func aDocumentFindsButPoliceFindingACarReportNothing() {
        let result = Story.attribute(
            "Vaccination rates have fallen sharply in rural counties, a study found.",
            "Ferry fares rose in 14 ports last year, the report found.",
            "Police found the car abandoned near the river.",
            "Investigators found that the pilot had not slept.",
            "Researchers found the drug worked best in mild cases.")
        #expect(result.speaker(of: "Vaccination rates have fallen") == "a study")
        #expect(result.speaker(of: "Ferry fares rose") == "the report")
        #expect(result.quote("the car abandoned") == nil)
        #expect(result.speaker(of: "the pilot had not slept") == "investigators")
        #expect(result.speaker(of: "the drug worked best") == "researchers")
    }

    /// "Court records show …": papers speak on the record; "an official familiar with the investigation" stays a person.
    @Test func recordsNamedWithoutADeterminerAreDocumentsNotUnnamedPeople() {
        let result = Story.attribute(
            "Court records show that the Brask Dredging Company paid no fines.",
            "An official familiar with the investigation said the fines were waived.")
        let records = try! #require(result.source(of: "paid no fines"))
        #expect(records.anonymous == false)
        #expect(result.source(of: "the fines were waived")?.anonymous == true)
    }

    /// "A report released Tuesday found …": a participle after a document does not hide it as the subject of its verb.
    @Test func aDocumentWithAParticipleAfterItIsTheSubjectOfItsVerb() {
        let result = Story.attribute(
            "A report released Tuesday found that the harbor dredging had run over budget.",
            "A court filing published on Friday said the port authority had lost the case.")
        #expect(result.speaker(of: "had run over budget") == "a report")
        #expect(result.speaker(of: "had lost the case") == "a court filing")
    }

    /// "…, as a new poll showed …": a document right before its verb is its subject mid-sentence too; "said in a
    /// statement" is a channel, not a subject.
    @Test func aDocumentRightBeforeItsVerbIsItsSubjectMidSentence() {
        let result = Story.attribute(
            "The debate took place as a new poll showed Pruitt moving ahead of Grane.",
            "Mayor Dana Pruitt said in a statement released on Friday that the port would reopen.")
        #expect(result.speaker(of: "Pruitt moving ahead of Grane") == "a new poll")
        #expect(result.speaker(of: "the port would reopen") == "Dana Pruitt")
    }

    /// "…, county records show.": "show" after a document reports what it holds, put after the claim too.
    @Test func aDocumentsShowAfterTheClaimReportsIt() {
        let result = Story.attribute(
            "The ferry district raised $4 million last year, county finance records show.",
            "The crew left at dawn, the data indicate.")
        #expect(result.quote("raised $4 million")?.text == "The ferry district raised $4 million last year")
        #expect(result.speaker(of: "raised $4 million") == "county finance records")
        #expect(result.speaker(of: "The crew left at dawn") == "the data")
    }

    /// "A diplomat based in Brussels said", "who asked that his name not be used": neither the place nor the request speaks.
    @Test func aPlaceAfterTheSourceAndARequestForAnonymityAreNoStatement() {
        let result = Story.attribute(
            "A diplomat based in Kessel said the talks had stalled.",
            "A senior port official, who asked that his name not be used, said the brigade was short of fuel.")
        #expect(result.speaker(of: "the talks had stalled") == "a diplomat")
        #expect(result.speaker(of: "the brigade was short of fuel") == "a senior port official")
        #expect(result.attributions.count == 2)
    }

    /// "who asked not to be named because she feared retaliation, said": a verb of belief before a bare noun is no cue.
    @Test func aFearOfSomethingIsNoCue() {
        let result = Story.attribute(
            "Another witness, who asked not to be named because she feared retaliation, said the suspect had been aggressive.")
        #expect(result.quote("the suspect had been aggressive")?.text == "the suspect had been aggressive")
        #expect(result.speaker(of: "the suspect had been aggressive") == "another witness")
    }

    /// "Asked about the incident, Marles told …": the question opening the sentence is no speaker's name.
    @Test func aQuestionOpeningTheSentenceIsNoName() {
        let result = Story.attribute(
            "Asked about the incident, Rian Marles told the Courier that the port was safe and called for “restraint on all sides.”")
        #expect(result.speaker(of: "restraint on all sides") == "Rian Marles")
        #expect(!result.sources.contains { $0.name == "Asked" })
    }

    /// "Beijing said", "Boeing said": a name ending in "-ing" before a verb that reports is its subject, not a participle.
    @Test func aNameEndingInIngBeforeACueSpeaks() {
        let result = Story.attribute("Beijing said the drills were routine.", "Harbing said it was working with suppliers.")
        #expect(result.speaker(of: "the drills were routine") == "Beijing")
        #expect(result.speaker(of: "it was working with suppliers") == "Harbing")
    }

    /// "The risk, said Tom Reyes of Harbor Economics, is that …": a named speaker after the cue may interject a short first part.
    @Test func anInvertedCueInsideAClaimNamesItsSpeaker() {
        let result = Story.attribute(
            "“The bank moved early,” said Ana Ortiz.",
            "The risk, said Tom Reyes of Harbor Economics, is that the truce collapses. “Nobody is ready,” he said.")
        #expect(result.speaker(of: "is that the truce collapses") == "Tom Reyes")
        #expect(result.speaker(of: "Nobody is ready") == "Tom Reyes")
        #expect(result.sources.first { $0.name == "Ana Ortiz" }?.gender == nil)
    }

    /// "…, according to Tom Reyes, an economist at Capital Economics.": the appositive ending the sentence is no part of the claim;
    /// "Investors expect …, according to analysts at Barclays": the analysts are the source of the expectation.
    @Test func aTrailingSourceKeepsItsAppositiveAndOutranksABelief() {
        let result = Story.attribute(
            "Exports fell sharply in May, according to Tom Reyes, an economist at Harbor Economics.",
            "Investors expect two more cuts this year, according to analysts at Tidewater Bank.")
        #expect(result.quote("Exports fell")?.text == "Exports fell sharply in May")
        #expect(result.source(of: "Exports fell")?.organizations == ["Harbor Economics"])
        #expect(result.quote("Investors expect")?.text == "Investors expect two more cuts this year")
    }

    /// "according to a press release from the operator": the plain words before a document's noun ("a press") are no
    /// source; the document is, with its issuer ("a new Harbor Institute poll" still names the institute).
    @Test func plainWordsBeforeADocumentAfterAccordingToAreNoSource() {
        let result = Story.attribute("Fares will rise by ten percent, according to a press release from the operator.")
        #expect(result.speaker(of: "Fares will rise") == "a press release from the operator")
    }

    /// "A Republican senator said", "a Tory MP said": unnamed members of a legislature; the party names no one,
    /// and "the MP" after "Sir Ann Holt MP" is her.
    @Test func anUnnamedLegislatorIsAnUnnamedSource() {
        let result = Story.attribute(
            "A Republican senator said the deal was dead. A Tory MP said the vote was lost.",
            "Sir Ann Holt MP said the bill was flawed. The MP added that the whips were wrong.")
        #expect(result.speaker(of: "the deal was dead") == "a Republican senator")
        #expect(result.speaker(of: "the vote was lost") == "a Tory MP")
        #expect(result.speaker(of: "the whips were wrong") == "Ann Holt")
    }

    /// "A virologist who was not involved in the research said": a scientist by field is an unnamed source.
    @Test func aScientistByFieldIsAnUnnamedSource() {
        let result = Story.attribute("A virologist who was not involved in the research said the sample was small.")
        #expect(result.speaker(of: "the sample was small") == "a virologist")
    }

    /// "Mara Voss, a planner, said the plan looked Kalderian.": the name ending the claim is no speaker after the cue.
    @Test func aNamedSubjectWithAnAppositiveKeepsTheClaimAfterItsCue() {
        let result = Story.attribute("Mara Voss, a planner at the Delmont Institute, said the plan looked Kalderian.")
        #expect(result.quote("the plan looked")?.text == "the plan looked Kalderian")
        #expect(result.speaker(of: "the plan looked") == "Mara Voss")
    }

    /// "Willie Vance, an actor in Dallas, who runs a theater, recalled": the name, not its appositive, speaks.
    @Test func aNameBeforeAnAppositiveAndARelativeClauseSpeaks() {
        let result = Story.attribute("Willie Vance, an actor in Dallas, who runs a small theater, recalled that the rent doubled in 2009.")
        #expect(result.speaker(of: "the rent doubled") == "Willie Vance")
    }

    /// "Paulo Mendri, legal director at Fairvote, an advocacy group, said": a role with modifiers of its own, then its body's appositive.
    @Test(arguments: [
        ("Paulo Mendri, legal director at Fairvote, an advocacy group, said the talks were doomed.", "Paulo Mendri", "legal director"),
        ("Kira Nolan, policy director at the Marlow Trust, a conservation group, said the river was dying.", "Kira Nolan", "policy director"),
    ])
    func theNameBeforeAModifiedRoleAndItsBodysAppositiveSpeaks(sentence: String, name: String, title: String) {
        let result = Story.attribute(sentence)
        let source = try! #require(result.sources.first)
        #expect(result.sources.count == 1)
        #expect(source.name == name)
        #expect(source.titles == [title])
    }

    /// "But Marcus Ellery, a retired admiral, was skeptical. “…,” he said.": a conjunction opening the sentence is no part of its subject.
    @Test func aSentenceOpenedByAConjunctionIsStillAboutItsSubject() {
        let result = Story.attribute(
            "A spokesman, Pavel Dorn, said the ships posed no threat.",
            "But Marcus Ellery, a retired rear admiral, was skeptical. “Nobody sends frigates to do search and rescue,” he said.")
        #expect(result.speaker(of: "Nobody sends frigates") == "Marcus Ellery")
    }

    /// "Per the state news agency Norpress, President Ilya Marchetti told reporters that …": the president speaks, via the agency.
    @Test func aSpeakerAfterAnOpeningAgencySpeaksThroughIt() {
        let result = Story.attribute(
            "Per the state news agency Norpress, President Ilya Marchetti told reporters that the deployment was routine.",
            "Per Xinhua, the two sides signed three accords on Monday.")
        #expect(result.speaker(of: "the deployment was routine") == "Ilya Marchetti")
        #expect(result.quote("the deployment was routine")?.via == "Norpress")
        #expect(result.speaker(of: "the two sides signed") == "Xinhua")
    }

    /// "Col. Miriam Osei, who leads the program at the Kestrel Forum, a think tank, said": the relative clause is hers.
    @Test func theNameBeforeARelativeClauseAndItsBodysAppositiveSpeaks() {
        let result = Story.attribute(
            "Col. Miriam Osei, who leads the defense program at the Kestrel Forum, a think tank in the capital, said the army had too few reserves.")
        #expect(result.speaker(of: "the army had too few reserves") == "Miriam Osei")
    }

    /// "Ellery was blunt about where things were heading:" hands its person to the quote paragraph after it; a label does not.
    @Test func aSentenceAboutAPersonEndingInAColonHandsThemTheNextQuoteParagraph() {
        let result = Story.attribute(
            "Marcus Ellery, a retired admiral, spoke after the vote.",
            "Ellery was blunt about where things were heading:",
            "“If nobody talks, somebody will eventually shoot.”",
            "Wait, it gets better:",
            "“The fleet sails on Monday.”")
        #expect(result.speaker(of: "If nobody talks") == "Marcus Ellery")
        #expect(result.speaker(of: "The fleet sails") == nil)
    }
}

/// Interviews printed as questions and answers, or as a transcript with the speakers' names as labels.
@Suite struct TranscriptTests {
    @Test func answersOfAQAndAAreThePersonInterviewed() {
        let result = Story.attribute(
            "Lena Varga took over as superintendent of Millbrook Public Schools in July. She spoke with the Ledger.",
            "Q: What is your first priority?",
            "A: Getting buses to run on time. Parents ask about nothing else.",
            "Q: Will you close any schools?",
            "A: Not this year, and not without a vote.")
        #expect(result.speaker(of: "Getting buses to run on time") == "Lena Varga")
        #expect(result.quote("Getting buses to run on time")?.kind == .indirect)
        #expect(result.speaker(of: "Not this year") == "Lena Varga")
        #expect(result.quote("What is your first priority") == nil)
    }

    /// An explainer's "A:" that names its own speaker ("…, said Maria Duval") is hers, not the person interviewed
    /// before; an interviewee's answer that reports someone ("McConnell said he would …") stays the interviewee's.
    @Test func anAnswerThatNamesItsSpeakerIsTheirs() {
        let result = Story.attribute(
            "“The disinflation is on track,” central bank governor Elena Sousa told a news conference.",
            "Q: Why does this matter?",
            "A: Lower inflation means the bank can lower borrowing costs, said Maria Duval, a professor of economics at Corran University.",
            "Q: And the banks?",
            "A: They are fine. Remember, Lenz said they would be.")
        #expect(result.speaker(of: "Lower inflation means") == "Maria Duval")
        #expect(result.speaker(of: "They are fine") == "Elena Sousa")
    }

    @Test func aLabelNamingSomeoneMetBeforeGivesTheSpeaker() {
        let result = Story.attribute(
            "Lena Varga spoke with the Ledger's Tessa Monroe about buses.",
            "Tessa Monroe: What is your first priority?",
            "Lena Varga: Getting buses to run on time, every day.",
            "Varga: Not this year, and not without a vote.")
        #expect(result.speaker(of: "Getting buses to run on time") == "Lena Varga")
        #expect(result.speaker(of: "Not this year") == "Lena Varga")
        #expect(result.quote("What is your first priority") == nil)
    }

    /// "AB: …": a label of two or three capitals stands for the person met before with those initials; the interviewer's
    /// initialled question is nobody's statement, and initials that stand for no one make no transcript.
    @Test func initialsAsALabelGiveThePersonWithThoseInitials() {
        let result = Story.attribute(
            "The Lantern spoke to architect Ana Berg about the ferry terminal in Port Ellin.",
            "TL: Why did you choose glass for the whole front?",
            "AB: Because the light on the harbor changes every hour.",
            "NB: The terminal opens in May, weeks before the ferries do.")
        #expect(result.speaker(of: "Because the light on the harbor") == "Ana Berg")
        #expect(result.quote("Why did you choose glass") == nil)
        #expect(result.speaker(of: "The terminal opens in May") == nil)
    }

    /// "Q&A With Ana Berg": of the people the intro names, the one the headline names is the person interviewed, though
    /// the intro names the mayor first; without a name in the headline, the first person named is.
    @Test func thePersonTheHeadlineNamesIsThePersonInterviewed() {
        let paragraphs = [
            "Mayor Ivo Lund hired the architect Ana Berg in 2024 to design the ferry terminal.", "Q: Why glass?",
            "A: Because the light on the harbor changes every hour.",
        ]
        let named = AttributionEngine().attribute(Story.article(["Q&A With Berg on the Ferry Terminal"] + paragraphs, kinds: [.title]))
        #expect(named.speaker(of: "Because the light on the harbor") == "Ana Berg")
        let unnamed = AttributionEngine().attribute(Story.article(["Five Questions on the Ferry Terminal"] + paragraphs, kinds: [.title]))
        #expect(unnamed.speaker(of: "Because the light on the harbor") == "Ivo Lund")
    }

    /// "A: … / I think the critics will come round": an answer running on into a plain paragraph is the person answering's,
    /// whose "I" it is, not that of the people the question named.
    @Test func theFirstPersonAfterAnAnswerIsThePersonAnswering() {
        let result = Story.attribute(
            "The Lantern spoke to architect Ana Berg about the ferry terminal.",
            "Q: Some critics say the glass will crack. Will it?",
            "A: No. The panes are ten centimetres thick, and they were tested in storms.",
            "I think the critics will come round once the terminal opens.")
        #expect(result.speaker(of: "the critics will come round") == "Ana Berg")
    }

    /// A label that names no one met before, a tally, a list of names, or words about the labelled person are no transcript.
    @Test func labelsOfPlacesTalliesAndSectionsAreNoTranscript() {
        let result = Story.attribute(
            "Three candidates had ideas worth a look: Ivo Brann, Ada Quill and Lena Varga.",
            "Ivo Brann: 1,204.",
            "Ada Quill: Tomas Rey, Nell Ostrand, Kai Brann, Edda Holm.",
            "New Harbor: Ada Quill, Tomas Rey and two others signed the letter.",
            "Lena Varga: Housing. On her website, Varga calls for more ferries.")
        #expect(result.quote("1,204") == nil)
        #expect(result.quote("Nell Ostrand") == nil)
        #expect(result.speaker(of: "Tomas Rey and two others") == nil)
        #expect(result.quote("On her website") == nil)
    }

    /// "Speaking to the Coastal Courier, the farm minister, Ruth Obi, said": the outlet after the participle's preposition
    /// is its object, no name before the role.
    @Test func anOutletAfterAPrepositionIsNoNameBeforeARole() {
        let result = Story.attribute("Speaking to the Coastal Courier, the farm minister, Ruth Obi, said farmers would be paid.")
        #expect(result.speaker(of: "farmers would be paid") == "Ruth Obi")
    }

    /// "Mara Oden and Teo Vale said …", "according to two officials familiar with the talks and a diplomat briefed on
    /// them": speakers joined by "and" make the statement together, each a source of its own (the first named is its
    /// `sourceID`, the others its joint sources); what "both of" gives is both's; "they" next is the pair; a body's name
    /// holding "and" and a second role without its article ("the delegate and activist") stay one source; a pronoun
    /// before "and" joins nobody ("She and her aides said": her aides).
    @Test func speakersJoinedByAndMakeTheStatementTogether() {
        let result = Story.attribute(
            "Mara Oden and Teo Vale said the plan was late. They added that the cranes were idle.",
            "Lina Brask and Oskar Tamm, both of the Harbor Institute, said the costs had doubled.",
            "Talks on the Meridian pact stalled on Tuesday, according to two officials familiar with the talks and a diplomat briefed on them.",
            "Center for Coastal and Maritime Studies fellow Ivo Pell said the dredging would wait.",
            "The port delegate and union activist Ada Quill said the vote was close.",
            "The port director and the mayor said the pier was safe. She and her aides said the ferry would run.",
            "The levy was dropped, according to a port official and two dockworkers.",
            "Current and former officials said the dredging was late.")
        #expect(result.speakers(of: "the plan was late") == ["Mara Oden", "Teo Vale"])
        #expect(result.speakers(of: "the cranes were idle") == ["Mara Oden", "Teo Vale"])
        #expect(result.speakers(of: "the costs had doubled") == ["Lina Brask", "Oskar Tamm"])
        #expect(result.sources.first { $0.name == "Lina Brask" }?.organizations == ["Harbor Institute"])
        #expect(result.speakers(of: "Talks on the Meridian pact stalled") == ["two officials familiar with the talks", "a diplomat briefed on them"])
        let unnamed = result.sources.filter { $0.anonymous }.compactMap(\.description)
        #expect(unnamed.contains("two officials familiar with the talks") && unnamed.contains("a diplomat briefed on them"))
        #expect(result.speakers(of: "the dredging would wait") == ["Ivo Pell"])
        #expect(result.speakers(of: "the vote was close") == ["Ada Quill"])
        #expect(result.speakers(of: "the pier was safe") == ["the port director", "the mayor"])
        #expect(result.speakers(of: "the ferry would run") == ["her aides"])
        #expect(result.speakers(of: "The levy was dropped") == ["a port official", "two dockworkers"])
        #expect(result.speakers(of: "the dredging was late") == ["Current and former officials"])
    }

    /// "“…,” said a spokeswoman for the port authority": after the cue, a body in lowercase after the role's "for" is the
    /// role's, as it is before the cue.
    @Test func aRoleAfterTheCueKeepsItsBodyInLowercase() {
        let result = Story.attribute(
            "“There is no end in sight,” said a spokeswoman for the port authority, who asked not to be named.",
            "“No comment,” said an official at the harbor board on Monday.")
        #expect(result.speaker(of: "There is no end in sight") == "a spokeswoman for the port authority")
        #expect(result.source(of: "There is no end in sight")?.organizations == ["port authority"])
        #expect(result.speaker(of: "No comment") == "an official at the harbor board")
    }

    /// "Officials said …", "Residents of the island said …": a common noun that only opened the sentence is in lowercase in the
    /// description, as a determiner is; a nationality, a party and a name's first word keep their capitals.
    @Test func aCommonNounOpeningTheSentenceIsLowercaseInTheDescription() {
        let result = Story.attribute(
            "Officials said the ferry would run.", "Residents of the island said the toll was too high.", "Americans said the port was safe.",
            "Democrats said the vote was rigged.", "Harbor Board officials said the cranes were idle.")
        #expect(result.speaker(of: "the ferry would run") == "officials")
        #expect(result.speaker(of: "the toll was too high") == "residents of the island")
        #expect(result.speaker(of: "the port was safe") == "Americans")
        #expect(result.speaker(of: "the vote was rigged") == "Democrats")
        #expect(result.speaker(of: "the cranes were idle") == "Harbor Board officials")
    }

    /// "Hydrologists at the University of Sorin said …": a plural ending in "-ists" or "-ians" opening the sentence is an
    /// unnamed group at its body, no person named "Hydrologists"; "Russians" keeps its capital.
    @Test func aPluralOfARoleOpeningTheSentenceIsAGroup() {
        let result = Story.attribute(
            "Hydrologists at the University of Sorin said groundwater had fallen by a third.",
            "Russians in the port town said the ferry was late.")
        let group = try! #require(result.source(of: "groundwater had fallen"))
        #expect(group.anonymous && group.name == nil)
        #expect(group.description == "hydrologists at the University of Sorin")
        #expect(group.organizations == ["University of Sorin"])
        #expect(result.speaker(of: "the ferry was late") == "Russians in the port town")
    }

    /// "The president of the union said …", "The chairman of the board said …": the body's officer speaks, unnamed, with the
    /// role as a title; no body named "president of the union"; "President Amara Kessy" next is someone else.
    @Test func theOfficerOfABodyInLowercaseIsAnUnnamedSource() {
        let result = Story.attribute(
            "The president of the union said the strike would go on.", "The chairman of the board said the vote was close.",
            "President Amara Kessy said the government would not negotiate.")
        let president = try! #require(result.source(of: "the strike would go on"))
        #expect(president.anonymous && president.name == nil)
        #expect(president.description == "the president of the union")
        #expect(president.titles == ["president"])
        #expect(result.speaker(of: "the vote was close") == "the chairman of the board")
        #expect(result.speaker(of: "would not negotiate") == "Amara Kessy")
    }

    /// "According to the minister of the interior, …": a title's portfolio in lowercase after "of" stays in the
    /// description, and a body's after its head ("a spokesman for the ministry of defence") is the spokesman's body; neither
    /// runs into the claim.
    @Test func aPortfolioInLowercaseAfterAccordingToStaysWithTheSource() {
        let result = Story.attribute(
            "According to the minister of the interior, the border will reopen next week.",
            "According to a spokesman for the ministry of defence, the drills ended on Friday.")
        #expect(result.speaker(of: "the border will reopen") == "the minister of the interior")
        #expect(result.quote("the drills ended")?.text == "the drills ended on Friday")
        let spokesman = try! #require(result.source(of: "the drills ended"))
        #expect(spokesman.titles == ["spokesman"])
        #expect(spokesman.organizations == ["ministry of defence"])
    }

    /// "The Science and Technology Directorate said": a directorate ends a body's name, so the "and" inside it joins no
    /// two speakers ("Mara Oden and Teo Vale said" are two).
    @Test func aDirectorateEndsABodysNameThatHoldsAnd() {
        let result = Story.attribute(
            "The Science and Technology Directorate said the satellite was ready.", "Mara Oden and Teo Vale said the plan was flawed.")
        #expect(result.speaker(of: "the satellite was ready") == "Science and Technology Directorate")
        #expect(result.speakers(of: "the plan was flawed") == ["Mara Oden", "Teo Vale"])
    }

    /// "11:15 Police in Kessel said …": the time of a live blog's entry is no part of its first sentence's speaker or claim.
    @Test func aLiveBlogEntrysTimeIsNoPartOfItsFirstSentence() {
        let result = Story.attribute(
            "11:15 Police in Kessel said a man had been hurt by a falling branch.",
            "09:25 - More than 400 homes are without power, according to the grid operator Nordnet.")
        #expect(result.speaker(of: "a man had been hurt") == "police in Kessel")
        #expect(result.quote("homes are without power")?.text.hasPrefix("More than") == true)
    }

    /// "His partner at the firm Lund Asplin, Teo Asplin, said": after a possessive determiner the role gives way to the
    /// name beside it, as after "a" or "the".
    @Test func aRoleAfterAPossessiveDeterminerGivesWayToTheNameBesideIt() {
        let result = Story.attribute("His longtime partner at the firm Lund Asplin, Teo Asplin, said he was stubborn.")
        #expect(result.speaker(of: "he was stubborn") == "Teo Asplin")
        #expect(result.source(of: "he was stubborn")?.titles == ["longtime partner"])
    }

    /// "Are you worried about the money?", "You said you want …": an interview's question names no source.
    @Test func anInterviewsQuestionNamesNoSource() {
        let result = Story.attribute(
            "You have said you want to bring in a younger audience. How?",
            "Are you worried about the money?")
        #expect(result.sources.allSatisfy { !["You", "Are"].contains($0.name) })
    }

    /// "A Fenwick Police statement said": the body named before its document speaks through it.
    @Test func aBodyNamedBeforeItsDocumentSpeaks() {
        let result = Story.attribute(
            "A Fenwick Police statement said no one was hurt.",
            "A Harbor Ministry press release said the pier would reopen.")
        #expect(result.speaker(of: "no one was hurt") == "Fenwick Police")
        #expect(result.speaker(of: "the pier would reopen") == "Harbor Ministry")
    }

    /// "A neighbour, Tom Hewitt from Skelby, said": the home town after the name in the appositive is no part of it.
    @Test func aHomeTownAfterTheNameInAnAppositiveLeavesTheName() {
        let result = Story.attribute("A neighbour, Tom Hewitt from Skelby, said the shop had been robbed before.")
        #expect(result.speaker(of: "the shop had been robbed") == "Tom Hewitt")
        #expect(result.source(of: "the shop had been robbed")?.organizations.isEmpty == true)
    }

    /// "Fenwick Police said": a force's capitalized name is an organisation; "police" alone and "Skelby police" are officers unnamed.
    @Test func aPoliceForcesNameIsAnOrganisation() {
        let result = Story.attribute(
            "Fenwick Police said a man had been arrested.",
            "Skelby police said the road was shut.")
        let force = try! #require(result.source(of: "a man had been arrested"))
        #expect(force.name == "Fenwick Police" && !force.anonymous)
        #expect(result.source(of: "the road was shut")?.anonymous == true)
    }

    /// "Kessel Airport said": an airport is run by a body that speaks, not a place that never does.
    @Test func anAirportSpeaks() {
        let result = Story.attribute(
            "Kessel Airport said the runway was closed.",
            "The airport said the terminal would reopen by noon.")
        #expect(result.speaker(of: "the runway was closed") == "Kessel Airport")
        #expect(result.speaker(of: "the terminal would reopen") == "Kessel Airport")
    }

    /// "His wife of 58 years, Solveig Lund, said", "said his wife of 40 years, Ann Lund": how long a relation has lasted
    /// leaves the name beside it the speaker.
    @Test func aRelationsDurationLeavesTheNameBesideIt() {
        let result = Story.attribute(
            "“He was kind,” said his wife of 40 years, Ann Lund.",
            "His wife of 58 years, Solveig Lund, said he loved the sea.")
        #expect(result.speaker(of: "He was kind") == "Ann Lund")
        #expect(result.speaker(of: "he loved the sea") == "Solveig Lund")
    }

    /// "said a neighbour, Tom Hewitt from Skelby": after the cue too, a home town after the name leaves the name the speaker.
    @Test func aHomeTownAfterANameAfterTheCueLeavesTheName() {
        let result = Story.attribute("“It was loud,” said a neighbour, Tom Hewitt from Skelby.")
        #expect(result.speaker(of: "It was loud") == "Tom Hewitt")
    }

    /// "11.15am Police in Kessel said", "13:10 GMT Police in Lunde said": a British time and a time zone belong to the
    /// entry's time too.
    @Test func aLiveBlogEntrysTimeMayBeBritishAndCarryAZone() {
        let result = Story.attribute(
            "11.15am Police in Kessel said a man had been hurt.",
            "13:10 GMT Police in Lunde said the bridge was shut.")
        #expect(result.speaker(of: "a man had been hurt") == "police in Kessel")
        #expect(result.speaker(of: "the bridge was shut") == "police in Lunde")
    }

    /// "A reader, Tom Hewitt from Skelby, sent us this: “…”": the subject's appositive name keeps its home town after it.
    @Test func aSubjectsAppositiveNameMayHaveAHomeTownAfterIt() {
        let result = Story.attribute("A reader, Tom Hewitt from Skelby, sent us this: “A tree has come down across the road.”")
        #expect(result.speaker(of: "A tree has come down") == "Tom Hewitt")
    }

    /// "said her husband, Per Holm", "Mr. Per Lund", "Per Aune said": a capitalized "Per" before a name, after a relation
    /// and comma or a title, or before a verb of saying, is a given name; "Per Vestpress, …" opening a sentence and ", per Reuters," still name the outlet that reports.
    @Test func perBeforeANameAfterARelationOrTitleIsAGivenName() {
        let result = Story.attribute(
            "“He loved the sea,” said her husband, Per Holm, a retired captain.",
            "“We will sail again,” said Mr. Per Lund.",
            "Per Aune said the harbor would reopen.",
            "Per Vestpress, the ship sank at noon.",
            "The crew, per Reuters, was rescued at dawn.")
        #expect(result.source(of: "He loved the sea")?.name == "Per Holm")
        #expect(result.quote("He loved the sea")?.via == nil)
        #expect(result.source(of: "We will sail again")?.name == "Per Lund")
        #expect(result.source(of: "the harbor would reopen")?.name == "Per Aune")
        #expect(result.source(of: "the ship sank at noon")?.name == "Vestpress")
        #expect(result.source(of: "was rescued")?.name == "Reuters")
    }
}
