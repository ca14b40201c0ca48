import Testing
@testable import AttributionKit

@Suite struct CueTests {
    /// "Vane's assertion that the vote was rigged", "his warning that the port would flood": a noun of something said
    /// before a "that" clause, in a clause with no cue, is the claim of whoever holds it; the words end at a comma.
    @Test func aClaimNounBeforeThatIsTheClaimOfItsHolder() {
        let result = Story.attribute(
            "Mayor Mara Tolvik and Podrick Vane met on Monday.",
            "The council disputed Vane's assertion that the vote was rigged.",
            "Tolvik repeated her blunt warning that the port would flood, and the meeting ended.")
        #expect(result.speaker(of: "the vote was rigged") == "Podrick Vane")
        #expect(result.quote("the vote was rigged")?.cue == "assertion")
        #expect(result.speaker(of: "the port would flood") == "Mara Tolvik")
        #expect(result.quote("the port would flood")?.text == "the port would flood")
    }

    /// "While Tolvik said the harbour would reopen in May, her deputy was less sure.": a claim in a subordinate clause
    /// ends where the main clause begins with its subject, past a comma inside a list; the main clause reports a
    /// claim of its own when it has a cue.
    @Test func aClaimInASubordinateClauseEndsWhereTheMainClauseBegins() {
        let result = Story.attribute(
            "While Mara Tolvik said the harbour would reopen in May, her deputy was less sure.",
            "Before Tolvik said the council wanted a full, independent review of the port, the board met.",
            "After Podrick Vane said the vote was rigged, Lena Ostrow said the count was fair.",
            "While she conceded the budget was tight, Tolvik also noted several “hidden” costs had doubled.")
        #expect(result.quote("the harbour would reopen")?.text == "the harbour would reopen in May")
        #expect(result.quote("the council wanted")?.text == "the council wanted a full, independent review of the port")
        #expect(result.quote("the vote was rigged")?.text == "the vote was rigged")
        #expect(result.speaker(of: "the count was fair") == "Lena Ostrow")
        #expect(result.quote("the budget was tight")?.text == "the budget was tight")
        #expect(result.speaker(of: "several “hidden” costs had doubled") == "Mara Tolvik")
    }

    @Test func multiWordCuesSharingAFirstWordAllCount() {
        let result = Story.attribute(
            "Dana Pell spoke first at the harbor.",
            "“Voters want the ferry back,” she points out.",
            "Rolf Amsel points to the old timetable as proof that the route paid for itself.")
        #expect(result.quote("Voters want the ferry back")?.cue == "points out")
        #expect(result.speaker(of: "Voters want the ferry back") == "Dana Pell")
    }

    @Test func addingThatAfterAQuoteReportsAFurtherClaimBySameSpeaker() {
        let result = Story.attribute("“The mill will reopen,” Mayor Dana Pell said, adding that the new owners are “serious about it.”")
        let claim = try! #require(result.quote("the new owners are"))
        #expect(claim.kind == .indirect)
        #expect(claim.text.contains("serious about it"))
        #expect(result.speaker(of: "the new owners are") == "Dana Pell")
        #expect(result.quote("The mill will reopen")?.text.contains("serious") == false)
        #expect(result.attributions.count == 2)
    }

    /// "“…,” said Orin Fell, who said …": a relative clause on the speaker reports a further claim, whose speaker mention is
    /// the "who"; "who endorsed Marr on Tuesday" reports none.
    @Test func aRelativeClauseOnTheSpeakerAfterAQuoteReportsAFurtherClaim() {
        let text = "“We need the ferry,” said Orin Fell, a retired pilot, who said the service should stay public."
        let result = Story.attribute(text, "“It is time,” said Ada Quill, who endorsed Marr on Tuesday.")
        let claim = try! #require(result.quote("the service should stay public"))
        #expect(claim.kind == .indirect)
        #expect(result.speaker(of: "the service should stay public") == "Orin Fell")
        let who = try! #require(claim.speakerSpan)
        #expect(who.start == Array(text.unicodeScalars).count - 40 && who.end - who.start == 3)
        #expect(result.quote("Marr on Tuesday") == nil)
    }

    @Test func aQuoteAfterSaidThatTheSentenceCarriesOnIsPartOfAReportedClause() {
        let result = Story.attribute("Mayor Dana Pell said “it breaks my heart” every time she drives past the closed mill.")
        let quote = try! #require(result.quote("it breaks my heart"))
        #expect(quote.kind == .partial)
        #expect(quote.text.hasSuffix("past the closed mill"))
        #expect(result.speaker(of: "it breaks my heart") == "Dana Pell")
    }

    @Test func aWholeQuoteAfterSaidStaysDirect() {
        let result = Story.attribute("Mayor Dana Pell said “no,” and walked out.")
        #expect(result.quote("no,")?.kind == .direct)
    }

    @Test func aParticipleCueAfterACommaGivesThePartialQuoteToTheSubject() {
        let result = Story.attribute("Mayor Dana Pell toured the harbor on Friday, calling it “the jewel of the coast.”")
        #expect(result.quote("jewel of the coast")?.kind == .partial)
        #expect(result.speaker(of: "jewel of the coast") == "Dana Pell")
    }

    /// "Brask called the harbor plan a political stunt": a naming verb with its object and a complement in the writer's
    /// words reports a claim, and a contrast after it reports its own; a phrasal "call" or a bare object names nothing.
    @Test func aNamingVerbWithObjectAndComplementReportsAClaim() {
        let result = Story.attribute(
            "Councillor Tom Brask called the harbor plan a political stunt.",
            "Mayor Ana Pell called him reckless and unfit for office, but she noted that the vote was close.",
            "Pell called him back on Monday.",
            "The board called a vote for Friday.",
            "Asked about Brask's calling her a liar, Pell laughed.",
            "Lena Ostrow called the pier a disgrace in remarks to the Harbor Ledger.")
        #expect(result.quote("political stunt")?.text == "the harbor plan a political stunt")
        #expect(result.speaker(of: "political stunt") == "Tom Brask")
        #expect(result.quote("reckless")?.text == "him reckless and unfit for office")
        #expect(result.speaker(of: "the vote was close") == "Ana Pell")
        #expect(result.quote("back on Monday") == nil)
        #expect(result.quote("a vote for Friday") == nil)
        #expect(result.quote("a liar") == nil)
        // A channel ending the object is the via, not the claim ("in remarks to", like "through her lawyer").
        #expect(result.quote("a disgrace")?.text == "the pier a disgrace")
        #expect(result.quote("a disgrace")?.via == "Harbor Ledger")
    }

    @Test func aParticipleCueAfterACommaReportsAClaim() {
        let result = Story.attribute("Dana Pell closed the meeting early, asserting that the levy would pass next spring.")
        #expect(result.quote("the levy would pass next spring")?.kind == .indirect)
        #expect(result.speaker(of: "the levy would pass") == "Dana Pell")
    }

    @Test func cueAfterTheQuoteInBothOrders() {
        let result = Story.attribute("“The dam holds,” engineer Pia Lund said.", "“It will not for long,” said Rolf Amsel.")
        #expect(result.speaker(of: "The dam holds") == "Pia Lund")
        #expect(result.speaker(of: "It will not for long") == "Rolf Amsel")
        #expect(result.quote("The dam holds")?.cue == "said")
    }

    @Test(arguments: ["reacted", "questioned", "remembered", "whispered", "reasoned", "gloated", "proclaimed", "scoffed"])
    func lessCommonReportingVerbsAfterAQuoteNameTheSpeaker(verb: String) {
        let result = Story.attribute("“Who pays for the ferry?” \(verb) Rolf Amsel.")
        #expect(result.speaker(of: "Who pays for the ferry") == "Rolf Amsel")
        #expect(result.quote("Who pays for the ferry")?.cue == verb)
    }

    @Test func aMultiWordCueAfterAQuestionKeepsTheQuoteInItsSentence() {
        let result = Story.attribute("Rolf Amsel spoke first at the harbor.", "“Who pays for the ferry?” Amsel went on.")
        #expect(result.speaker(of: "Who pays for the ferry") == "Rolf Amsel")
        #expect(result.quote("Who pays for the ferry")?.cue == "went on")
    }

    @Test func cueBeforeTheQuote() {
        let result = Story.attribute("Councilwoman Edda Frey said: “The vote is final.”")
        #expect(result.speaker(of: "The vote is final") == "Edda Frey")
        #expect(result.quote("The vote is final")?.kind == .direct)
    }

    @Test func indirectSpeechWithThat() {
        let result = Story.attribute("Analyst Joren Veld argued that the merger would raise prices for farmers.")
        let claim = try! #require(result.quote("the merger would raise prices"))
        #expect(claim.kind == .indirect)
        #expect(claim.text == "the merger would raise prices for farmers")
        #expect(result.speaker(of: "the merger") == "Joren Veld")
    }

    @Test func aClaimWithoutThatStartsAtItsSubjectAfterTheAdjuncts() {
        let result = Story.attribute("Mayor Piet Vander told reporters on Tuesday he opposed any toll that would fall on commuters.")
        let claim = try! #require(result.attributions.first)
        #expect(claim.text == "he opposed any toll that would fall on commuters")
        #expect(result.speaker(of: "he opposed any toll") == "Piet Vander")
    }

    @Test func accordingToAtEitherEnd() {
        let result = Story.attribute(
            "According to Mira Solberg, the bridge is unsafe.",
            "The ferry will stop in June, according to a senior port official.")
        #expect(result.speaker(of: "the bridge is unsafe") == "Mira Solberg")
        #expect(result.speaker(of: "The ferry will stop in June") == "a senior port official")
        #expect(result.source(of: "The ferry")?.anonymous == true)
    }

    @Test func trailingCueAfterAClaim() {
        let result = Story.attribute("The tunnel will open next spring, Nils Ostrom said on Monday.")
        #expect(result.quote("The tunnel will open next spring")?.kind == .indirect)
        #expect(result.speaker(of: "The tunnel") == "Nils Ostrom")
    }

    @Test func theAddresseeOfToldMayCarryANameInApposition() {
        let result = Story.attribute("Minister Wei Lan told his Omani counterpart, Badr al-Harthy, that the strait would stay open.")
        let claim = try! #require(result.quote("the strait would stay open"))
        #expect(claim.text == "the strait would stay open")
        #expect(result.speaker(of: "the strait would stay open") == "Wei Lan")
    }

    @Test func aTrailingTellCueMayNameItsAddressee() {
        let result = Story.attribute("Fares went up twice this year, Ana Ruiz told the Harbor Courier on Monday.")
        let claim = try! #require(result.quote("Fares went up twice"))
        #expect(claim.text == "Fares went up twice this year")
        #expect(result.speaker(of: "Fares went up") == "Ana Ruiz")
        #expect(claim.via == "Harbor Courier")
    }

    @Test func aSecondVerbJoinedByAndReportsAClaimOfItsOwn() {
        let result = Story.attribute("Mayor Dana Pell announced a new toll on the bridge and said the ferries would run until May.")
        #expect(result.quote("a new toll")?.text == "a new toll on the bridge")
        #expect(result.quote("the ferries would run")?.text == "the ferries would run until May")
        #expect(result.speaker(of: "the ferries would run") == "Dana Pell")
    }

    @Test func aVerbThatReportsNothingLeavesTheClaimToTheOneJoinedByBut() {
        let result = Story.attribute("The port director refused to take questions but said the harbor would reopen on Friday.")
        #expect(result.attributions.count == 1)
        #expect(result.quote("the harbor")?.text == "the harbor would reopen on Friday")
        #expect(result.speaker(of: "the harbor") == "the port director")
    }

    @Test func aTrailingCueMayEndWithADayAfterTheName() {
        let result = Story.attribute("Mayor Dana Pell spoke at the pier.", "The ferries run late, said Pell on Monday.")
        #expect(result.speaker(of: "The ferries run late") == "Dana Pell")
    }

    @Test func aNameFollowedByItsVerbAfterSaidIsTheClaimsSubject() {
        let result = Story.attribute(
            "One of the diplomats, who asked not to be named, said Orrin had threatened to walk away in August.",
            "Ingrid Halvorsen, a senior fellow at the Baltic Policy Institute, said the deal was “mostly symbolic.”")
        #expect(result.quote("Orrin had threatened to walk away")?.kind == .indirect)
        #expect(result.quote("Orrin had threatened to walk away")?.text.hasPrefix("Orrin") == true)
        #expect(result.speaker(of: "Orrin had threatened") == "one of the diplomats")
        #expect(result.sources.allSatisfy { $0.name != "Orrin" })
        #expect(result.speaker(of: "the deal was") == "Ingrid Halvorsen")
        #expect(result.quote("Ingrid Halvorsen, a senior fellow") == nil)
    }

    @Test func aDocumentReadsItsWords() {
        let result = Story.attribute("“The ferry will run every day this winter,” the statement read.")
        let statement = try! #require(result.source(of: "The ferry will run"))
        #expect(statement.description == "the statement")
    }

    @Test func aDocumentOpeningTheSentenceSpeaksButNotOneIssuedBySomeone() {
        let result = Story.attribute(
            "A new report said the ferry was late.",
            "Mayor Ada Vale issued a statement calling the toll “a farce.”")
        #expect(result.source(of: "the ferry was late")?.description == "a new report")
        #expect(result.speaker(of: "a farce") == "Ada Vale")
    }

    @Test func theFollowingCommentsIntroduceTheQuoteParagraph() {
        let result = Story.attribute(
            "On Monday, Mayor Rosa Lind made the following comments:",
            "“The toll is fair and the ferry will run.”",
            "However, she characterized Ivo Pell as “a little desperate.”")
        #expect(result.speaker(of: "The toll is fair") == "Rosa Lind")
        #expect(result.speaker(of: "a little desperate") == "Rosa Lind")
    }

    @Test func aLowercaseFragmentAfterACommaIsNoDirectQuote() {
        let result = Story.attribute(
            "Asked whether the ferry would keep running, Ben Olafsen said it would, “for now.”",
            "Early in the race, Ivo Pell attacked Lind, calling her, among other things, “a failed mayor.”")
        let claim = try! #require(result.quote("for now"))
        #expect(claim.kind != .direct)
        #expect(claim.text.hasPrefix("it would"))
        #expect(result.speaker(of: "for now") == "Ben Olafsen")
        #expect(result.speaker(of: "a failed mayor") == "Ivo Pell")
    }

    /// A longer lowercase quote after a comma inside a claim goes on with it; after "said," it is a direct quote.
    @Test func aLongLowercaseQuoteAfterACommaInsideAClaimIsPartial() {
        let result = Story.attribute(
            "Ana Ortiz said the truce, while welcome, “does not buy any certainty for exporters.”",
            "Ivo Pell said, “we will win this fight in the end.”")
        #expect(result.quote("does not buy any certainty")?.kind == .partial)
        #expect(result.quote("we will win this fight")?.kind == .direct)
    }

    @Test func speechVerbsReportAClaimWithThat() {
        let result = Story.attribute(
            "Asked about the toll, Ivo Pell replied that it was fair.",
            "Rosa Lind countered that the ferry was late.",
            "Ada Moss was quoted as saying that the pier would close.",
            "The minister was quoted by the Harbor Ledger as saying, “We will not back down.”")
        #expect(result.speaker(of: "it was fair") == "Ivo Pell")
        #expect(result.speaker(of: "the ferry was late") == "Rosa Lind")
        #expect(result.speaker(of: "the pier would close") == "Ada Moss")
        #expect(result.quote("We will not back down")?.via == "Harbor Ledger")
    }

    @Test func verbsOfPraiseAndBlameGiveAPartialQuoteItsSpeaker() {
        let result = Story.attribute(
            "Mayor Ivo Pell lauded the crew for “steady hands in a storm.”",
            "Rosa Lind likened the toll to “a tax on islanders.”")
        #expect(result.speaker(of: "steady hands in a storm") == "Ivo Pell")
        #expect(result.speaker(of: "a tax on islanders") == "Rosa Lind")
    }

    @Test func whatASpeakerAccusesOthersOfIsTheQuoteAlone() {
        let result = Story.attribute("Rita Gomez accused the carriers of “stalling while our members take the risks.”")
        let quote = try! #require(result.quote("stalling"))
        #expect(quote.kind == .partial)
        #expect(quote.text == "stalling while our members take the risks.")
        #expect(result.speaker(of: "stalling") == "Rita Gomez")
    }

    @Test func aRecallOfGoodsSaysNothing() {
        let result = Story.attribute(
            "Harbor Motors recalls 40,000 vans over a brake fault.",
            "Ada Lind recalled that the harbor froze in 1987.")
        #expect(result.attributions.count == 1)
        #expect(result.speaker(of: "the harbor froze") == "Ada Lind")
    }

    @Test func aPluralSubjectBeforeItsBareVerbStillSpeaks() {
        let result = Story.attribute("Trump fans insist delegates must heed the will of the party.")
        #expect(result.quote("delegates must heed")?.text == "delegates must heed the will of the party")
    }

    @Test func anInfinitiveAfterToldIsWhatTheyWereTold() {
        let result = Story.attribute("The mayor told aides to figure out how to cut the toll without the council.")
        #expect(result.quote("figure out")?.text == "to figure out how to cut the toll without the council")
    }

    @Test func aNamingVerbJoinedByAndSharesTheSubject() {
        let result = Story.attribute("Ivo Pell took the stage on Tuesday at the Grand Hotel in Kessel and called the council “rotten to the core.”")
        #expect(result.speaker(of: "rotten to the core") == "Ivo Pell")
    }

    @Test func aParticipleCueAfterTheObjectCarriesTheClaim() {
        let result = Story.attribute("Aleksei Varga defended the move in a post on X, writing that his country would not back down.")
        let claim = try! #require(result.quote("his country would not back down"))
        #expect(claim.text == "his country would not back down")
        #expect(claim.via == "in a post on X")
        #expect(result.speaker(of: "his country") == "Aleksei Varga")
    }

    @Test func unnamedSourcesReportingInsideAClaimHaveTheirOwnStatement() {
        let result = Story.attribute("Minister Wei Lan pledged deeper ties with the harbor states on Tuesday, a move analysts said was aimed at filling a vacuum.")
        let inner = try! #require(result.quote("was aimed at filling a vacuum"))
        #expect(inner.text == "was aimed at filling a vacuum")
        #expect(result.speaker(of: "was aimed at filling a vacuum") == "analysts")
        #expect(result.quote("deeper ties")?.text == "deeper ties with the harbor states on Tuesday")
    }

    @Test func aMoveThatOthersReportAfterTheCueClauseEndsTheClaim() {
        let result = Story.attribute(
            "Vestland is weighing a naval pact with Ostrava, three officials told the Harbor Ledger, a move that analysts say could upend the strait.")
        #expect(result.quote("naval pact")?.text == "Vestland is weighing a naval pact with Ostrava")
        #expect(result.quote("could upend")?.text == "could upend the strait")
        #expect(result.speaker(of: "could upend") == "analysts")
    }

    @Test func aSourceSetOffInsideAClaimHasItsOwnStatement() {
        let result = Story.attribute(
            "The defense ministry of Vestmark on Thursday defended the drone contract, a day after the national audit office said the purchase had skipped the usual tender.")
        #expect(result.quote("the drone contract")?.text == "the drone contract")
        #expect(result.speaker(of: "the purchase had skipped") == "national audit office")
        #expect(result.quote("the purchase had skipped")?.text == "the purchase had skipped the usual tender")
    }

    @Test func anInterviewOpeningTheSentenceAboutASpeakerIsTheViaOfWhatFollows() {
        let result = Story.attribute(
            "In an interview with Harbor Television, finance chief Piet Morren defended the plan. “We are not cutting investment,” he said.",
            "Morren added that battery prices should ease next year.")
        #expect(result.quote("We are not cutting investment")?.via == "Harbor Television")
        #expect(result.quote("battery prices should ease")?.via == "Harbor Television")
    }

    @Test func aParticipleCueAfterAClaimReportsAClaimOfItsOwn() {
        let result = Story.attribute(
            "Port director Nils Aune defended the dredging contract on Thursday, telling lawmakers that the deal had saved money.")
        #expect(result.quote("the dredging contract")?.text == "the dredging contract on Thursday")
        #expect(result.quote("the deal had saved money")?.text == "the deal had saved money")
        #expect(result.speaker(of: "the deal had saved money") == "Nils Aune")
    }

    @Test func aCueWordAfterAnArticleIsANoun() {
        let result = Story.attribute("“You are a total loser!” the note says.")
        #expect(result.source(of: "You are a total loser")?.description == "the note")
    }

    @Test func aNameEndingInLyAfterTheCueIsNoAdverb() {
        let result = Story.attribute(
            "But Bill Skelly, a longtime harbor data man, vouched for both of them.",
            "“Having the harbor file is valuable,” said Skelly.")
        #expect(result.speaker(of: "Having the harbor file") == "Bill Skelly")
    }

    @Test func aCapitalizedCueWordInsideTheSentenceIsAName() {
        let result = Story.attribute(
            "Harbor Freight chief executive Ian Read spoke to analysts.",
            "“We believe this deal is a great deal,” Read said.")
        #expect(result.speaker(of: "We believe this deal") == "Ian Read")
    }

    @Test func aNounThatLooksLikeACueIsNoCue() {
        let result = Story.attribute("The Valley Ledger report covered the strike and the votes of its members.")
        #expect(result.attributions.isEmpty)
    }

    @Test func familiarWithAfterTheSourceBelongsToItsDescription() {
        let result = Story.attribute(
            "According to a congressional aide familiar with the negotiations, leaders hope to bring the bill back.",
            "The vote may slip to May, said two aides close to the speaker.")
        #expect(result.quote("leaders hope to bring the bill back")?.text == "leaders hope to bring the bill back")
        #expect(result.speaker(of: "leaders hope") == "a congressional aide familiar with the negotiations")
        #expect(result.speaker(of: "The vote may slip") == "two aides close to the speaker")
    }

    @Test func aPassiveParticipleOfATellVerbIsNoCue() {
        let result = Story.attribute("The man accused of the arson told the court he was at home that night.")
        #expect(result.attributions.count == 1)
        #expect(result.quote("he was at home")?.text == "he was at home that night")
        #expect(result.speaker(of: "he was at home") == "the man")
    }

    @Test func aTellVerbAfterThePerfectStaysACue() {
        let result = Story.attribute("Ivo Pell faces a rival whom he has accused of selling false hopes.")
        #expect(result.speaker(of: "selling false hopes") == "Ivo Pell")
    }

    /// A body speaks through the document it issued; an outlet that reported a document did not issue it.
    @Test(arguments: [
        ("According to a statement from the Vestland Health Board, 340 nursing posts are vacant.", "Vestland Health Board"),
        ("According to data from the Harbor Statistics Office, rents rose by a fifth last year.", "Harbor Statistics Office"),
        ("According to court documents reported by the Kessel Ledger, the council was warned in 2019.",
         "court documents reported by the Kessel Ledger"),
    ])
    func theIssuerOfADocumentSpeaksThroughIt(sentence: String, speaker: String) {
        let result = Story.attribute(sentence)
        #expect(result.attributions.count == 1)
        let source = try! #require(result.sources.first)
        #expect((source.name ?? source.description) == speaker)
    }

    @Test func vagueSourcesAreMarked() {
        let result = Story.attribute("Experts say that the drought will last another year.")
        let source = try! #require(result.source(of: "the drought"))
        #expect(source.anonymous && source.vague)
    }

    /// Vague shares ("Some", "many in the hall") and the shares of a poll ("one in five") speak as unnamed groups.
    @Test(arguments: [
        ("Some", "some"), ("Many in the hall", "many in the hall"), ("Others", "others"),
        ("Nearly a third", "nearly a third"), ("One in five", "one in five"), ("Only 9 percent", "only 9 percent"),
    ])
    func aShareOfPeopleSpeaks(subject: String, description: String) {
        let result = Story.attribute("\(subject) say the tolls on the bridge are too high.")
        let source = try! #require(result.source(of: "the tolls on the bridge"))
        #expect(source.anonymous && source.vague)
        #expect(source.description == description)
    }

    @Test func aRoleWithItsNameAfterPerOpensTheClaim() {
        let result = Story.attribute("Per the state news agency Ostapress, Ostrava’s defense minister, Karel Novy, ordered a review of air defenses.")
        #expect(result.quote("ordered a review")?.text == "Ostrava’s defense minister, Karel Novy, ordered a review of air defenses")
        #expect(result.speaker(of: "ordered a review") == "Ostapress")
    }

    @Test func anAgencySetOffBeforeTheCueCarriesTheSubjectsWords() {
        let result = Story.attribute(
            "Ostrava’s foreign ministry, per the state news agency Ostpress, called the reports “speculation.”",
            "The harbor board, according to Radio Vest, said the talks were routine.")
        #expect(result.speaker(of: "speculation") == "Ostrava’s foreign ministry")
        #expect(result.quote("speculation")?.via == "Ostpress")
        #expect(result.speaker(of: "the talks were routine") == "harbor board")
        #expect(result.quote("the talks were routine")?.via == "Radio Vest")
        #expect(!result.sources.contains { $0.name == "Ostpress" })
    }

    @Test func accordingToSetInsideItsClaimKeepsTheWholeClaim() {
        let result = Story.attribute("For the port, according to the economist Ivo Pratt, the toll is a test of its independence.")
        let claim = try! #require(result.quote("the toll is a test"))
        #expect(claim.text.hasPrefix("For the port"))
        #expect(claim.text.hasSuffix("a test of its independence"))
        #expect(result.speaker(of: "the toll is a test") == "Ivo Pratt")
    }

    @Test func statesReportsOnlyWithThat() {
        let result = Story.attribute(
            "The harbor report states that the toll is fair.",
            "Lind won more states than Pell, and the council counted the votes.")
        #expect(result.source(of: "the toll is fair")?.description == "the harbor report")
        #expect(result.attributions.count == 1)
    }

    @Test func foundReportsOnlyWithThat() {
        let result = Story.attribute(
            "The Harbor Integrity Project found that the tolls had doubled in a year.",
            "Divers found the wreck of the ferry near the reef on Monday.")
        #expect(result.speaker(of: "the tolls had doubled") == "Harbor Integrity Project")
        #expect(result.quote("the wreck") == nil)
    }

    @Test func aYearAfterInIsNoShare() {
        let result = Story.attribute("Mayor Dana Pell, who won in 2019, said the tolls would stay.")
        #expect(result.speaker(of: "the tolls would stay") == "Dana Pell")
    }

    @Test func aCueClauseInsideTheClaimBeforeAClauseOpenedByADeterminer() {
        let result = Story.attribute("Unless the council acts soon, the experts say, the harbor could silt up within a decade.")
        let claim = try! #require(result.quote("the harbor could silt up"))
        #expect(claim.text.hasPrefix("Unless the council acts soon"))
        #expect(result.speaker(of: "the harbor could silt up") == "the experts")
    }

    @Test func aContractedIsBeforeAProgressiveCueLeavesTheSubjectSpeaking() {
        let result = Story.attribute("Mayor Dana Pell met the crews. She’s predicting that the strike will end by Friday.")
        #expect(result.speaker(of: "the strike will end") == "Dana Pell")
    }

    @Test func aNamingVerbWithItsObjectMakesATitleCaseQuoteSpeech() {
        let result = Story.attribute("Ana Jacobs called the harbor master “The Pride of the Coast” on Monday.")
        #expect(result.quote("The Pride of the Coast")?.kind == .partial)
        #expect(result.speaker(of: "The Pride of the Coast") == "Ana Jacobs")
        #expect(Story.attribute("She watched a show called “Meet the Harbor” on Monday.").attributions.isEmpty)
    }

    @Test func accordingToAnyNounPhrase() {
        let result = Story.attribute("Turnout rose to 70 percent, according to a new survey of harbor voters.")
        let source = try! #require(result.source(of: "Turnout rose"))
        #expect(source.name == nil)
        #expect(source.description == "a new survey of harbor voters")
    }

    /// "said A, adding that B" reports two claims; "said as much" reports none of its own.
    @Test func aParticipleAfterAClaimReportsASecondClaim() {
        let result = Story.attribute(
            "Rune Falk said the tax was fair, adding that it would be reviewed in 2030.",
            "On Tuesday, the ferry company said it would not file its accounts in time, warning that it could default.",
            "Ada Quill said as much in an interview on Thursday, arguing that the plan had failed.")
        #expect(result.quote("the tax was fair")?.text == "the tax was fair")
        #expect(result.speaker(of: "it would be reviewed in 2030") == "Rune Falk")
        #expect(result.quote("it would not file its accounts in time")?.text == "it would not file its accounts in time")
        #expect(result.speaker(of: "it could default") == "ferry company")
        #expect(result.quote("as much") == nil)
        #expect(result.speaker(of: "the plan had failed") == "Ada Quill")
    }

    /// An outlet that obtained or saw a document did not write it: the document is the source.
    @Test func accordingToADocumentAnOutletObtained() {
        let result = Story.attribute(
            "According to a council memo seen by the Gullport Courier, the fee could raise $3 million a year.",
            "The port lost money, according to documents reviewed by Coastal Wire.")
        #expect(result.speaker(of: "the fee could raise") == "a council memo")
        #expect(result.quote("the fee could raise")?.text == "the fee could raise $3 million a year")
        #expect(result.speaker(of: "The port lost money") == "documents")
    }

    @Test func aPastParticipleAfterBeIsPassiveAndNoCue() {
        let result = Story.attribute("According to court records, the council was warned in 2019.")
        #expect(result.speaker(of: "the council was warned") == "court records")
        #expect(Story.attribute("Ivo Pell was told about the delay on Monday.").attributions.isEmpty)
    }

    @Test func aCueInsideTheClaim() {
        let result = Story.attribute("Most of the ferries, Tamar Voss said, will run on batteries by 2030.")
        let claim = try! #require(result.quote("will run on batteries"))
        #expect(claim.kind == .indirect)
        #expect(claim.text == "Most of the ferries … will run on batteries by 2030")
        #expect(result.speaker(of: "will run on batteries") == "Tamar Voss")
    }

    @Test func aQuoteGoingOnAfterAnInterjectedCueKeepsTheWordsBeforeIt() {
        let result = Story.attribute(
            "The reef’s status, Oren Falk wrote in a commentary for the Harbor Ledger, “has never been settled by any court.”",
            "Asked whether sanctions were possible, Falk said, “Probably not.”")
        let claim = try! #require(result.quote("has never been settled"))
        #expect(claim.kind == .partial)
        #expect(claim.text == "The reef’s status … has never been settled by any court.")
        #expect(claim.via == "Harbor Ledger")
        #expect(result.attributions.filter { $0.text.contains("has never been settled") }.count == 1)
        #expect(result.quote("Probably not")?.text == "Probably not.")
    }

    @Test func aShortOpeningBeforeAnInterjectedCueBelongsToTheClaim() {
        let result = Story.attribute("The strike, Tamar Voss said in an interview, was a mistake.")
        #expect(result.quote("was a mistake")?.text == "The strike … was a mistake")
        #expect(result.speaker(of: "was a mistake") == "Tamar Voss")
        #expect(Story.attribute("The ferry, called Northern Star, carries 400 people.").attributions.isEmpty)
    }

    @Test func aClaimOpeningWithAnAdverbialAloneRunsOnPastAnInterjectedCue() {
        let result = Story.attribute(
            "As the vote nears, Tamar Voss says, the number of undecided residents shrinks.",
            "At the time, she said, Councilor Ibo Grane was trying to sell the ferry.")
        #expect(result.quote("undecided residents")?.text == "As the vote nears … the number of undecided residents shrinks")
        #expect(result.quote("sell the ferry")?.text == "At the time … Councilor Ibo Grane was trying to sell the ferry")
        #expect(result.speaker(of: "sell the ferry") == "Tamar Voss")
    }

    @Test func invertedCueBeforeAnAppositive() {
        let result = Story.attribute("The harbor crane is idle again, said Rita Kell, the director of Port Watch, which monitors shipping.")
        #expect(result.speaker(of: "The harbor crane is idle again") == "Rita Kell")
        #expect(result.source(of: "The harbor crane")?.organizations.contains("Port Watch") == true)
    }

    @Test func progressiveCueTakesTheSubjectBeforeTheAuxiliary() {
        let result = Story.attribute("Mayor Inge Dahl is telling voters that the tram will be free.")
        #expect(result.speaker(of: "the tram will be free") == "Inge Dahl")
    }

    @Test func pluralGroupsSpeak() {
        let result = Story.attribute("Many dock workers say that the new cranes are too slow.")
        let source = try! #require(result.source(of: "the new cranes"))
        #expect(source.anonymous)
        #expect(source.description == "many dock workers")
    }

    @Test(arguments: ["police said", "staff said", "a shopkeeper said", "one longtime tenant said", "some conservatives said", "his wife said"])
    func groupsAndPeopleNamedByTheirLotSpeak(cue: String) {
        let result = Story.attribute("The quay flooded twice in March, \(cue).")
        let source = try! #require(result.source(of: "The quay flooded"))
        #expect(source.anonymous)
        #expect(source.description == String(cue.dropLast(" said".count)))
    }

    @Test func aDescriptionOpeningTheSentenceReadsAsInsideOne() {
        let result = Story.attribute("The official said the cranes would be replaced.", "Two port engineers said the work was late.")
        #expect(result.speaker(of: "the cranes would be replaced") == "the official")
        #expect(result.speaker(of: "the work was late") == "two port engineers")
    }

    @Test func aRelativeClauseMayStandBetweenSubjectAndCue() {
        let result = Story.attribute(
            "A port official who asked not to be named because she could not discuss the talks said the ferries would run.")
        #expect(result.speaker(of: "the ferries would run") == "a port official")
    }

    @Test func aCueInsideARelativeClauseStillReportsTheClaim() {
        let result = Story.attribute("The crews want limits on double shifts, which the union says have become routine this year.")
        #expect(result.quote("have become routine") != nil)
        #expect(result.quote("have become routine")?.sourceID != nil)
    }

    @Test func aClaimBeforeAClosingQuoteIsAStatementOfItsOwn() {
        let result = Story.attribute("Ada Vale said the turmoil was not the ferries' fault, “not by a long shot.”")
        #expect(result.quote("the turmoil was not the ferries' fault")?.kind == .indirect)
        #expect(result.quote("not by a long shot")?.kind == .direct)
        #expect(result.speaker(of: "not by a long shot") == "Ada Vale")
    }

    @Test func theBareCueAfterAnAuxiliaryFitsAnySubject() {
        let result = Story.attribute("Vale did post on Twitter that the fees were a mistake.")
        #expect(result.speaker(of: "the fees were a mistake") == "Vale")
        #expect(result.quote("the fees were a mistake")?.via == "on Twitter")
    }

    @Test func aCueWordAfterAPossessiveIsANoun() {
        let result = Story.attribute("The mayor left early, and her remarks were brief and cheerful today.")
        #expect(result.quote("were brief") == nil)
    }

    @Test func aPlaceAfterTheCueComesBeforeThat() {
        let result = Story.attribute("Mayor Ivo Brandt said from his office that the port would reopen next week.")
        #expect(result.speaker(of: "the port would reopen") == "Ivo Brandt")
    }

    /// "In her view, …", "In Ellery’s view, …": whoever holds the view speaks; "In recent years" holds none.
    @Test func theHolderOfAViewSpeaks() {
        let result = Story.attribute(
            "Grace Liu, a professor at Tennant University, spoke on Monday. In her view, the sanctions were working far too slowly.",
            "In Marcus Ellery’s view, the fleet is too old to sail.",
            "In recent years, the port has grown fast.")
        #expect(result.speaker(of: "the sanctions were working") == "Grace Liu")
        #expect(result.speaker(of: "the fleet is too old") == "Marcus Ellery")
        #expect(result.quote("the port has grown") == nil)
    }

    /// "In a … poll, …" reports the poll's findings as "according to" it would; "In a statement, …" reports nothing by itself.
    @Test func aPollOpeningTheSentenceReportsItsFindings() {
        let result = Story.attribute(
            "In the latest harbor survey, most residents backed the ferry.",
            "In a Harbor Ledger poll released Monday, Mayor Dana Pruitt led her rival by nine points.",
            "In a statement, the port apologized.")
        #expect(result.quote("most residents backed the ferry")?.text == "most residents backed the ferry")
        #expect(result.speaker(of: "most residents backed the ferry") == "the latest harbor survey")
        #expect(result.speaker(of: "led her rival") == "Harbor Ledger")
        #expect(result.quote("the port apologized") == nil)
    }

    /// "A statement from the Qasiran presidency said": a presidency issues statements as a ministry does.
    @Test func aPresidencyIssuesAStatement() {
        let result = Story.attribute("A statement from the Qasiran presidency said the attack was over.")
        #expect(result.speaker(of: "the attack was over") == "Qasiran presidency")
    }

    /// "added three firms to its list" acts on a thing; "added the company would pay" reports, and so does an
    /// expert's forecast ("expects a sharp slowdown").
    @Test func anObjectWithoutAVerbAfterAddIsNoClaim() {
        let result = Story.attribute(
            "Karvonia added three Vestish defense firms to its export blacklist on Friday.",
            "Tom Reed, chief economist at Gallant Capital, expects a sharp slowdown in hiring. He added the company would pay the fine in full.")
        #expect(result.quote("defense firms") == nil)
        #expect(result.speaker(of: "a sharp slowdown") == "Tom Reed")
        #expect(result.quote("the company would pay the fine") != nil)
    }

    @Test func aSemicolonJoinsTwoReportsWithSpeakersOfTheirOwn() {
        let result = Story.attribute("Karvonia said on Sunday it had shot down 31 drones; Vestland said it had destroyed two depots.")
        #expect(result.speaker(of: "it had shot down 31 drones") == "Karvonia")
        #expect(result.quote("it had shot down")?.text.contains("Vestland") == false)
        #expect(result.speaker(of: "it had destroyed two depots") == "Vestland")
    }

    /// "…, though Grane said …", "…, while 30 percent said …", "…, but the mayor said …": a contrast after a comma joins
    /// a second report, whatever opens its subject.
    @Test func aContrastAfterACommaJoinsASecondReport() {
        let result = Story.attribute(
            "Councilor Tessa Marr said the plan was sound, though Councilor Ibo Grane said he doubted the cost figures.",
            "Forty percent said the ferry ran on time, while 30 percent said it did not.",
            "Marr said the tender was fair, but the mayor said it was rushed.")
        #expect(result.quote("the plan was sound")?.text == "the plan was sound")
        #expect(result.speaker(of: "he doubted the cost figures") == "Ibo Grane")
        #expect(result.quote("the ferry ran on time")?.text == "the ferry ran on time")
        #expect(result.speaker(of: "it did not") == "30 percent")
        #expect(result.quote("the tender was fair")?.text == "the tender was fair")
        #expect(result.speaker(of: "it was rushed") == "the mayor")
    }

    /// "said separately that …" leaves the adverb out; "said that was …" keeps the demonstrative in the claim.
    @Test func anAdverbBeforeThatIsLeftOutAndADemonstrativeThatIsKept() {
        let result = Story.attribute(
            "The Harbor Ministry said separately that it would publish the data soon.", "Benedetti said that was far too little and far too late.")
        #expect(result.quote("publish the data")?.text == "it would publish the data soon")
        #expect(result.quote("far too little")?.text == "that was far too little and far too late")
    }

    /// A label before a colon leaves the quote after it whole and direct.
    @Test func aQuoteAfterALabelAndAColonIsDirect() {
        let result = Story.attribute("On memory chips: “HBM is the real story,” said Nadia Holt, a fellow at the Kessel Council.")
        let quote = try! #require(result.quote("HBM is the real story"))
        #expect(quote.kind == .direct)
        #expect(!quote.text.contains("memory chips"))
    }

    @Test func aRefusalToActReportsNothing() {
        let result = Story.attribute(
            "Karvonia has declined to condemn the invasion of the islands.", "The hospital refused to release the name of the patient.")
        #expect(result.attributions.isEmpty)
    }

    @Test func aNumberAfterAddedOrWroteIsACountNotAReport() {
        let result = Story.attribute(
            "Forward Ilka Brandt added 22 points for the Tern Harbor Herons.", "The bakery chain Crumbwell added 300 jobs in the spring.",
            "Ilka Brandt added that the team had played its best game.")
        #expect(result.attributions.map(\.text) == ["the team had played its best game"])
    }

    /// "Varga agreed, with a caveat.": a cue closed by a comma before a manner or a subordinate clause reports
    /// nothing; a cue inside that clause reports its own claim ("though he argued the states were to blame").
    @Test func aCueClosedByACommaBeforeASubordinateClauseReportsNothing() {
        let result = Story.attribute(
            "Ivo Varga, an analyst at the Harbor Institute, spoke first.", "Varga agreed, with a caveat.",
            "Lena Holm agreed, though she argued the northern states have themselves to blame.")
        #expect(result.quote("with a caveat") == nil)
        #expect(result.quote("she argued") == nil)
        #expect(result.speaker(of: "the northern states have themselves to blame") == "Lena Holm")
    }

    /// "Salm told lawmakers that the army had responded “calmly”": a cue inside the clause an earlier cue reports gives the
    /// quote no speaker of its own; a relative clause's cue ("a voice that said “…”") still does.
    @Test func aQuoteAfterACueInsideAReportedClauseIsTheReporters() {
        let result = Story.attribute(
            "General Viktor Salm told lawmakers that the armed forces had responded “calmly” to the incursion.",
            "Ada Quill said the city had lost a voice that said “kindness is a kind of courage.”")
        #expect(result.speaker(of: "calmly") == "Viktor Salm")
        #expect(result.quote("calmly")?.kind == .indirect)
        #expect(result.speaker(of: "kindness is a kind of courage") == "Ada Quill")
        #expect(result.quote("kindness is a kind of courage")?.kind == .direct)
    }

    /// "Orlov and Marchetti both said …", "“…,” both said": "both" after the subject is skipped as "also" is, and standing
    /// alone before the cue it is the two people met before, who speak together; "he both defended and minimized" reports nothing.
    @Test func bothAfterTheSubjectOrAloneBeforeTheCueSpeaks() {
        let result = Story.attribute(
            "Pavel Orlov and Ines Marchetti both said the talks had been difficult.",
            "“The situation is fragile,” both said.",
            "They both said the ceasefire was holding.",
            "Ada Quill spoke of the levy, which she both defended and minimized in a long speech.")
        #expect(result.speakers(of: "the talks had been difficult") == ["Pavel Orlov", "Ines Marchetti"])
        #expect(result.speakers(of: "The situation is fragile") == ["Pavel Orlov", "Ines Marchetti"])
        #expect(result.speakers(of: "the ceasefire was holding") == ["Pavel Orlov", "Ines Marchetti"])
        #expect(result.quote("minimized") == nil)
    }

    /// "… and urged restraint, according to the Harbor Times": the source of the sentence ending it after the cue's object
    /// is no claim of the cue's.
    @Test func anAccordingToEndingTheSentenceAfterACuesObjectIsNoClaim() {
        let result = Story.attribute("Ivo Pell said the port would close and urged calm, according to the Harbor Times.")
        #expect(result.quote("the port would close")?.via == "Harbor Times")
        #expect(result.quote("according to the Harbor Times") == nil)
    }

    /// "OTV reported that drones had struck a fuel depot, citing local officials": whom the report cites is no part of the
    /// claim; the speaker's reasons quoted after "citing" still are.
    @Test func whomAReportCitesAfterACommaIsNoPartOfTheClaim() {
        let result = Story.attribute(
            "Nordvision reported that drones had struck a fuel depot, citing local officials.",
            "Gov. Ada Quill endorsed Ivo Pell, citing his “long experience” in the port.")
        #expect(result.quote("drones had struck")?.text == "drones had struck a fuel depot")
        #expect(result.quote("long experience") != nil)
    }

    /// "— Per Xinhua, …", "• “…,” Kell wrote": a list mark opening a newsletter's item is no word of its sentence,
    /// which then opens with its cue or its quote; a pair of dashes around a heading in quotes is no list.
    @Test func aListMarkOpeningAParagraphHidesNoOpeningCue() {
        let result = Story.attribute(
            "— Per Xinhua, the Qinland government has already pledged $200 million to the fund.",
            "• “We have waited long enough,” Dr. Amara Kell wrote on X.",
            "– ‘Who cares?’ –.")
        #expect(result.speaker(of: "the Qinland government has already pledged") == "Xinhua")
        #expect(result.quote("We have waited long enough")?.kind == .direct)
        #expect(result.quote("Who cares") == nil)
    }

    /// `What we're reading: “Why pacts fail,” by Omar Deane`: a title of a work before its author is nobody's
    /// words; a lowercase phrase before "by" and a name still quotes them.
    @Test func aQuotedTitleBeforeByAndItsAuthorIsNoQuote() {
        let result = Story.attribute(
            "What we're reading: “Why pacts fail,” by Omar Deane in Foreign Lens.",
            "— “Ferries return to Kell,” by the Harbor Times’s Ada Moss.",
            "Ivo Pell said the “ugliness of those remarks,” by Vale last week, had hurt the talks.")
        #expect(result.quote("Why pacts fail") == nil)
        #expect(result.quote("Ferries return to Kell") == nil)
        #expect(result.quote("ugliness of those remarks") != nil)
    }

    /// "Veltan recalled its ambassador": a person called home is no memory told; "recalled the senator telling her …"
    /// still reports.
    @Test func recallingAnEnvoyIsNoReport() {
        let result = Story.attribute(
            "Veltan has recalled its ambassador from Norland after a border guard was shot dead.",
            "Ada Moss recalled the senator telling her the vote was lost.")
        #expect(result.quote("ambassador") == nil)
        #expect(result.speaker(of: "the senator telling her") == "Ada Moss")
    }

    /// "…, said prices could rise by 5%.", "According to the ministry, $200 million …": a sign that belongs to the
    /// number beside it is no punctuation trimmed off the claim.
    @Test func aClaimKeepsTheSignOfANumberAtItsEdge() {
        let result = Story.attribute(
            "Jonas Berg, an energy analyst at Nordhavn Bank, said prices could rise by 5%.",
            "According to the ministry, $200 million was pledged to the fund.")
        #expect(result.quote("prices could rise")?.text == "prices could rise by 5%")
        #expect(result.quote("million was pledged")?.text == "$200 million was pledged to the fund")
    }

    /// "The finance ministry, per a statement on its website, welcomed the figures": the subject before "per" is no
    /// claim of the statement's; "The implication, according to the aide, is that …" still reports the aide's.
    @Test func aSubjectAloneBeforeAnInterjectedSourceIsNoClaim() {
        let result = Story.attribute(
            "The finance ministry, per a statement posted on its website, welcomed the figures.",
            "The implication, according to the harbor aide, is that the vote was rigged.")
        #expect(result.quote("The finance ministry") == nil)
        #expect(result.speaker(of: "The implication") == "the harbor aide")
    }

    /// "in remarks to the Herald", "in hopes of", "a lead in pledged delegates": a cue word right after a preposition is
    /// a noun or an adjective, no report.
    @Test func aCueWordAfterAPrepositionIsNoReport() {
        let result = Story.attribute(
            "Opposition leader Ivo Renn called the pact a betrayal in remarks to the Velorian Herald.",
            "The senators spoke for hours in hopes of delaying the vote.")
        #expect(result.quote("to the Velorian Herald") == nil)
        #expect(result.quote("of delaying the vote") == nil)
    }

    /// "…, speaking on condition of anonymity", "…, asking not to be named": why the source goes unnamed describes the
    /// source and is no part of the claim.
    @Test func aTrailingClauseOnWhyTheSourceGoesUnnamedIsNoPartOfTheClaim() {
        let result = Story.attribute(
            "A senior harbour official said the talks had collapsed, speaking on condition of anonymity because he was not authorised to brief the press.",
            "One dock manager said the cranes would stay idle until Friday, asking not to be named.")
        #expect(result.quote("the talks had collapsed")?.text == "the talks had collapsed")
        #expect(result.quote("the cranes would stay idle")?.text == "the cranes would stay idle until Friday")
        #expect(result.speaker(of: "the cranes would stay idle") == "one dock manager")
    }

    /// "said the fund “welcomes the progress” and expects a vote soon": a verb in the present after "and" goes on with a
    /// claim reported in the past, whose subject it shares; one in the cue's tense is the speaker's own second report.
    @Test func aPresentVerbAfterAPastCueGoesOnWithTheClaim() {
        let result = Story.attribute(
            "A Lumen Fund spokesperson said the fund “welcomes the progress” and expects a vote soon.",
            "Ivo Pell said the port would close and warned that ferries would stop.")
        #expect(result.attributions.count == 3)
        #expect(result.quote("welcomes the progress")?.text.hasSuffix("and expects a vote soon") == true)
        #expect(result.speaker(of: "expects a vote soon") == "a Lumen Fund spokesperson")
        #expect(result.quote("ferries would stop")?.cue == "warned")
    }

    /// "The survey points out a seal colony near the pier.": "points out" or "notes" before a noun phrase with no verb of
    /// its own points at a thing and reports no claim; "points out that the colony grew" does.
    @Test func aCueThatPointsAtAThingReportsNoClaim() {
        let result = Story.attribute(
            "The survey points out a seal colony near the pier.", "The report notes a rise in visitors along the coast.",
            "The survey points out that the colony grew by a third.")
        #expect(result.attributions.count == 1)
        #expect(result.quote("the colony grew by a third")?.cue == "points out")
    }
}
