import Testing
@testable import AttributionKit

@Suite struct ViaTests {
    @Test func speakingToAnOutletBeforeTheSpeakerIsTheVia() {
        let result = Story.attribute(
            "Speaking to the BBC, ferry users’ secretary Alan Moir said the findings came as no surprise.",
            "Writing in the Harbor Ledger, Kari Holm argued that the toll was unfair.",
            "Ivo Pell told Reuters by phone that the toll would stay.")
        #expect(result.quote("the findings came as no surprise")?.via == "BBC")
        #expect(result.quote("the toll was unfair")?.via == "Harbor Ledger")
        #expect(result.quote("the toll would stay")?.text == "the toll would stay")
    }

    /// "Radio Harwick" names a broadcaster as "the Harwick Echo" names a paper; a weekday after the name is not part of it.
    @Test func aBroadcasterWordOpeningANameOrAPaperWordEndingItIsAnOutlet() {
        let result = Story.attribute(
            "Speaking to Radio Harwick on Wednesday, union leader Ema Roos said the strike would go on.",
            "Ivo Pell told the Harwick Echo that the ferries would run.")
        #expect(result.quote("the strike would go on")?.via == "Radio Harwick")
        #expect(result.quote("the ferries would run")?.via == "Harwick Echo")
    }

    /// "told the Daily Meridian": a paper's word may open its name as a broadcaster's does, and the whole name is the via.
    @Test func aPaperWordOpeningANameIsTheWholeOutlet() {
        let result = Story.attribute(
            "Tomas Engel told the Daily Meridian that the encounter was dangerous.",
            "Speaking to the Weekly Lantern, Ada Quill said the port would reopen.")
        #expect(result.quote("the encounter was dangerous")?.via == "Daily Meridian")
        #expect(result.quote("the port would reopen")?.via == "Weekly Lantern")
    }

    /// "remarks carried by the state news agency Vestpress": the agency carried the words; a name met later
    /// in the clause ("issued in his name after the Ledger story") carried nothing.
    @Test func anOutletThatCarriedTheChannelIsTheVia() {
        let result = Story.attribute(
            "In remarks carried by the state news agency Vestpress, Ivo Pell said the border would stay open.",
            "In a statement issued in her name shortly after the Ledger article ran, Ada Quill said she would stay.")
        #expect(result.quote("the border would stay open")?.via == "Vestpress")
        #expect(result.quote("she would stay")?.via == "in a statement")
    }

    /// "according to" names the outlet after plain modifiers ("the semi-official Tasnim news agency") or an
    /// outlet by its medium alone ("state media"); a nationality alone is no outlet's name.
    @Test func anOutletAfterAccordingToMayBeDescribedOrUnnamed() {
        let result = Story.attribute(
            "Ivo Pell said the report was baseless, according to the semi-official Vestpress news agency.",
            "Ada Quill said the border would stay shut, according to Norwegian state television.",
            "Rolf Amsel said the talks had failed, according to state media.")
        #expect(result.quote("the report was baseless")?.via == "Vestpress")
        #expect(result.quote("the border would stay shut")?.via == "Norwegian state television")
        #expect(result.quote("the talks had failed")?.via == "state media")
    }

    /// A claim ending in a quote before ", according to" keeps the closing mark after its comma.
    @Test func aClaimBeforeAccordingToKeepsItsClosingQuoteMark() {
        let result = Story.attribute("Ada Roe said the plan was “reckless and unfunded,” according to Vestpress.")
        #expect(result.quote("reckless")?.text == "the plan was “reckless and unfunded,”")
        #expect(result.quote("reckless")?.via == "Vestpress")
    }

    /// ", the outlet reported" after a claim ending in a quote: the comma inside the closing mark ends the claim.
    @Test func anOutletReportingAfterAQuoteClosedByItsCommaIsTheVia() {
        let result = Story.attribute("The ministry said it wanted “talks without preconditions,” the Harbor Ledger reported.")
        #expect(result.quote("talks without")?.text == "it wanted “talks without preconditions,”")
        #expect(result.quote("talks without")?.via == "Harbor Ledger")
    }

    /// "in remarks broadcast by Al-Aqsa television": the broadcaster named before the word for its kind carried the remarks.
    @Test func aBroadcasterThatCarriedRemarksIsTheVia() {
        let result = Story.attribute(
            "Ivo Pell said in remarks broadcast by Harwick television that the group was studying the plan.",
            "Ada Quill said in remarks carried by Vestmark radio that the talks were over.")
        #expect(result.quote("studying the plan")?.via == "Harwick")
        #expect(result.quote("the talks were over")?.via == "Vestmark")
    }

    /// "wrote in Foreign Affairs": the publication someone wrote in, by name.
    @Test func thePublicationSomeoneWroteInIsTheVia() {
        let result = Story.attribute("Dana Whitfield wrote in Harbor Affairs that the port “has no plan at all.”")
        #expect(result.quote("has no plan at all")?.via == "Harbor Affairs")
    }

    /// Media words before a name make it an outlet after "on" as after "told"; a weekday after them is no name
    /// ("told state television Monday" names the broadcaster by its medium alone).
    @Test func aNameAfterMediaWordsIsTheOutlet() {
        let result = Story.attribute(
            "“We cannot be a parking lot,” Hedda Lind said on local radio station Radio Gullport.",
            "Ivo Pell told state television Monday that the ferries would run.",
            "Speaking on radio show Joney’s Jukebox, Ada Quill said the band was done.")
        #expect(result.quote("We cannot be a parking lot")?.via == "Radio Gullport")
        #expect(result.quote("the ferries would run")?.via == "state television")
        #expect(result.quote("the ferries would run")?.text == "the ferries would run")
        #expect(result.quote("the band was done")?.via == "Joney’s Jukebox")
    }

    /// The object of "told" (an outlet's board, reporters and a time) ends at "that"; the claim starts after it.
    @Test func theClaimAfterToldStartsAfterThat() {
        let result = Story.attribute(
            "Ivo Pell told the Harbor Ledger’s editorial board that the ferries would run.",
            "Ada Quill told local reporters on Monday that the toll would stay.")
        #expect(result.quote("the ferries would run")?.text == "the ferries would run")
        #expect(result.quote("the ferries would run")?.via == "Harbor Ledger")
        #expect(result.quote("the toll would stay")?.text == "the toll would stay")
    }

    /// "the economist" in lowercase is a person met before; only The Economist, capitalized, is the magazine.
    @Test func aLowercaseOutletNameIsNoOutlet() {
        let result = Story.attribute(
            "Anton Reyes, a senior economist at the Harwick Institute, said small ports overestimate revenue.",
            "“It is risky,” the economist said.")
        #expect(result.speaker(of: "It is risky") == "Anton Reyes")
    }

    @Test func aBookOrMemoirIsTheChannel() {
        let result = Story.attribute(
            "In his memoir, Ivo Pell writes that the strike changed him.",
            "In a new book, Ada Quill argues that the port can be saved.")
        #expect(result.quote("the strike changed him")?.via == "in his memoir")
        #expect(result.quote("the port can be saved")?.via == "in a new book")
    }

    /// "told a news conference", "told reporters at a briefing on Tuesday": the channel the words came through; "the committee" is none.
    @Test(arguments: [
        ("Mara Lind told a news conference that the rules would stand.", "a news conference"),
        ("Mara Lind told reporters at a briefing on Tuesday that the rules would stand.", "at a briefing"),
        ("Mara Lind told the hearing that the rules would stand.", "the hearing"),
        ("Mara Lind told the committee that the rules would stand.", nil),
    ])
    func aChannelToldIsTheVia(sentence: String, via: String?) {
        let result = Story.attribute(sentence)
        #expect(result.quote("the rules would stand")?.text == "the rules would stand")
        #expect(result.quote("the rules would stand")?.via == via)
    }

    /// "in a post on X.": the period closes the sentence, not the platform's name.
    @Test func thePeriodAfterXIsNoPartOfTheVia() {
        let result = Story.attribute("“Labour is divided,” Mel Stride said in a post on X. “How can it run the economy?”")
        #expect(result.quote("Labour is divided")?.via == "in a post on X")
        #expect(result.quote("How can it run the economy")?.kind == .direct)
    }

    /// "wrote on X. “We …”": before a quotation and after no name, "X." ends the sentence, and the platform is the
    /// via of both quotes; after a first name it stays an initial ("Robert C. “Bobby” Pell").
    @Test func xBeforeTheNextQuoteIsThePlatformNotAnInitial() {
        let result = Story.attribute("“The tolls are a tax,” Ada Quill wrote on X. “We will repeal them.”")
        #expect(result.quote("The tolls are a tax")?.via == "on X")
        #expect(result.quote("We will repeal them")?.via == "on X")
        let nickname = Story.attribute("“The tolls are a tax,” said Robert C. “Bobby” Pell.")
        #expect(nickname.speaker(of: "The tolls are a tax") == "Robert C. “Bobby” Pell")
    }

    /// "…, Bagheri said, according to the official IRNA news agency": the outlet named in the clause after the cue
    /// carried the claim, also when words describe it before its name.
    @Test(arguments: [
        ("The tolls are \"illegal and doomed,\" Ivo Rask said, according to the official IRNA news agency.", "IRNA"),
        ("The tolls are illegal, Ivo Rask said, per Xinhua.", "Xinhua"),
    ])
    func anOutletAfterTheCuesClauseIsTheVia(sentence: String, via: String) {
        #expect(Story.attribute(sentence).quote("The tolls are")?.via == via)
    }

    /// "…should “manage maritime issues,” CCTV reported": the comma closing the quotation ends the claim before the
    /// outlet that reported it, as a comma after the mark does.
    @Test func anOutletReportingAfterACommaInsideTheQuoteIsTheVia() {
        let result = Story.attribute("Ivo Rask said the two ports should “share the channel fairly,” Harbor TV reported.")
        #expect(result.quote("the two ports")?.text == "the two ports should “share the channel fairly,”")
        #expect(result.quote("the two ports")?.via == "Harbor TV")
    }

    /// "Channel 4 News", "France 24": a number may stand inside or at the end of an outlet's name.
    @Test(arguments: [
        ("Ivo Pell told Channel 4 News that the port was safe.", "Channel 4 News"),
        ("Ivo Pell told France 24 that the port was safe.", "France 24"),
    ])
    func anOutletsNameMayHoldANumber(sentence: String, via: String) {
        let result = Story.attribute(sentence)
        #expect(result.quote("the port was safe")?.text == "the port was safe")
        #expect(result.quote("the port was safe")?.via == via)
    }

    /// "The Harbor Times quoted Ana Lind as saying …": Lind speaks, and the newspaper carried her words.
    @Test(arguments: [
        "The Harbor Times quoted Mayor Ana Lind as saying that the port would close in May.",
        "Mayor Ana Lind was quoted by the Harbor Times as saying that the port would close in May.",
    ])
    func theOutletThatQuotedSomeoneCarriedTheirWords(sentence: String) {
        let result = Story.attribute(sentence)
        #expect(result.speaker(of: "the port would close") == "Ana Lind")
        #expect(result.quote("the port would close")?.text == "the port would close in May")
        #expect(result.quote("the port would close")?.via == "Harbor Times")
    }

    /// "Prosecutors quoted Lind as saying …" reports an allegation: only an outlet or a document carries someone's words.
    @Test func peopleQuotingSomeoneCarryNoWords() {
        let result = Story.attribute("Prosecutors quoted Ivo Lind as saying he would burn the warehouse down.")
        #expect(!result.attributions.contains { $0.via == "Prosecutors" })
    }

    /// "The Harbor Times reported that Ilya Marchetti said …", "Marchetti said Karvo was calm, according to the Harbor
    /// Times": the person speaks, and the newspaper carried the words, also when the claim opens with a name.
    @Test(arguments: [
        "The Harbor Times reported that Ilya Marchetti said the talks were candid.",
        "Ilya Marchetti said Karvo was candid in the talks, according to the Harbor Times.",
    ])
    func anAgencyReportingSomeonesWordsIsTheVia(sentence: String) {
        let result = Story.attribute(sentence)
        #expect(result.attributions.count == 1)
        #expect(result.attributions.first.map { result.speaker(of: $0.text) } == "Ilya Marchetti")
        #expect(result.attributions.first?.via == "Harbor Times")
    }

    /// "told state radio", "told Ukrainian television": a broadcaster not named, by its medium; "the post office" is none.
    @Test(arguments: [
        ("Mayor Ivo Pell told state radio the port would reopen soon.", "state radio"),
        ("Ana Lind told Norwegian television that the front was holding.", "Norwegian television"),
        ("Kai Brann told local TV on Monday that the vote was rigged.", "local TV"),
        ("Ana Lind told the post office that the parcel was lost.", nil),
    ])
    func toldABroadcasterByItsMedium(sentence: String, via: String?) {
        let result = Story.attribute(sentence)
        #expect(result.attributions.count == 1)
        #expect(result.attributions.first?.via == via)
    }

    @Test func toldAnOutlet() {
        let result = Story.attribute("“Stocks are cheap,” trader Uma Voss told the Daily Beacon.")
        let quote = try! #require(result.quote("Stocks are cheap"))
        #expect(quote.via == "Daily Beacon")
        #expect(quote.viaIsOutlet)
    }

    @Test func oneOutletWordAfterTheNamesTheOutlet() {
        let result = Story.attribute("Dr. Lena Ostrova told the Courier that tolls rarely raise as much as planners expect.")
        #expect(result.quote("tolls rarely raise")?.via == "Courier")
    }

    @Test func perOpeningTheSentenceNamesTheSource() {
        let result = Story.attribute("Per the Kessel Herald, the town of Harlow dropped its bridge toll in 2030.")
        #expect(result.speaker(of: "the town of Harlow dropped") == "Kessel Herald")
    }

    @Test func aMediaWordBeforeANameMakesItTheOutletToldAndTheClaimStartsAfterThat() {
        let result = Story.attribute("Minister Oskar Brede told state broadcaster VRT that his country would not be held hostage.")
        let claim = try! #require(result.quote("his country"))
        #expect(claim.text == "his country would not be held hostage")
        #expect(claim.via == "VRT")
        #expect(claim.viaIsOutlet)
    }

    @Test func anAddresseeOfSeveralWordsRunsOnToThat() {
        let result = Story.attribute("The mayor told local harbor officials that the toll would rise in May.")
        #expect(result.quote("the toll")?.text == "the toll would rise in May")
        #expect(result.quote("the toll")?.via == nil)
    }

    @Test func anAddresseeAfterAnOutletRunsOnToAQuestionWord() {
        let result = Story.attribute("Ada Brunn told Radio Kessel host Tom Vale on Monday how worried she is about turnout.")
        let claim = try! #require(result.quote("worried"))
        #expect(claim.text == "how worried she is about turnout")
        #expect(claim.via == "Radio Kessel")
    }

    @Test func perAnOutletDescribedAfterItsNameStartsTheClaimAfterTheComma() {
        let result = Story.attribute("Per the Xinhua news agency, the two sides signed three accords on Monday.")
        #expect(result.quote("the two sides")?.text == "the two sides signed three accords on Monday")
        #expect(result.speaker(of: "the two sides") == "Xinhua")
    }

    @Test func perAfterAClaimWithItsOwnSpeakerIsTheVia() {
        let result = Story.attribute(
            "Trade minister Oskar Lindqvist spoke after the signing.",
            "He added that the first shipments would leave in March, per the state news agency Vestpress.")
        #expect(result.speaker(of: "the first shipments would leave") == "Oskar Lindqvist")
        #expect(result.quote("the first shipments would leave")?.via == "Vestpress")
    }

    @Test func aClaimWithoutThatBeforePerKeepsItsSpeakerAndANewsAgencyIsTheVia() {
        let result = Story.attribute(
            "Vestland’s foreign minister, Sigrid Haug, said her country would never bow to pressure, per the Vestland News Agency.")
        #expect(result.speaker(of: "her country would never bow") == "Sigrid Haug")
        #expect(result.quote("her country would never bow")?.via == "Vestland News Agency")
    }

    @Test func aVenueIsNotAnOutlet() {
        let result = Story.attribute("“Peace is near,” Ambassador Rik Soll told the Regional Security Council.")
        #expect(result.quote("Peace is near")?.via == nil)
    }

    @Test func channels() {
        let result = Story.attribute(
            "Ola Brisk told the Harbor Times in an email that the strike was over.",
            "Ivo Lann said over the phone that the docks were empty.")
        #expect(result.quote("the strike was over")?.via == "Harbor Times")
        #expect(result.quote("the docks were empty")?.via == "over the phone")
    }

    @Test func aChannelOpeningTheSentenceIsTheVia() {
        let result = Story.attribute(
            "In a statement, the Northwick Chamber of Commerce warned that tolls could drive shoppers away.",
            "In Gullport, Mayor Piet Vander said that the ferry would return by May.")
        let claim = try! #require(result.quote("tolls could drive shoppers away"))
        #expect(claim.via == "in a statement")
        #expect(result.speaker(of: "tolls could drive shoppers away") == "Northwick Chamber of Commerce")
        #expect(result.quote("the ferry would return")?.via == nil)
    }

    @Test func perAnAgency() {
        let result = Story.attribute("Premier Tal Ren spoke.", "“We stand firm,” he said, per Xinhua.")
        #expect(result.quote("We stand firm")?.via == "Xinhua")
        #expect(result.speaker(of: "We stand firm") == "Tal Ren")
    }

    @Test func laterQuotesOfTheSameInterviewKeepTheOutlet() {
        let result = Story.attribute(
            "“Rates will rise,” banker Lea Dunn told the Harbor Times.",
            "“Soon,” she said.")
        #expect(result.quote("Soon")?.via == "Harbor Times")
    }

    @Test func laterWordsASourceWroteKeepTheWrittenChannel() {
        let result = Story.attribute(
            "In an email, council member Rosa Ortiz said the plan was rushed.",
            "“We were not consulted,” Ortiz wrote. “Nobody asked us.”",
            "In an interview, Ortiz said she would vote no.",
            "“It is a bad deal,” Ortiz wrote.")
        #expect(result.quote("We were not consulted")?.via == "in an email")
        #expect(result.quote("Nobody asked us")?.via == "in an email")
        #expect(result.quote("It is a bad deal")?.via == nil)
    }

    /// A body's name of three words and a document of two: the body speaks through the document.
    @Test func aLongBodyNameBeforeATwoWordDocumentIsTheIssuer() {
        let result = Story.attribute(
            "The teen was hurt on Friday.",
            "Officers found the teen near the store, according to a Millbrook Police Department news release.")
        #expect(result.speaker(of: "Officers found the teen") == "Millbrook Police Department")
        #expect(result.quote("Officers found the teen")?.via == "a Millbrook Police Department news release")
    }

    /// "a police report", "a police statement": the document of a body named by a common word is the source, not "a police".
    @Test func aDocumentOfABodyNotNamedIsTheSource() {
        let result = Story.attribute(
            "The teen was hurt on Friday.",
            "The store was closed, according to a police report.",
            "The clerk had left, according to a police statement.")
        #expect(result.speaker(of: "The store was closed") == "a police report")
        #expect(result.speaker(of: "The clerk had left") == "a police statement")
    }

    @Test func socialPlatformsAreChannels() {
        let result = Story.attribute("“He was a kind man,” a friend said on Facebook.")
        #expect(result.quote("He was a kind man")?.via == "on Facebook")
    }

    @Test func wordsASourcePostedItselfDoNotInheritAnInterview() {
        let result = Story.attribute(
            "“The pier is safe,” Mayor Ola Brisk told the Brackwater Ledger.",
            "“The fees are fair,” Brisk tweeted.",
            "“We will see,” Brisk said.")
        #expect(result.quote("The pier is safe")?.via == "Brackwater Ledger")
        #expect(result.quote("The fees are fair")?.via == "on Twitter")
        #expect(result.quote("We will see")?.via == "Brackwater Ledger")
    }

    @Test func aCapitalLetterEndingTheParagraphIsNoInitial() {
        let result = Story.attribute("“We will not sign,” Mayor Ola Brisk wrote in a post on X.")
        #expect(result.quote("We will not sign")?.via == "in a post on X")
    }

    @Test func perAnAgencyDescribedByNationalityNamesTheAgency() {
        let afp = Story.attribute("“We should be careful,” Tobias Brenner said, per the French news agency AFP.")
        #expect(afp.quote("We should be careful")?.via == "AFP")
        let dpa = Story.attribute("Tobias Brenner said the evidence was thin, per the German news agency dpa.")
        #expect(dpa.quote("the evidence was thin")?.via == "dpa")
    }

    @Test func anOpEdForAnOutletAndAPostOnXAreVias() {
        let oped = Story.attribute("Senator Ada Quill wrote in an op-ed for the Kessel Herald that the tolls were unfair.")
        #expect(oped.quote("the tolls were unfair")?.via == "Kessel Herald")
        let post = Story.attribute("“Every toll is a tax,” Ada Quill wrote on X.")
        #expect(post.quote("Every toll is a tax")?.via == "on X")
    }

    @Test func aBroadcastersCallSignIsAnOutlet() {
        let result = Story.attribute("Rosa Vidal told KXLA-TV that her son had felt dizzy.")
        #expect(result.quote("her son had felt dizzy")?.via == "KXLA-TV")
        #expect(result.quote("her son had felt dizzy")?.viaIsOutlet == true)
        let radio = Story.attribute("“He felt sick,” Rosa Vidal told WQRT.")
        #expect(radio.quote("He felt sick")?.via == "WQRT")
    }

    @Test func anOutletReportingAClaimWithItsOwnSpeakerIsTheVia() {
        let added = Story.attribute("Lin added that the strait would stay open, the state-run Harbor Times reported.")
        #expect(added.speaker(of: "the strait would stay open") == "Lin")
        #expect(added.quote("the strait would stay open")?.text == "the strait would stay open")
        #expect(added.quote("the strait would stay open")?.via == "Harbor Times")
        let said = Story.attribute("Lin said the strait would stay open, Xinhua reported.")
        #expect(said.speaker(of: "the strait would stay open") == "Lin")
        #expect(said.quote("the strait would stay open")?.via == "Xinhua")
        // Without a speaker of its own, the claim is the outlet's.
        let own = Story.attribute("The ferry sank near the harbor, the Kessel Herald reported.")
        #expect(own.speaker(of: "The ferry sank") == "Kessel Herald")
    }

    @Test func aReadoutIsAChannel() {
        let result = Story.attribute("The Harbor Council said in a readout of the call that both sides wanted calm.")
        #expect(result.quote("both sides wanted calm")?.via == "in a readout")
    }

    @Test func aBroadcastOrItsProgrammeIsTheOutlet() {
        let host = Story.attribute("Ada Quill told Harbor TV’s Ivo Lapp on Sunday that she would run.")
        #expect(host.quote("she would run")?.via == "Harbor TV")
        #expect(host.quote("she would run")?.text == "she would run")
        let programme = Story.attribute("Ada Quill told KXLA’s “Morning Desk” on Sunday that she would run.")
        #expect(programme.quote("she would run")?.via == "KXLA")
        let on = Story.attribute("Ada Quill said on Harbor TV that she would run.")
        #expect(on.quote("she would run")?.via == "Harbor TV")
        let day = Story.attribute("Ada Quill said on Monday that she would run.")
        #expect(day.quote("she would run")?.via == nil)
    }

    /// "in a tweet on Monday": the day is read past with the channel but is no part of it.
    @Test func aDayAfterAChannelIsNoPartOfIt() {
        let result = Story.attribute(
            "“We are done waiting,” Lena Dahl said in a tweet on Monday.",
            "Ivo Pell wrote on X on Friday, in reply to the mayor, that the ferries would run.")
        #expect(result.quote("We are done waiting")?.via == "in a tweet")
        #expect(result.quote("the ferries would run")?.via == "on X")
    }

    /// "according to a statement from the port authority": the issuer speaks, through its document.
    @Test func theDocumentOfAnIssuerIsTheVia() {
        let result = Story.attribute(
            "The bridge will stay shut until spring, according to a statement from the port authority.",
            "The dock “has served as a hub for smuggling,” according to a Harbor Board press release.")
        #expect(result.speaker(of: "The bridge will stay shut") == "port authority")
        #expect(result.quote("The bridge will stay shut")?.via == "a statement")
        #expect(result.speaker(of: "has served as a hub") == "Harbor Board")
        #expect(result.quote("has served as a hub")?.via == "a Harbor Board press release")
    }

    /// Findings are the issuer's, not a channel; a document with no issuer is the source itself.
    @Test func findingsAndSourceDocumentsAreNoVia() {
        let result = Story.attribute(
            "Rents rose by a fifth last year, according to data from the Harbor Statistics Office.",
            "The fee will rise in May, according to the report.")
        #expect(result.speaker(of: "Rents rose") == "Harbor Statistics Office")
        #expect(result.quote("Rents rose")?.via == nil)
        #expect(result.quote("The fee will rise")?.via == nil)
    }

    /// "in an email to the Fernvale Courier": the outlet the channel went to; its show's title is no quote.
    @Test func anOutletAChannelWentToIsTheVia() {
        let result = Story.attribute(
            "Gloria Feld said in an email to the Fernvale Courier that the plant would close.",
            "“She made it up,” Ivo Pell said during a call to Harbor TV’s “Morning Desk.”")
        #expect(result.quote("the plant would close")?.via == "Fernvale Courier")
        #expect(result.quote("She made it up")?.via == "Harbor TV")
        #expect(result.quote("Morning Desk") == nil)
    }

    /// A named podcast, a court complaint, and the outlet's own name when an appositive or a kind stands beside it.
    @Test func aNamedPodcastAComplaintAndAnOutletsOwnName() {
        let result = Story.attribute(
            "“Export controls are a speed bump,” Li Wen said on the Harbor Hour podcast.",
            "Prosecutors wrote in the complaint that Tallis used the money for himself.",
            "Xinhua, the official news agency, quoted an unnamed industry expert as saying the plan was sound.",
            "State news agency KNPA quoted Ivo Sun as saying the launch was a success.",
            "Lind announced on Monday the harbor lawsuit against the city, and said the port was safe.")
        #expect(result.quote("speed bump")?.via == "on the Harbor Hour podcast")
        #expect(result.quote("Tallis used the money")?.via == "in the complaint")
        #expect(result.quote("the plan was sound")?.via == "Xinhua")
        #expect(result.quote("the launch was a success")?.via == "KNPA")
        #expect(result.quote("the port was safe")?.via == nil)
    }

    /// "According to a Karvonian readout of the call, NAME told …": the person speaks, through the document.
    @Test func aPersonReportedByADocumentSpeaksThroughIt() {
        let result = Story.attribute("According to a Chinese readout of the call, Ivo Sun told Ada Lind that the strait was the core issue.")
        #expect(result.speaker(of: "the strait was the core issue") == "Ivo Sun")
        #expect(result.quote("the strait was the core issue")?.via == "a Chinese readout of the call")
    }

    /// The source named first keeps its sentence; a country's outlet and a broadcaster not named are the via.
    @Test func aSourceNamedFirstAnOwnedOutletAndAnUnnamedBroadcaster() {
        let result = Story.attribute(
            "According to the Harbor Ledger, Saudi officials have privately urged restraint.",
            "According to Iran's IRNA, Kazem Sadr warned that any strike would be met with force.",
            "President Ivo Dahl said on state television that the war was over.",
            "What to watch: NATO ministers meet next week in Brussels, a European diplomat said.")
        #expect(result.speaker(of: "Saudi officials have privately urged restraint") == "Harbor Ledger")
        #expect(result.quote("any strike would be met")?.via == "IRNA")
        #expect(result.quote("the war was over")?.via == "state television")
        #expect(result.quote("NATO ministers meet")?.text == "NATO ministers meet next week in Brussels")
    }

    @Test func anOutletAfterTheCountryThatOwnsItIsTheVia() {
        let result = Story.attribute("Ivo Sun told Karvonia's state news agency KNPA that the talks were over for now.")
        #expect(result.quote("the talks were over")?.via == "KNPA")
    }

    /// "in an interview with the semi-official Varna news agency": the outlet after words that say it is one is the
    /// via, not the interview; a host is a person ("with radio host Ivo Marr" stays the interview).
    @Test func anInterviewWithADescribedOutletGoesThroughTheOutlet() {
        let result = Story.attribute(
            "Ali Vesna said in an interview with the semi-official Varna news agency that the port would close.",
            "“We are ready,” Anna Berg said in an interview with state broadcaster KTV.",
            "“We are not,” Lena Holm said in an interview with radio host Ivo Marr.")
        #expect(result.quote("the port would close")?.via == "Varna")
        #expect(result.quote("We are ready")?.via == "KTV")
        #expect(result.quote("We are not")?.via == "in an interview")
    }

    /// "Danko told reporters": words told to a crowd or to reporters did not reach the outlet that interviewed the
    /// speaker before; "he told me" still did.
    @Test func anInterviewOutletDoesNotCarryToWordsToldToOthers() {
        let result = Story.attribute(
            "“We are ready,” Major Yuri Danko told the Harbor Times.",
            "“The strikes will go on,” Danko told reporters in Teslin.",
            "“We will not stop,” he told me.")
        #expect(result.quote("We are ready")?.via == "Harbor Times")
        #expect(result.quote("The strikes will go on")?.via == nil)
        #expect(result.quote("We will not stop")?.via == "Harbor Times")
    }

    /// "Ivo Pell, in a statement, said …": a channel set off between the speaker and the cue carried the words; a
    /// place set off there ("in Kessel") is none.
    @Test func aChannelSetOffBeforeTheCueIsTheVia() {
        let result = Story.attribute(
            "Teslin's president, in his nightly video address, said his forces would keep hitting targets.",
            "Ivo Pell, in Kessel on Monday, said the ferry would run again.")
        #expect(result.quote("his forces would keep")?.via == "in his nightly video address")
        #expect(result.quote("the ferry would run")?.via == nil)
    }

    /// "Speaking to reporters, the minister, Ruth Obi, said …": words spoken to reporters did not reach the outlet that
    /// interviewed the speaker before, as "told reporters" does not.
    @Test func anInterviewOutletDoesNotCarryToWordsSpokenToReporters() {
        let result = Story.attribute(
            "Speaking to the Coastal Courier, Ruth Obi said farmers would be paid.",
            "Speaking to reporters, the farm minister, Ruth Obi, said the subsidy would end.")
        #expect(result.quote("farmers would be paid")?.via == "Coastal Courier")
        #expect(result.quote("the subsidy would end")?.via == nil)
    }

    /// "Ida Lund, writing in the Harbor Ledger, argued …": an outlet after a participle set off between the speaker and
    /// the cue carried the words, as a channel set off there does; a rally spoken at names none.
    @Test func anOutletAfterAParticipleSetOffBeforeTheCueIsTheVia() {
        let result = Story.attribute(
            "Ida Lund, writing in the Harbor Ledger, argued that the treaty had failed.",
            "Ivo Pell, speaking to Radio Kell, warned that the port would close.",
            "Ada Moss, speaking at a rally in Kell, said the ferry would run again.")
        #expect(result.quote("the treaty had failed")?.via == "Harbor Ledger")
        #expect(result.quote("the port would close")?.via == "Radio Kell")
        #expect(result.quote("the ferry would run")?.via == nil)
    }

    /// "told Channel 12", "in an interview with Channel 9": a broadcaster named by its word and a number is an outlet.
    @Test func aBroadcastersNameMayEndInANumber() {
        let result = Story.attribute(
            "Ivo Pell told Israel's Channel 12 news that the forces would keep hitting targets.",
            "“We will go on,” Ada Moss said in an interview with Channel 9 on Sunday.")
        #expect(result.quote("the forces would keep")?.via == "Channel 12")
        #expect(result.quote("We will go on")?.via == "Channel 9")
    }

    /// "told the national broadcaster", "in an interview with the public broadcaster": an outlet not named, by its kind
    /// after a word that says which, is the via, as "state television" is ("told the newspaper" names none).
    @Test func anUnnamedOutletByItsKindIsTheVia() {
        let result = Story.attribute(
            "Deputy Mayor Ana Pell told the national broadcaster that the shelters were full.",
            "Councillor Ada Quill said in an interview with the public broadcaster that the dam was safe.",
            "Colonel Piet Armand told a local radio station that two soldiers had died.")
        #expect(result.quote("the shelters were full")?.via == "national broadcaster")
        #expect(result.quote("the dam was safe")?.via == "public broadcaster")
        #expect(result.quote("two soldiers had died")?.via == "local radio station")
    }

    /// "on her Telegram channel", "on his Facebook page", "in an Instagram story": the platform's part that is the speaker's
    /// belongs to the channel; a livestream is one.
    @Test func aPlatformsChannelOrPageIsPartOfTheVia() {
        let result = Story.attribute(
            "Governor Ivo Marr said on her Telegram channel that schools would close.",
            "Senator Bo Kettle said on his Facebook page that the budget was wasted.",
            "Ada Moss said in an Instagram story that the port would close.",
            "Ivo Pell said in a livestream that the ferry would run.")
        #expect(result.quote("schools would close")?.via == "on her Telegram channel")
        #expect(result.quote("the budget was wasted")?.via == "on his Facebook page")
        #expect(result.quote("the port would close")?.via == "in an Instagram story")
        #expect(result.quote("the ferry would run")?.via == "in a livestream")
    }

    /// "Pell tweeted that …": the cue names its platform, read like "on Facebook"; a channel the sentence names wins.
    @Test func aTweetCameOnTwitterUnlessTheSentenceNamesItsChannel() {
        let result = Story.attribute(
            "Mayor Ana Pell tweeted that the ferry would run.",
            "Ivo Marr tweeted in a reply to voters that the bridge would close.")
        #expect(result.quote("the ferry would run")?.via == "on Twitter")
        #expect(result.quote("the bridge would close")?.via == "in a reply")
    }

    /// "Brenn told the Harbor Courier …": the next sentence of his, in the paragraph or the one after, came through the same
    /// interview; a quote of his after a paragraph about something else or after another source spoke did not.
    @Test func anotherOutletsInterviewCarriesOnlyWhileTheSourceRunsOn() {
        let result = Story.attribute(
            "Mayor Otto Brenn told the Harbor Courier that the river defences had held. “We were ready for this,” he said.",
            "The water kept rising through the night, and residents fled to higher ground.",
            "“We will rebuild every house,” Brenn said.",
            "Governor Ivo Marr told the Calder Post that help was on the way. Engineer Ada Quill disagreed.",
            "“The levee is weak,” she said. “The state will pay,” Marr said.")
        #expect(result.quote("We were ready for this")?.via == "Harbor Courier")
        #expect(result.quote("We will rebuild every house")?.via == nil)
        #expect(result.quote("The levee is weak")?.via == nil)
        #expect(result.quote("The state will pay")?.via == nil)
    }

    /// An interview with the article's own outlet gave all its source's words, wherever they stand, even after the
    /// source spoke to another outlet.
    @Test func theOwnOutletsInterviewCarriesToAllTheSourcesWords() {
        let result = Story.attribute(
            "Mayor Otto Brenn told the Harbor Courier that the river defences had held.",
            "The water kept rising through the night, and residents fled to higher ground.",
            "Brenn later told Radio Calder that the army had arrived.",
            "Residents were moved to schools.",
            "“We will rebuild every house,” Brenn said.",
            outlet: "The Harbor Courier")
        #expect(result.quote("the army had arrived")?.via == "Radio Calder")
        #expect(result.quote("We will rebuild every house")?.via == "Harbor Courier")
        // The own outlet by its last word ("The Courier" in the Harbor Courier).
        let short = Story.attribute(
            "Mayor Otto Brenn told The Courier that the river defences had held.",
            "The water kept rising through the night.",
            "“We will rebuild every house,” Brenn said.",
            outlet: "The Harbor Courier")
        #expect(short.quote("We will rebuild every house")?.via == "Courier")
    }

    /// "in an interview on Radio Kessel": a spoken channel went out on the outlet named after "on", which is the via; a
    /// written one on a platform stays the channel ("in a post on X").
    @Test func aSpokenChannelOnAnOutletGoesThroughTheOutlet() {
        let result = Story.attribute(
            "Finance minister Kai Brann said in an interview on Radio Kessel that no money was left.",
            "“We will go on,” Ada Moss said in an appearance on the Harbor Times podcast.",
            "Ivo Pell said in a post on X that the port would close.")
        #expect(result.quote("no money was left")?.via == "Radio Kessel")
        #expect(result.quote("We will go on")?.via == "Harbor Times")
        #expect(result.quote("the port would close")?.via == "in a post on X")
    }

    /// "told BBC Radio 4's Today programme", "said on its website", "in June on his website": a broadcaster's name may end in
    /// its number, a website is a channel, and the channel opens at the preposition nearest its noun; "a story by the
    /// website Politica" names the outlet that speaks, no channel.
    @Test func aNumberedBroadcasterAndAWebsiteAreVias() {
        let result = Story.attribute(
            "Transport minister Ivo Marr told BBC Radio 4's Today programme that fares would rise.",
            "The ministry said on its website that the timetable would change.",
            "Ada Moss wrote in June on her website that the port would close.",
            "A story by the website Politica says that the mayor will resign.")
        #expect(result.quote("fares would rise")?.text == "fares would rise")
        #expect(result.quote("fares would rise")?.via == "BBC Radio 4")
        #expect(result.quote("the timetable would change")?.via == "on its website")
        #expect(result.quote("the port would close")?.via == "on her website")
        #expect(result.quote("the mayor will resign")?.via == nil)
    }

    /// "A statement from the port authority said …": the document the speaker issued is the via; "in an op-ed in the
    /// Harbor Times": what a channel was published in, by name, is the outlet.
    @Test func anIssuedDocumentBeforeTheSpeakerAndAnOutletAChannelWasPublishedInAreVias() {
        let result = Story.attribute(
            "A statement from the port authority said the cranes had failed.",
            "A press release from the Calder Ferry Company said the cuts were needed.",
            "Ana Pell wrote in an op-ed in the Harbor Times that the budget was balanced.")
        #expect(result.quote("the cranes had failed")?.via == "a statement")
        #expect(result.quote("the cuts were needed")?.via == "a press release")
        #expect(result.quote("the budget was balanced")?.via == "Harbor Times")
    }

    /// "Appearing on Radio Kessel, …", "in a statement provided to the Harbor Times", "in a post on his Telegram channel":
    /// the outlet appeared on or given the words is the via, and the speaker's own platform belongs to the channel.
    @Test func anOutletAppearedOnOrGivenTheWordsAndAnOwnPlatformAreVias() {
        let result = Story.attribute(
            "Appearing on Radio Kessel, Minister Ada Quill said she had no regrets.",
            "The ministry said in a statement provided to the Harbor Times that the inquiry would continue.",
            "Tomas Rey said in a post on his Telegram channel that elections were needed.")
        #expect(result.quote("she had no regrets")?.via == "Radio Kessel")
        #expect(result.quote("the inquiry would continue")?.via == "Harbor Times")
        #expect(result.quote("elections were needed")?.via == "in a post on his Telegram channel")
    }

    /// `“…,” according to a statement from the ministry.`: the issuer after a quote speaks through its document, as after a
    /// claim; "told the state news agency" names an agency not named, as "state television" does.
    @Test func aQuoteAccordingToAnIssuedDocumentAndAnUnnamedNewsAgency() {
        let result = Story.attribute(
            "“Evacuations are under way,” according to a statement from the ministry.",
            "“The army is on its way,” Governor Tomas Rey told the state news agency.")
        #expect(result.speaker(of: "Evacuations are under way") == "ministry")
        #expect(result.quote("Evacuations are under way")?.via == "a statement")
        #expect(result.quote("The army is on its way")?.via == "state news agency")
    }

    /// "told the mayor's aides that …": a possessive inside the object of "told" is no contracted "is"; "told Kessel's state
    /// broadcaster" names a broadcaster by its owner; "Kessel FM" is a station's name.
    @Test func aPossessiveInsideTheObjectOfToldAndAnOwnedOrFMStation() {
        let result = Story.attribute(
            "Ana Pell told the mayor's aides that the wall held.",
            "Ivo Marr told Kessel's state broadcaster that the dam was safe.",
            "Ada Quill said in a radio interview with Kessel FM that the port would close.")
        #expect(result.quote("the wall held")?.text == "the wall held")
        #expect(result.quote("the dam was safe")?.via == "Kessel's state broadcaster")
        #expect(result.quote("the port would close")?.via == "Kessel FM")
    }

    /// "wrote on social media", "told a Senate hearing": the platforms together are a channel, and a hearing a name
    /// qualifies is one as a plain one is.
    @Test func socialMediaAndANamedHearingAreChannels() {
        let result = Story.attribute(
            "Ana Pell wrote on social media that the wall held.",
            "Ivo Marr told a Senate hearing that the dam was safe.")
        #expect(result.quote("the wall held")?.via == "on social media")
        #expect(result.quote("the dam was safe")?.via == "a Senate hearing")
    }

    /// "told state media": media so named that were told the words carried them; "urged state media to …" names the target.
    @Test func stateMediaToldAreTheViaButNotWhenUrged() {
        let result = Story.attribute(
            "Officials at the ministry told state media that the wall had held.",
            "Ivo Marr urged state media to stop spreading the rumours.")
        #expect(result.quote("the wall had held")?.via == "state media")
        #expect(result.quote("to stop spreading the rumours")?.via == nil)
        #expect(result.quote("to stop spreading the rumours")?.text == "to stop spreading the rumours")
    }

    /// "according to a statement from Mayor Ivo Pell": a named person speaks through the document they issued, as a body
    /// does; a name a long run of capitals ends in ("Harbor New Energy Finance") is no person's.
    @Test func aNamedPersonSpeaksThroughTheDocumentTheyIssued() {
        let result = Story.attribute(
            "The wall held, according to a statement from Mayor Ivo Pell.",
            "Sales are growing fast, according to a recent report from Harbor New Energy Finance.")
        #expect(result.speaker(of: "The wall held") == "Ivo Pell")
        #expect(result.quote("The wall held")?.via == "a statement")
        #expect(result.speaker(of: "Sales are growing fast") != "Energy Finance")
    }

    /// "carried by the official Ostrel News Service": a service named for news is an outlet, as an agency so named is.
    @Test func aNewsServiceIsAnOutlet() {
        let result = Story.attribute(
            "The foreign ministry said in a statement carried by the official Ostrel News Service that the crossings would reopen.")
        #expect(result.quote("the crossings would reopen")?.via == "Ostrel News Service")
    }

    /// "Mayor Ana Pell, in an interview, said": the channel or outlet set off before the cue is the via, and the speaker's
    /// words end before it.
    @Test func aChannelSetOffBeforeTheCueIsTheViaAndNoPartOfTheSpeakersWords() {
        let paragraph = "Mayor Ana Pell, in an interview, said the budget was balanced. The union, per Vestpress, said it would strike."
        let result = Story.attribute(paragraph)
        let scalars = Array(paragraph.unicodeScalars)
        func speakerWords(of text: String) -> String? {
            result.quote(text)?.speakerSpan.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(speakerWords(of: "the budget was balanced") == "Mayor Ana Pell")
        #expect(result.quote("the budget was balanced")?.via == "in an interview")
        #expect(speakerWords(of: "it would strike") == "The union")
        #expect(result.quote("it would strike")?.via == "Vestpress")
    }

    /// "Holt, speaking on Radio Kessel, said the district …": a subject with a participle's clause or a channel set off
    /// after it speaks, and what follows the cue is the claim, whoever the subject is.
    @Test func aSubjectWithAClauseOrChannelSetOffSpeaksTheClaimAfterTheCue() {
        let result = Story.attribute(
            "Holt, speaking on Radio Kessel, said the district would hire twelve teachers.",
            "The ministry, in a statement, said the district would close two schools.")
        #expect(result.speaker(of: "would hire twelve teachers") == "Holt")
        #expect(result.quote("would hire twelve teachers")?.via == "Radio Kessel")
        #expect(result.speaker(of: "would close two schools") == "ministry")
        #expect(result.quote("would close two schools")?.via == "in a statement")
    }

    /// "said through a spokesman", "via her lawyer", "through an interpreter": the person who passed the words on is the
    /// channel, and the words stay the speaker's; a storm passed through is no channel.
    @Test func thePersonWhoPassedTheWordsOnIsTheChannel() {
        let result = Story.attribute(
            "The minister said through a spokesman that talks would resume.",
            "Senator Ada Quill said via her lawyer that she had done nothing wrong.",
            "The minister said through an interpreter that the border would reopen.",
            "Captain Ivo Marr said through the storm that the ferry would reach port.")
        #expect(result.quote("talks would resume")?.via == "through a spokesman")
        #expect(result.speaker(of: "talks would resume") == "the minister")
        #expect(result.quote("she had done nothing wrong")?.via == "via her lawyer")
        #expect(result.quote("the border would reopen")?.via == "through an interpreter")
        #expect(result.quote("the ferry would reach port")?.via == nil)
    }

    /// "in comments to the Courier", "in a written response": a reaction is a channel after "in"; "in response to" and
    /// "bristled at Vale's comments" name what was answered.
    @Test func aReactionAfterInIsAChannelButNotWhatItAnswered() {
        let result = Story.attribute(
            "Ada Quill, in comments to the Harbor Courier, said she had proof.",
            "Ivo Marr said in a written response that the audit was clean.",
            "In response, the board said the vote would be published.",
            "Local leaders bristled at Marr's comments, saying the audit was secret.")
        #expect(result.quote("she had proof")?.via == "Harbor Courier")
        #expect(result.quote("the audit was clean")?.via == "in a written response")
        #expect(result.quote("the vote would be published")?.via == nil)
        #expect(result.quote("the audit was secret")?.via == nil)
    }

    /// "in an interview broadcast Sunday": the participle after the channel is no second noun of it.
    @Test func aParticipleAfterTheChannelIsNoPartOfIt() {
        let result = Story.attribute("Rosa Lind said in an interview broadcast Sunday that the river would crest.")
        #expect(result.quote("the river would crest")?.via == "in an interview")
    }

    /// "Pell told the Courier …" then "Pell said at a news conference …": the interview's outlet carries no further than a
    /// channel of the source's own, but goes on past one that names the interview ("by phone").
    @Test func anInterviewsOutletCarriesNoFurtherThanAnotherChannel() {
        let result = Story.attribute(
            "Mayor Ana Pell told the Harbor Courier that fares would rise.",
            "Pell said at a news conference that the dock would open. “It is done,” she said.",
            "Ivo Marr told the Harbor Courier that the ferries were safe.",
            "Marr said by phone that the crews were ready. “We drill every week,” he said.")
        #expect(result.quote("It is done")?.via == nil)
        #expect(result.quote("We drill every week")?.via == "Harbor Courier")
    }

    /// "Marr, through his attorney, said": the person who passed the words on, set off before the cue, is the via and no
    /// part of the speaker's words.
    @Test func aPersonWhoPassedTheWordsOnSetOffBeforeTheCueIsNoPartOfTheSpeakersWords() {
        let paragraph = "Ivo Marr, through his attorney, said the charges were false."
        let result = Story.attribute(paragraph)
        let span = try! #require(result.quote("the charges were false")?.speakerSpan)
        let scalars = Array(paragraph.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "Ivo Marr")
        #expect(result.quote("the charges were false")?.via == "through his attorney")
    }

    /// "told the Harwick Echo North that …": an outlet's edition, named by a word after the outlet's name, is the whole via and
    /// no part of the claim; a name or a weekday after the outlet that opens the claim or ends the object is not part of it.
    @Test func anOutletsEditionIsTheWholeVia() {
        let result = Story.attribute(
            "Ivo Pell told the Harwick Echo North that the ferries would run.",
            "Ada Quill told the Harwick Echo Weekend the port would reopen.",
            "Rolf Amsel told the Harwick Echo Vale’s plan was dead.",
            "Mira Lund told Radio Harwick Monday that the bridge was safe.")
        #expect(result.quote("the ferries would run")?.via == "Harwick Echo North")
        #expect(result.quote("the port would reopen")?.via == "Harwick Echo Weekend")
        #expect(result.quote("the port would reopen")?.text == "the port would reopen")
        #expect(result.quote("plan was dead")?.via == "Harwick Echo")
        #expect(result.quote("plan was dead")?.text == "Vale’s plan was dead")
        #expect(result.quote("the bridge was safe")?.via == "Radio Harwick")
    }

    /// "in a televised debate", "told a town hall meeting", "at a town hall": a debate, a meeting and a town hall are channels
    /// as a news conference is, read the same way.
    @Test func aDebateAMeetingAndATownHallAreChannels() {
        let result = Story.attribute(
            "Governor Alia Vesk said in a televised debate that the port would open.",
            "Tomas Grell told a town hall meeting that the vote was rushed.",
            "Ina Moor said at a town hall that the harbor would stay open.")
        #expect(result.quote("the port would open")?.via == "in a televised debate")
        #expect(result.quote("the vote was rushed")?.via == "a town hall meeting")
        #expect(result.quote("the harbor would stay open")?.via == "at a town hall")
    }

    /// A channel inside the quoted words ("… to cancel the vote at the briefing”) is what the speaker talked of, not how
    /// the words came.
    @Test func aChannelInsideTheQuotedWordsIsNoVia() {
        let result = Story.attribute(
            "Ana Pell wrote that board members made “repeated requests” to drop the plan, “and even to cancel the vote at the briefing.”")
        #expect(result.attributions.allSatisfy { $0.via == nil })
    }

    /// "confirmed the split through her lawyer on Tuesday": a channel that ends a claim made of the cue's object is the via
    /// and no part of the claim, as "in a statement" is.
    @Test func aChannelEndingTheCuesObjectIsTheViaAndNoPartOfTheClaim() {
        let result = Story.attribute(
            "Mira Lor confirmed the split through her lawyer on Tuesday.",
            "Ivo Pell announced the harbor report in a statement.")
        #expect(result.quote("the split")?.text == "the split")
        #expect(result.quote("the split")?.via == "through her lawyer")
        #expect(result.quote("the harbor report")?.text == "the harbor report")
        #expect(result.quote("the harbor report")?.via == "in a statement")
    }

    /// "the state news agency KNA reported …" then "told KNA that …": an outlet the article described as one is an outlet
    /// wherever it is named after; a person described as a broadcaster is not.
    @Test func anOutletTheArticleDescribedIsOneForTheRestOfIt() {
        let result = Story.attribute(
            "The state news agency VNA reported that turnout was high.",
            "The privately owned broadcaster BNT said polling stations opened late.",
            "The commission chairman, Odo Fenn, told VNA that the results were final.",
            "Opposition leader Rana Set told BNT on Monday that she would appeal.",
            "The broadcaster Ada Quill said the count was slow. Ivo Pell told Quill that the count was fair.")
        #expect(result.quote("the results were final")?.via == "VNA")
        #expect(result.quote("she would appeal")?.via == "BNT")
        #expect(result.quote("the count was fair")?.via == nil)
    }
}
