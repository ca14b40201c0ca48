import Testing
@testable import AttributionKit

@Suite struct CredentialTests {
    @Test func aCopulaListKeepsEachRoleAndAPossessivePronounNamesNoOrganisation() {
        let result = Story.attribute(
            "Nadia Hale is a former Treasury official, taught sanctions law at Kessel University, and is now the director of the Center for Sanctions Policy, a think tank.",
            "“Follow the oil,” Ms. Hale said.",
            "The rail workers’ union said it had not been consulted. Its president, Olav Dahl, said members would resist.")
        let hale = try! #require(result.source(of: "Follow the oil"))
        #expect(hale.titles.contains("director"))
        #expect(hale.organizations.contains("Center for Sanctions Policy"))
        let dahl = try! #require(result.source(of: "members would resist"))
        #expect(!dahl.organizations.contains("Its"))
    }

    /// "Architect Ana Berg", "Mother Superior Clara Voss": a trade's word before a given name, opening the sentence or ending
    /// a title, is a title; a name whose first word is no trade's keeps it ("Kwame Ana Dorr").
    @Test func aTradesWordBeforeAGivenNameIsATitle() {
        let result = Story.attribute(
            "Architect Ana Berg said the old convent would keep its chapel.",
            "Mother Superior Clara Voss said the sisters had agreed to the sale.",
            "Kwame Ana Dorr said the roof would be mended.")
        #expect(result.speaker(of: "keep its chapel") == "Ana Berg")
        #expect(result.source(of: "keep its chapel")?.titles == ["Architect"])
        #expect(result.speaker(of: "the sisters had agreed") == "Clara Voss")
        #expect(result.source(of: "the sisters had agreed")?.titles == ["Mother Superior"])
        #expect(result.speaker(of: "the roof would be mended") == "Kwame Ana Dorr")
    }

    /// "Undersecretary" is a title, not the first word of a name.
    @Test func anUndersecretaryIsATitle() {
        let result = Story.attribute("Undersecretary Ada Roe said the plan was dead.")
        #expect(result.speaker(of: "the plan was dead") == "Ada Roe")
        #expect(result.source(of: "the plan was dead")?.titles == ["Undersecretary"])
    }

    /// "Treasury Under Secretary Jane Roe": "Under" before "Secretary" qualifies the title; it is no preposition ending the name.
    @Test func anUnderSecretaryIsATitle() {
        let result = Story.attribute(
            "“The measures are targeted,” said Treasury Under Secretary Jane Roe.",
            "Deputy Under Secretary Tom Reyes said the plan was sound.")
        let roe = try! #require(result.source(of: "The measures are targeted"))
        #expect(roe.name == "Jane Roe")
        #expect(roe.titles == ["Under Secretary"])
        #expect(roe.organizations == ["Treasury"])
        #expect(result.source(of: "the plan was sound")?.titles == ["Deputy Under Secretary"])
    }

    /// "Under Secretary for Terrorism Mark Bell": the capitalized run after a title's "for" opens with the portfolio and
    /// ends in the name.
    @Test func aPortfolioAfterATitlesForIsNoPartOfTheName() {
        let result = Story.attribute("“We have no choice,” Treasury Deputy Secretary for Terrorism Mark Bell told reporters.")
        let bell = try! #require(result.source(of: "We have no choice"))
        #expect(bell.name == "Mark Bell")
        #expect(bell.titles == ["Deputy Secretary"])
    }

    /// "a Moscow-based military analyst": where someone is based names no organisation, with any hyphen; nor does who
    /// backs them ("a Kremlin-backed military analyst").
    @Test func whereSomeoneIsBasedIsNoOrganisation() {
        let result = Story.attribute(
            "“The army is overstretched,” said a Kessel-based military analyst, Dmitri Lebed.",
            "“The navy is idle,” said Pavel Yeltov, a Kessel\u{2011}based defence analyst.",
            "“The air force is ready,” said Oleg Marin, a Kessel-backed military analyst.")
        #expect(result.source(of: "The air force is ready")?.organizations == [])
        let lebed = try! #require(result.source(of: "The army is overstretched"))
        #expect(lebed.organizations.isEmpty)
        #expect(CategoryClassifier(knowledge: ProfileKnowledge()).category(of: lebed) == .thinkTank)
        #expect(result.source(of: "The navy is idle")?.organizations == [])
    }

    /// "an economist at the American University in Cairo": a registered name holds "in" and its place; an unregistered
    /// one ends before them.
    @Test func aRegisteredNameHoldsInAndItsPlace() {
        let result = Story.attribute(
            "“Markets are nervous,” said Omar Haddad, an economist at the American University in Cairo.",
            "“Exports will fall,” said Pia Lund, an analyst at the Institute for Harbor Studies in Kessel.")
        #expect(result.source(of: "Markets are nervous")?.organizations == ["American University in Cairo"])
        #expect(result.source(of: "Exports will fall")?.organizations == ["Institute for Harbor Studies"])
    }

    /// "Minister of Trade and Industry Ivo Pell", "Under Secretary for Terrorism and Financial Intelligence Mark Ellery",
    /// "Chancellor of the Exchequer Anne Lowe": an "and" or "the" inside a title's portfolio joins no two people, and the
    /// name ends the run; "Secretary of State Ada Quill and Sen. Ivo Brandt" are two.
    @Test func anAndOrTheInsideATitlesPortfolioJoinsNoTwoPeople() {
        let result = Story.attribute(
            "“We will not back down,” said Minister of Trade and Industry Ivo Pell.",
            "Treasury Under Secretary for Terrorism and Financial Intelligence Mark Ellery said the measures would be tightened.",
            "Chancellor of the Exchequer Anne Lowe said the budget was balanced.",
            "Secretary of State Ada Quill and Sen. Ivo Brandt said the treaty was dead.")
        #expect(result.speaker(of: "We will not back down") == "Ivo Pell")
        let ellery = try! #require(result.source(of: "the measures would be tightened"))
        #expect(ellery.name == "Mark Ellery")
        #expect(ellery.titles == ["Under Secretary"])
        #expect(ellery.organizations.contains("Treasury"))
        #expect(result.speaker(of: "the budget was balanced") == "Anne Lowe")
        #expect(result.source(of: "the treaty was dead")?.titles == ["Sen."])
    }

    /// "Analysts at the consulting firm Greyline Risk said": the kind before the body's name is no part of it, and the body
    /// is the unnamed sources' organisation.
    @Test func unnamedSourcesAtABodyWithItsKindBeforeItsName() {
        let result = Story.attribute("Analysts at the consulting firm Greyline Risk said in a note to clients that fuel prices could rise.")
        #expect(result.source(of: "fuel prices could rise")?.organizations == ["Greyline Risk"])
    }

    /// "Ada Quill, from the Harbor Institute, said": the body after "from" is the speaker's organisation, as after "of"; a
    /// home town ("Ivo Pell, from Dunmore,") is none.
    @Test func aBodyAfterFromInAnAppositiveIsTheSpeakersOrganisation() {
        let result = Story.attribute(
            "Ada Quill, from the Harbor Institute, said the port would close.",
            "Ivo Pell, from Dunmore, said the ferry was late.")
        #expect(result.source(of: "the port would close")?.organizations == ["Harbor Institute"])
        #expect(result.source(of: "the ferry was late")?.organizations == [])
    }

    /// "The Kremlin-backed Varnia Herald reported": who backs a body is no word of its name, nor a body of its own
    /// ("Kremlin-backed broadcaster" is the kind of body, as "Moscow-based broadcaster" is).
    @Test func whoBacksABodyIsNoPartOfItsNameNorAnOrganisation() {
        let result = Story.attribute(
            "The Kremlin-backed Varnia Herald reported that turnout had reached 61 percent.",
            "Kremlin-backed broadcaster Nordvision reported that polls had closed early.",
            "The Kremlin-backed Nordpress reported that the count had stopped.")
        #expect(result.speaker(of: "turnout had reached 61 percent") == "Varnia Herald")
        let broadcaster = try! #require(result.source(of: "polls had closed early"))
        #expect(broadcaster.name == "Nordvision")
        #expect(broadcaster.organizations.isEmpty)
        #expect(broadcaster.titles == ["Kremlin-backed broadcaster"])
        #expect(result.speaker(of: "the count had stopped") == "Nordpress")
    }

    /// "Kazakh Foreign Minister Ivo Sarin", "Senegalese Prime Minister …": a nationality stays with its title, no organisation.
    @Test func aLessCommonNationalityQualifiesItsTitle() {
        let result = Story.attribute(
            "Kazakh Foreign Minister Ivo Sarin said the talks were over.", "Senegalese Prime Minister Awa Ndiaye said the port would open.")
        let sarin = try! #require(result.source(of: "the talks were over"))
        #expect(sarin.titles == ["Kazakh Foreign Minister"])
        #expect(sarin.organizations.isEmpty)
        #expect(result.source(of: "the port would open")?.titles == ["Senegalese Prime Minister"])
    }

    /// "the Carnegie Endowment for International Peace" in a relative clause: an endowment is a body's head word.
    @Test func anEndowmentInARoleClauseIsTheOrganisation() {
        let result = Story.attribute("“It is gone,” said Dana Whitfield, who directs the Asia program at the Harbor Endowment for Peace.")
        #expect(result.source(of: "It is gone")?.organizations == ["Harbor Endowment for Peace"])
    }

    /// "spokesman Col. Wu Lei", "spokesman Rear Adm. …": an abbreviated rank after a lowercase role is a second title; one a word
    /// qualifies stays whole ("retired Col.", "fellow Sen.").
    @Test func anAbbreviatedRankAfterALowercaseRoleIsASecondTitle() {
        let result = Story.attribute(
            "Defense Ministry spokesman Col. Wu Lei said the drills were routine.",
            "Army chief Gen. Ivo Marak said the border was calm.",
            "Retired Col. Ada Brun said the drills were not routine. Her fellow Sen. Dana Moss said they were a show.")
        #expect(result.source(of: "the drills were routine")?.titles == ["spokesman", "Col."])
        #expect(result.source(of: "the border was calm")?.titles == ["chief", "Gen."])
        let navy = Story.attribute("Navy spokesman Rear Adm. Ivo Pell said the strait was open.")
        #expect(navy.source(of: "the strait was open")?.titles == ["spokesman", "Rear Adm."])
        #expect(result.source(of: "were not routine")?.titles == ["Retired Col."])
        #expect(result.source(of: "they were a show")?.titles == ["fellow Sen."])
    }

    /// "now" opens the present role, an appositive of "of the …" names the organisation alone, and a field
    /// between a role and its employer is the role's ("head of Asia rates at Gallant Capital").
    @Test func aPresentRoleAnOrganisationAloneAndAFieldBeforeTheEmployer() {
        let result = Story.attribute(
            "“Pick one,” said Adam Korsak, a former State Department official now at the Kessel Council.",
            "Anna Petrosyan, of the Harbor Institution, said both sides were rearming quickly.",
            "Chen Wei, head of Asia rates at Gallant Capital, said the yen would fall further.")
        let korsak = try! #require(result.source(of: "Pick one"))
        #expect(korsak.titles == ["former State Department official"])
        #expect(korsak.organizations == ["Kessel Council"])
        #expect(result.source(of: "both sides")?.organizations == ["Harbor Institution"])
        let chen = try! #require(result.source(of: "the yen would fall"))
        #expect(chen.titles == ["head of Asia rates"])
        #expect(chen.organizations == ["Gallant Capital"])
    }

    /// "President Ivo Kell’s spokesman": a titled person served is no organisation; "Vale’s successor, …" names a speaker.
    @Test func aTitledPersonServedIsNoOrganisationAndASuccessorSpeaks() {
        let result = Story.attribute(
            "President Ivo Kell’s spokesman, Dag Moen, said the talks were useful for everyone.",
            "Vale’s successor, Rita Holm, said the measures were narrowly targeted.")
        let moen = try! #require(result.source(of: "the talks were useful"))
        #expect(moen.titles == ["spokesman"])
        #expect(moen.organizations.isEmpty)
        #expect(result.speaker(of: "the measures were narrowly targeted") == "Rita Holm")
    }

    /// Portfolios and services before a title belong to it ("Economy Minister", "Police Chief", "Air Marshal");
    /// "City" after a name ends a place's name ("Gull City Mayor").
    @Test(arguments: [
        ("German Economy Minister Katrin Voll said jobs were at stake.", ["German Economy Minister"], [String]()),
        ("Police Chief Anton Marco said the suspect had fled.", ["Police Chief"], []),
        ("City Manager Ann Leer said the budget was balanced.", ["City Manager"], []),
        ("Gull City Mayor Don Warde said the piers were open.", ["Mayor"], ["Gull City"]),
    ])
    func aPortfolioOrServiceBeforeATitleIsPartOfIt(sentence: String, titles: [String], organizations: [String]) {
        let source = Story.attribute(sentence).sources.first
        #expect(source?.titles == titles)
        #expect(source?.organizations == organizations)
    }

    @Test func aRoleAfterAnOrganisationNamedWithOfKeepsTheWholeName() {
        let result = Story.attribute(
            "Ann Bell, the Bank of Norland governor, said rates would stay high.",
            "Kenji Sato, a former Bank of Norland economist, said the krone would fall.")
        let bell = try! #require(result.source(of: "rates would stay high"))
        #expect(bell.titles == ["governor"])
        #expect(bell.organizations == ["Bank of Norland"])
        let sato = try! #require(result.source(of: "the krone would fall"))
        #expect(sato.titles == ["former economist"])
        #expect(sato.organizations == ["Bank of Norland"])
    }

    @Test func appositivesAndRelativeClauses() {
        let result = Story.attribute(
            "Kai Brann, a Lisbon-based reporter who has covered fisheries for a decade, said the quotas were too low.")
        let source = try! #require(result.source(of: "the quotas"))
        #expect(source.titles.contains("Lisbon-based reporter"))
        #expect(source.titles.contains("who has covered fisheries for a decade"))
    }

    /// "Raman, director of … at …, was more cautious": a role without an article, in a sentence that reports nothing.
    @Test func aBareRoleBesideANameInASentenceWithoutACueIsACredential() {
        let result = Story.attribute(
            "Priya Osei, director of the Baltic program at the Kessel Institute, was more cautious.",
            "She said the talks could still fail.")
        let source = try! #require(result.source(of: "the talks could still fail"))
        #expect(source.titles == ["director"])
        #expect(source.organizations.contains("Kessel Institute"))
    }

    /// "Dana Holt, former Vestland governor Ivo Brann, and …" lists people: the role is the next person's.
    @Test func aRoleFollowedByANameIsTheNextPersonsNotACredential() {
        let result = Story.attribute(
            "Dana Holt, former Vestland governor Ivo Brann, and two mayors signed the letter.",
            "Holt said the letter spoke for itself.")
        let holt = try! #require(result.source(of: "the letter spoke for itself"))
        #expect(holt.titles.isEmpty)
    }

    @Test func aPossessiveOrganisationWordNamesTheOrganisationMetBefore() {
        let result = Story.attribute(
            "The Northwick Port Authority lost money on its ferries last year.",
            "Harald Brune, the authority’s chief financial officer, said the routes would be cut.")
        let source = try! #require(result.source(of: "the routes would be cut"))
        #expect(source.titles == ["chief financial officer"])
        #expect(source.organizations == ["Northwick Port Authority"])
    }

    /// "the district’s" is no part of the title; "the carmaker’s", a company named by its trade, stands for the one named before.
    @Test func aDistrictOrATradeBeforeARoleNamesTheBodyMetBefore() {
        let result = Story.attribute(
            "The Marlow Valley Water District cut allocations on Monday. The district’s general manager, Frank Odum, said the cuts were needed.",
            "Harbor Motors recalled 300 vans. The carmaker’s head of quality, Eli Dahl, said the brakes were sound.",
            "The carmaker said the vans were safe.")
        let odum = try! #require(result.source(of: "the cuts were needed"))
        #expect(odum.titles == ["general manager"])
        let dahl = try! #require(result.source(of: "the brakes were sound"))
        #expect(dahl.titles == ["head of quality"])
        #expect(dahl.organizations == ["Harbor Motors"])
        #expect(result.speaker(of: "the vans were safe") == "Harbor Motors")
    }

    /// "The head of planning, Ivo Brandt, said": a role over a lowercase field before the name.
    @Test func aRoleOverAFieldBeforeTheNameIsItsCredential() {
        let result = Story.attribute("The head of planning, Ivo Brandt, said the plans were sound.")
        let source = try! #require(result.source(of: "the plans were sound"))
        #expect(source.name == "Ivo Brandt")
        #expect(source.titles == ["head of planning"])
    }

    /// "Sir Ann Holt MP": a member of parliament's letters after the name are a title, no part of the name.
    @Test func aTitleInCapitalsAfterANameIsACredential() {
        let result = Story.attribute("Sir Alistair Pembroke MP said the vote was a farce.", "“It is over,” Pembroke said.")
        let source = try! #require(result.source(of: "the vote was a farce"))
        #expect(source.name == "Alistair Pembroke")
        #expect(source.titles == ["MP"])
        #expect(result.speaker(of: "It is over") == "Alistair Pembroke")
    }

    /// "Chief Financial Officer Gideon Pratt": the function an officer covers is part of the title, no organisation.
    @Test func aCompanyOfficersFunctionIsPartOfTheTitle() {
        let result = Story.attribute("Chief Financial Officer Gideon Pratt said costs had risen.")
        let source = try! #require(result.source(of: "costs had risen"))
        #expect(source.titles == ["Chief Financial Officer"])
        #expect(source.organizations.isEmpty)
    }

    /// "The Harbor Institute’s Ivo Lund": a person of the body named in the possessive; "Vestland’s Foreign Ministry" is a body.
    @Test func aNameAfterABodysPossessiveIsAPersonOfThatBody() {
        let result = Story.attribute(
            "The Harbor Institute’s Ivo Lund said the pact would hold.",
            "Lund, the institute’s naval expert, added that the navy was ready.",
            "Vestland’s Foreign Ministry said the talks would resume.")
        let lund = try! #require(result.source(of: "the pact would hold"))
        #expect(lund.name == "Ivo Lund")
        #expect(lund.organizations == ["Harbor Institute"])
        #expect(result.speaker(of: "the navy was ready") == "Ivo Lund")
        #expect(result.source(of: "the talks would resume")?.name == "Vestland’s Foreign Ministry")
    }

    /// "His daughter, Ana,": a relative named by the first name alone.
    @Test func aRelativeNamedByTheFirstNameAloneIsNamed() {
        let result = Story.attribute(
            "Carlos Moreno died on Sunday. His daughter, Ana, said her father never took a day off.",
            "“He was stubborn,” Ana said.")
        let source = try! #require(result.source(of: "never took a day off"))
        #expect(source.name == "Ana")
        #expect(source.titles == ["daughter"])
        #expect(result.speaker(of: "He was stubborn") == "Ana")
    }

    /// "Tom Ashby’s wife, Nora,": a named person's relative set beside the first name alone is named, and the person
    /// whose relative she is is no organisation of hers.
    @Test func aNamedPersonsRelativeNamedByTheFirstNameAloneIsNamed() {
        let result = Story.attribute(
            "Tom Ashby’s wife, Nora, said the couple would retire to the coast.", "“We will miss our customers,” she said.")
        let source = try! #require(result.source(of: "would retire to the coast"))
        #expect(source.name == "Nora")
        #expect(source.titles == ["wife"])
        #expect(source.organizations.isEmpty)
        #expect(result.speaker(of: "We will miss our customers") == "Nora")
    }

    /// "an ally of Mr. Brandt", "a spokesman for Gov. Ada Holt": a person served is no organisation, but "Mrs. Holt’s campaign" is one.
    @Test func aPersonServedIsNoOrganisation() {
        let result = Story.attribute(
            "Ted Lozano, a close ally of Mr. Brandt, said the vote was rigged.",
            "A spokesman for Gov. Helen Marchetti, Aaron Feld, said the bill was dead.",
            "Ivo Lund, the chairman of Mrs. Holt’s campaign, said the race was close.")
        #expect(result.source(of: "the vote was rigged")?.organizations == [])
        #expect(result.source(of: "the bill was dead")?.organizations == [])
        #expect(result.source(of: "the race was close")?.organizations == ["Mrs. Holt’s campaign"])
    }

    /// A group's word inside a name ("Farmers", "Fishermen’s") no longer cuts the name short.
    @Test(arguments: ["Orra Valley Farmers Union", "Gray Sea Fishermen’s Association"])
    func aNameHoldingAGroupWordIsKnownByItsHead(name: String) {
        let head = name.split(separator: " ").last!.lowercased()
        let result = Story.attribute(
            "The \(name) welcomed the ruling.",
            "Ivar Tang, the \(head)’s chairman, said members would meet on Friday.")
        let source = try! #require(result.source(of: "members would meet"))
        #expect(source.organizations == [name])
    }

    @Test func aKindOfBodyNeverNamesABodyOfAnotherKind() {
        let result = Story.attribute(
            "Cocoa prices have tripled, the International Cocoa Organization said.",
            "Greta Holm, the union’s regional secretary, said members feared job cuts.",
            "Ola Brenn, the agency’s director, said prices would ease.")
        #expect(result.source(of: "members feared job cuts")?.organizations == [])
        #expect(result.source(of: "prices would ease")?.organizations == ["International Cocoa Organization"])
    }

    @Test func aLowercaseOrganisationBeforeAPossessiveNamesTheBodyMetBefore() {
        let result = Story.attribute(
            "Waiting times rose again, the Vestland Health Board said on Monday.",
            "The health board’s director, Ingrid Moe, said staff shortages were the bigger problem.",
            "The port authority’s chief engineer, Ola Brenn, said the cranes were old.")
        let director = try! #require(result.source(of: "staff shortages"))
        #expect(director.titles == ["director"])
        #expect(director.organizations == ["Vestland Health Board"])
        #expect(result.source(of: "the cranes were old")?.organizations == ["port authority"])
    }

    @Test func anOrganisationInARelativeClauseIsACredentialToo() {
        let result = Story.attribute("“Nobody listened,” said Ruth Kaminski, who chairs the Ferry Riders Union.")
        let source = try! #require(result.source(of: "Nobody listened"))
        #expect(source.organizations == ["Ferry Riders Union"])
        #expect(source.titles == ["who chairs the Ferry Riders Union"])
    }

    @Test func aTitleWithItsModifierAfterAPossessiveCountry() {
        let result = Story.attribute("Vestland’s trade minister, Oskar Lindqvist, said that the deal was a new chapter.")
        let source = try! #require(result.source(of: "the deal was a new chapter"))
        #expect(source.titles == ["trade minister"])
        #expect(source.organizations == ["Vestland"])
    }

    @Test func aCopulaInsideTheClaimGivesTheSpeakerNoRole() {
        let result = Story.attribute("Oskar Lindqvist said that the deal was a new chapter for farmers.")
        #expect(result.source(of: "the deal was a new chapter")?.titles == [])
    }

    @Test func anOrganisationAfterForEndsWithItsCapitalizedWords() {
        let result = Story.attribute("Ingrid Halvorsen, a trade negotiator for Vestland from 2015 to 2021, said the deal was small.")
        #expect(result.source(of: "the deal was small")?.organizations == ["Vestland"])
    }

    @Test func aRoleHeldForSomeoneBeforeTheNameIsTheSpeakersCredential() {
        let result = Story.attribute("A spokeswoman for Quist, Dana Fell, said the senator stood by her remarks.")
        let source = try! #require(result.source(of: "the senator stood by"))
        #expect(source.name == "Dana Fell")
        #expect(source.titles == ["spokeswoman"])
        #expect(source.organizations == ["Quist"])
    }

    /// "Another researcher, Dr. Erik Lund of Tennant University, said": the name in the appositive speaks, with its body.
    @Test func aRoleBeforeANameOfABodyIsTheNamedSpeaker() {
        let result = Story.attribute("Another researcher, Dr. Erik Lund of Tennant University, said the effect was real.")
        let source = try! #require(result.source(of: "the effect was real"))
        #expect(source.name == "Erik Lund")
        #expect(source.titles == ["researcher"])
        #expect(source.organizations == ["Tennant University"])
        let possessive = Story.attribute("Another analyst, Priya Raman of Halden's, said the outlook was stable.")
        #expect(possessive.source(of: "the outlook was stable")?.name == "Priya Raman")
    }

    /// "Lawyers for Mr. Holt said": unnamed lawyers serving Holt, whose honorific gives them no gender.
    @Test func lawyersForAPersonWithAnHonorificAreUnnamed() {
        let result = Story.attribute("Former aide Kevin Holt sued the campaign.", "Lawyers for Mr. Holt said in a filing that the campaign owed him money.")
        let source = try! #require(result.source(of: "the campaign owed him"))
        #expect(source.anonymous)
        #expect(source.gender == nil)
    }

    /// "Analysts at Tidewater Bank said": a vague group keeps the body it speaks for.
    @Test func analystsAtABankKeepTheBank() {
        let result = Story.attribute("Analysts at Tidewater Bank said the yen would rise.")
        #expect(result.source(of: "the yen would rise")?.organizations == ["Tidewater Bank"])
    }

    @Test func anUnnamedRoleServingAnOrganisationIsAnUnnamedSource() {
        let result = Story.attribute("A spokeswoman for Greenfield Agri, the basin’s largest grower, said the company follows every rule.")
        let source = try! #require(result.source(of: "the company follows"))
        #expect(source.anonymous)
        #expect(source.description == "a spokeswoman for Greenfield Agri")
        #expect(source.titles == ["spokeswoman"])
        #expect(source.organizations == ["Greenfield Agri"])
        #expect(source.gender == .female)
        let lawyers = try! #require(Story.attribute("Lawyers for Hale said in a statement that he would plead not guilty.").source(of: "plead not guilty"))
        #expect(lawyers.anonymous)
        #expect(lawyers.description == "lawyers for Hale")
    }

    @Test func aNameWithAnHonorificMayStandInTheAppositive() {
        let result = Story.attribute("The board’s chief hydrologist, Dr. Anand Rao, told the Ledger that groundwater had fallen.")
        let source = try! #require(result.source(of: "groundwater had fallen"))
        #expect(source.name == "Anand Rao")
        #expect(source.titles.contains("chief hydrologist"))
    }

    @Test func anAgeBetweenATrailingNameAndItsRelativeClauseKeepsTheClauseAsCredential() {
        let result = Story.attribute("The orchard is finished, said Petra Vang, 58, who grows apricots outside Farlow.")
        #expect(result.quote("The orchard")?.text == "The orchard is finished")
        #expect(result.source(of: "The orchard")?.titles == ["who grows apricots outside Farlow"])
    }

    @Test func aRoleBeforeANameSetOffByCommasCreditsTheNameInASentenceWithoutACue() {
        let result = Story.attribute("Holm’s manager, Rolf Ness, blamed the referee.", "“Two of their players should have been sent off,” Ness told reporters.")
        let source = try! #require(result.source(of: "Two of their players"))
        #expect(source.name == "Rolf Ness")
        #expect(source.titles.contains("manager"))
        #expect(source.organizations == ["Holm"])
    }

    @Test func aRoleEndingInADescriptionStaysWholeBeforeTheName() {
        let result = Story.attribute("The U.N.’s humanitarian coordinator for the region, Mia Strand, said aid was blocked.")
        let source = try! #require(result.source(of: "aid was blocked"))
        #expect(source.name == "Mia Strand")
        #expect(source.titles == ["humanitarian coordinator for the region"])
        #expect(source.organizations == ["U.N."])
    }

    @Test func aPluralNamesPossessiveBeforeARoleNamesTheOrganisation() {
        let result = Story.attribute("Harbor Motors’ chief executive, Piet Van Dalen, wrote on LinkedIn that the company would fix the fault.")
        let source = try! #require(result.source(of: "would fix the fault"))
        #expect(source.name == "Piet Van Dalen")
        #expect(source.organizations == ["Harbor Motors"])
    }

    @Test func aQuestionPutToTheSpeakerIsNoRole() {
        let result = Story.attribute("Sen. Omar Field, asked whether he would accept a delay, said: “Not one more month.”")
        #expect(result.source(of: "Not one more month")?.titles == ["Sen."])
    }

    @Test func anAppositiveOpenedByAPrepositionIsNoRole() {
        let result = Story.attribute("Ingrid Moe, like many here, believes that the bridge will bring traffic.")
        #expect(result.source(of: "the bridge will bring traffic")?.titles == [])
    }

    @Test func copularSentencesAddRoles() {
        let result = Story.attribute(
            "Rhea Colm is a former harbor pilot and is the former director of the Tidewater Council.",
            "She said the channel was too shallow.")
        let source = try! #require(result.source(of: "the channel"))
        #expect(source.name == "Rhea Colm")
        #expect(source.titles.contains("former harbor pilot"))
        #expect(source.titles.contains("former director"))
        #expect(source.organizations.contains("Tidewater Council"))
        #expect(source.gender == .female)
    }

    @Test func appositiveBeforeTheCueWithOrganisation() {
        let result = Story.attribute("“Costs doubled,” said Edo Fenn, the Marlow Institute economist.")
        let source = try! #require(result.source(of: "Costs doubled"))
        #expect(source.organizations.contains("Marlow Institute"))
        #expect(source.titles.contains("economist"))
    }

    @Test func genderedTitlesGiveGender() {
        let result = Story.attribute("“No comment,” said ministry spokeswoman Ada Pell.")
        #expect(result.sources.first?.gender == .female)
    }

    @Test func aPortfolioWordBeforeATitleBelongsToTheTitle() {
        let result = Story.attribute(
            "Opposition leader Greta Halm said the budget was a mess.",
            "At the same meeting, Health Commissioner Andrea Pike said the clinics would stay open.")
        let leader = try! #require(result.source(of: "the budget was a mess"))
        #expect(leader.titles == ["opposition leader"])
        #expect(leader.organizations == [])
        #expect(result.source(of: "the clinics would stay open")?.titles == ["Health Commissioner"])
    }

    @Test func aProfessionsKindOpeningTheSentenceIsNoOrganization() {
        let result = Story.attribute(
            "Political scientist Hedda Lorne said the vote was close.",
            "Marine biologist Uma Sato said the reef was recovering.",
            "Harvard economist Ana Pell said rates would fall.")
        let scientist = try! #require(result.source(of: "the vote was close"))
        #expect(scientist.titles == ["political scientist"])
        #expect(scientist.organizations == [])
        #expect(result.source(of: "the reef was recovering")?.titles == ["marine biologist"])
        #expect(result.source(of: "rates would fall")?.organizations == ["Harvard"])
    }

    @Test func aPartyTagAfterANameGivesTheParty() {
        let result = Story.attribute(
            "“The harbor cannot wait,” said Sen. Dana Whitcombe, R-Maine, who wrote the bill.",
            "Rep. Tom Archer (D-Ore.) voted against it. He said the money should go to rail first.",
            "Marta Quill, 34, a welder, said the yard would close.")
        #expect(result.source(of: "The harbor cannot wait")?.organizations == ["Republican"])
        #expect(result.source(of: "the money should go to rail")?.organizations == ["Democrat"])
        #expect(result.source(of: "the yard would close")?.titles == ["welder"])
    }

    @Test func aRelativeClauseGivingARoleIsACredential() {
        let result = Story.attribute(
            "Dr. Oren Falk, who teaches maritime law at Kessler University, was more cautious.",
            "Falk said the reef’s status had never been settled.",
            "Ivo Marsh, who was at the meeting, left early.",
            "Marsh said the talks had stalled.")
        let falk = try! #require(result.source(of: "had never been settled"))
        #expect(falk.titles == ["who teaches maritime law at Kessler University"])
        #expect(falk.organizations == ["Kessler University"])
        #expect(result.source(of: "the talks had stalled")?.titles == [])
    }

    @Test func anOrganisationAfterOfIsTheCredentialOfANameMetOutsideACue() {
        let result = Story.attribute(
            "The researchers, led by epidemiologist Karin Aas of Tromsvik University, analyzed records from 41 hospitals.",
            "Aas said the effect was strongest among people over 75.")
        let aas = try! #require(result.source(of: "the effect was strongest"))
        #expect(aas.titles == ["epidemiologist"])
        #expect(aas.organizations == ["Tromsvik University"])
    }

    @Test func aGenericBodyOpeningTheSentenceBeforeATitleIsTheBodyMetBefore() {
        let result = Story.attribute(
            "The Dunmore school board on Monday postponed a vote on later start times.",
            "Board chair Helen Sato said members needed more time to study bus costs.",
            "Senate Majority Leader Ada Moss said the bill was dead.")
        #expect(result.source(of: "members needed more time")?.organizations == ["Dunmore school board"])
        #expect(result.source(of: "the bill was dead")?.organizations == ["Senate"])
    }

    @Test func aTwoWordRankStaysOneTitle() {
        let result = Story.attribute("Rear Adm. Johan Berg said the trawler had ignored three warnings.")
        let source = try! #require(result.source(of: "ignored three warnings"))
        #expect(source.titles == ["Rear Adm."])
        #expect(source.organizations == [])
    }

    @Test func aTradeOrSportsRoleOpeningTheSentenceIsNoPartOfTheName() {
        let result = Story.attribute(
            "Epidemiologist Tomas Reyna said the vaccine was a good match.",
            "Goalkeeper Ivan Petrov said the dressing room was united.")
        #expect(result.source(of: "a good match")?.name == "Tomas Reyna")
        #expect(result.source(of: "a good match")?.titles == ["Epidemiologist"])
        #expect(result.source(of: "the dressing room")?.name == "Ivan Petrov")
    }

    @Test func aLowercaseOfficeBeforeATitleIsTheOrganisation() {
        let result = Story.attribute(
            "Chinese foreign ministry spokesman Liu Wen said Beijing was watching the dispute closely.",
            "On Friday, party leader Ilse Korr said the talks would go on.")
        let spokesman = try! #require(result.source(of: "Beijing was watching"))
        #expect(spokesman.name == "Liu Wen")
        #expect(spokesman.titles == ["spokesman"])
        #expect(spokesman.organizations == ["Chinese foreign ministry"])
        // An office word alone before the role is part of the title.
        #expect(result.source(of: "the talks would go on")?.titles == ["party leader"])
    }

    @Test func aTitleOpeningTheSentenceLosesOnlyTheSentencesCapital() {
        let result = Story.attribute(
            "Former mayor Arthur Kessling said the fare had not risen in a decade.",
            "Deputy Mayor Carla Benning said a new plan would come in the spring.")
        #expect(result.source(of: "the fare had not risen")?.titles == ["former mayor"])
        #expect(result.source(of: "a new plan")?.titles == ["Deputy Mayor"])
    }

    @Test func aPlaceOfWorkNamedAfterALinkKeepsItsPossessive() {
        let result = Story.attribute("“The ward is full,” said Dr. Laila Novak, an emergency physician at St. Brendan’s Hospital.")
        let source = try! #require(result.source(of: "The ward is full"))
        #expect(source.titles == ["emergency physician"])
        #expect(source.organizations == ["St. Brendan’s Hospital"])
    }

    @Test func anOrganisationAfterLowercaseModifiersStartsAtItsName() {
        let result = Story.attribute("A spokeswoman for the state Department of Agriculture, Irene Dahl, said the agency would help.")
        let source = try! #require(result.source(of: "the agency would help"))
        #expect(source.name == "Irene Dahl")
        #expect(source.titles == ["spokeswoman"])
        #expect(source.organizations == ["Department of Agriculture"])
    }

    @Test func aHomeTownIsNoCredentialButALawmakersStateIs() {
        let result = Story.attribute(
            "“My crew did nothing wrong,” said Piet Hamm, a trawler captain from the port of Dunvik.",
            "Ada Quill, a senator from the state of Vestland, said the fleet needed new rules.")
        let captain = try! #require(result.source(of: "My crew did nothing wrong"))
        #expect(captain.titles == ["trawler captain"])
        #expect(captain.organizations == [])
        #expect(result.source(of: "the fleet needed new rules")?.organizations == ["Vestland"])
    }

    @Test func anOrganisationOwnedByAPossessiveNameRunsToItsHead() {
        let result = Story.attribute(
            "Mara Lind, a strategist for Governor Holt’s 2030 campaign, said the polls were tightening.",
            "Mira Tell, Harbor Tenants Alliance’s executive director, said the vote was a warning.")
        #expect(result.source(of: "the polls were tightening")?.organizations == ["Governor Holt’s 2030 campaign"])
        let director = try! #require(result.source(of: "the vote was a warning"))
        #expect(director.titles == ["executive director"])
        #expect(director.organizations == ["Harbor Tenants Alliance"])
    }

    @Test func oneOfAGroupTakesTheGroupsRole() {
        let result = Story.attribute("Elsie Brandt, one of the founders of the Harbor Tenants League, said the rents were too high.")
        let source = try! #require(result.source(of: "the rents were too high"))
        #expect(source.titles == ["founders"])
        #expect(source.organizations == ["Harbor Tenants League"])
    }

    @Test func aRoleHeldNowIsReadAfterTheAdverb() {
        let result = Story.attribute(
            "Former Arden striker Kwame Boateng, now a television analyst for SportsNet, said that the club lacked leaders.")
        let source = try! #require(result.source(of: "the club lacked leaders"))
        #expect(source.titles.contains("television analyst"))
        #expect(source.organizations.contains("SportsNet"))
    }

    @Test func anAppositiveAfterTheCueMayOpenWithItsTitle() {
        let result = Story.attribute("“The fans deserve better,” said Martha Lowe, president of the United Supporters Trust.")
        let source = try! #require(result.source(of: "The fans deserve better"))
        #expect(source.name == "Martha Lowe")
        #expect(source.titles == ["president"])
        #expect(source.organizations == ["United Supporters Trust"])
    }

    @Test(arguments: [
        ("“The camp is full,” said Leila Haddad, country director of Open Borders Relief.", "country director", "Open Borders Relief"),
        ("“The camp is full,” said Omar Sitt, research fellow at the Kessel Institute.", "research fellow", "Kessel Institute"),
        ("“The camp is full,” said Ada Quill, legal director of the Harbor Rights Union, on Friday.", "legal director", "Harbor Rights Union"),
    ])
    func anAppositiveAfterTheCueMayOpenWithAWordBeforeItsTitle(sentence: String, title: String, organization: String) {
        let source = try! #require(Story.attribute(sentence).source(of: "The camp is full"))
        #expect(source.titles == [title])
        #expect(source.organizations == [organization])
    }

    @Test(arguments: [
        ("Ada Quill, president of the Harlow Teachers' Association, said the vote was rushed.", "Harlow Teachers' Association"),
        ("Omar Sitt, a spokesman for the Workers’ Party, said the vote was rushed.", "Workers’ Party"),
    ])
    func aPluralPossessiveInsideAnOrganisationsNameKeepsTheName(sentence: String, organization: String) {
        let source = Story.attribute(sentence).source(of: "the vote was rushed")
        #expect(source?.organizations == [organization])
    }

    @Test func aPossessiveOfAnOutletBeforeAPersonIsNoPartOfTheName() {
        let result = Story.attribute("Harbor News’ Ada Quill said the vote was rushed.")
        #expect(result.speaker(of: "the vote was rushed") == "Ada Quill")
    }

    @Test func aPossessiveRoleBeforeAnAppositiveNameIsTheNamesCredential() {
        let result = Story.attribute("Ostrava’s ambassador to Norland, Tomas Hruby, said that he had been summoned.")
        let source = try! #require(result.source(of: "he had been summoned"))
        #expect(source.name == "Tomas Hruby")
        #expect(source.organizations == ["Ostrava"])
        #expect(source.titles == ["ambassador to Norland"])
    }

    @Test func anAgeBetweenTheNameAndTheAppositiveAfterTheCueIsSkipped() {
        let result = Story.attribute("“We catch fewer fish every year,” said Luis Ortega, 58, a commercial fisherman.")
        let source = try! #require(result.source(of: "We catch fewer fish"))
        #expect(source.name == "Luis Ortega")
        #expect(source.titles == ["commercial fisherman"])
    }

    @Test func aSurnameEndingInIngAfterAFirstNameIsNoParticiple() {
        let result = Story.attribute(
            "“This rule will close family farms,” said Wade Kettering, who chairs the Lindale Farm Bureau.")
        let source = try! #require(result.source(of: "This rule will close family farms"))
        #expect(source.name == "Wade Kettering")
        #expect(source.organizations == ["Lindale Farm Bureau"])
    }

    @Test func aScientistNamedByTheFieldIsNoPartOfTheName() {
        let result = Story.attribute("Meteorologist Karen Oduya of the Tessel Weather Service said the rains had made it worse.")
        let source = try! #require(result.source(of: "the rains had made it worse"))
        #expect(source.name == "Karen Oduya")
        #expect(source.titles == ["Meteorologist"])
    }

    @Test func aNamedOrganisationRunsOnToItsLowercaseHead() {
        let result = Story.attribute("Colonel Aaron Pike, a spokesman for the Vestland army, said that troops were on standby.")
        #expect(result.source(of: "troops were on standby")?.organizations == ["Vestland army"])
    }

    @Test func anAgeBeforeTheRoleIsNoPartOfIt() {
        let result = Story.attribute("Eli Brandt, a 34-year-old software engineer, said that he could no longer afford the rent.")
        #expect(result.source(of: "afford the rent")?.titles == ["software engineer"])
    }

    @Test func theLevelOfAnOfficeBelongsToItsTitle() {
        let result = Story.attribute(
            "The shooting will be reviewed, and District Attorney Susan Blake said her office would look at the video.")
        let source = try! #require(result.source(of: "her office would look"))
        #expect(source.titles == ["District Attorney"])
        #expect(source.organizations == [])
    }

    @Test func aFieldBeforeATitleJoinsTheSpeakerPhrase() {
        let result = Story.attribute("EU foreign policy chief Anna Berglund said that the next days would be decisive.")
        let source = try! #require(result.source(of: "the next days"))
        #expect(source.name == "Anna Berglund")
        #expect(source.titles == ["foreign policy chief"])
        #expect(source.organizations == ["EU"])
    }

    @Test func aSchoolBoardOpeningTheSentenceIsTheMembersOrganisation() {
        let result = Story.attribute("School board member Tina Cho said that counselors would be available on Monday.")
        let source = try! #require(result.source(of: "counselors would be available"))
        #expect(source.organizations == ["school board"])
        #expect(source.titles == ["member"])
    }

    @Test func professorIsATitleThoughItIsAlsoAnHonorific() {
        let result = Story.attribute("Professor Emeritus Helen Strauss said that such subsidies rarely paid off.")
        let source = try! #require(result.source(of: "such subsidies"))
        #expect(source.name == "Helen Strauss")
        #expect(source.titles == ["Professor Emeritus"])
    }

    @Test func aPossessiveRoleAfterTheCueIsTheSpeakersCredential() {
        let result = Story.attribute(
            "“We are hiring,” said Jane Moss, Arden Freight’s chief executive.",
            "According to Lila Park, Vestland’s finance minister, the deficit will shrink.")
        let executive = try! #require(result.source(of: "We are hiring"))
        #expect(executive.titles == ["chief executive"])
        #expect(executive.organizations == ["Arden Freight"])
        #expect(result.source(of: "the deficit will shrink")?.organizations == ["Vestland"])
    }

    @Test func aPortfolioAfterOfCompletesTheTitle() {
        let result = Story.attribute(
            "Former Secretary of State Ada Quill said that the treaty was flawed.",
            "Senate Majority Leader Tom Reyes said that the vote would come Friday.",
            "NATO Secretary-General Piet Hoek said that the alliance was united.")
        let former = try! #require(result.source(of: "the treaty was flawed"))
        #expect(former.titles == ["Former Secretary of State"])
        #expect(former.organizations == [])
        let leader = try! #require(result.source(of: "the vote would come"))
        #expect(leader.titles == ["Majority Leader"])
        #expect(leader.organizations == ["Senate"])
        #expect(result.source(of: "the alliance was united")?.titles == ["Secretary-General"])
    }

    @Test func aModifierEndingANameStaysWithTheName() {
        let result = Story.attribute("Homeland Security Secretary Jan Vos said that the border was secure.")
        let source = try! #require(result.source(of: "the border was secure"))
        #expect(source.organizations == ["Homeland Security"])
        #expect(source.titles == ["Secretary"])
    }

    @Test func aSportsSideBeforeATitleBelongsToIt() {
        let result = Story.attribute("“Results have not been good enough,” club chairman Victor Asante said in a statement.")
        #expect(result.source(of: "Results have not been")?.titles == ["club chairman"])
    }

    @Test func everyOrganisationLinkedAfterARoleIsACredential() {
        let result = Story.attribute("“The tides are rising,” said Marit Solberg, director of the Coastal program at the Harbor Policy Center.")
        let source = try! #require(result.source(of: "The tides are rising"))
        #expect(source.titles == ["director"])
        #expect(source.organizations == ["Coastal program", "Harbor Policy Center"])
    }

    @Test func aPlaceAfterInIsNoOrganisationButAnOrganisationIs() {
        let nurse = Story.attribute("Ada Lunde, a nurse in Dunmore, said the clinic was full.")
        #expect(nurse.source(of: "the clinic was full")?.titles == ["nurse"])
        #expect(nurse.source(of: "the clinic was full")?.organizations == [])
        let analyst = Story.attribute("Ivo Brandt, an analyst in the Vestland Treasury Department, said the debt was rising.")
        #expect(analyst.source(of: "the debt was rising")?.organizations == ["Vestland Treasury Department"])
    }

    @Test func anOrganisationNameRunsOnThroughOfTheOrForThe() {
        let result = Story.attribute("Tomas Krall, a labor economist at the Institute for the Study of Tides, said wages would rise.")
        #expect(result.source(of: "wages would rise")?.organizations == ["Institute for the Study of Tides"])
    }

    /// "Center for a Safer Harbor": "a" after "for" stays inside the name, as "the" does, in an appositive and
    /// when the body speaks.
    @Test func anOrganisationNameRunsOnThroughForA() {
        let fellow = Story.attribute("Ada Lunde, a senior fellow at the Center for a Safer Harbor, said the budget was short.")
        #expect(fellow.source(of: "the budget was short")?.organizations == ["Center for a Safer Harbor"])
        let center = Story.attribute("The Center for a Safer Harbor said the dredging would resume.")
        #expect(center.speaker(of: "the dredging would resume") == "Center for a Safer Harbor")
    }

    /// "at the Paris-based think tank Institut Montaigne": where the body is based is no part of its name, nor
    /// the body itself.
    @Test(arguments: [
        ("Ada Lunde, a fellow at the Kessel-based think tank Harbor Policy Forum, said the tolls were high.", "Harbor Policy Forum"),
        ("Ada Lunde, a fellow at the Kessel-based Institute for Tides, said the tolls were high.", "Institute for Tides"),
    ])
    func whereABodyIsBasedIsNoPartOfItsName(sentence: String, organization: String) {
        #expect(Story.attribute(sentence).source(of: "the tolls were high")?.organizations == [organization])
    }

    @Test func aTitleBeforeTheNameKeepsItsLowercaseModifiers() {
        let planner = Story.attribute("City planning director Owen Brask said the permits were late.")
        #expect(planner.source(of: "the permits were late")?.titles == ["city planning director"])
        #expect(planner.source(of: "the permits were late")?.organizations == [])
        let envoy = Story.attribute("U.S. special envoy Rhea Lang said the talks would resume.")
        #expect(envoy.source(of: "the talks would resume")?.titles == ["U.S. special envoy"])
    }

    @Test func whereARoleIsHeldTowardsCompletesTheTitle() {
        let result = Story.attribute("Former Swedish ambassador to the United Nations Nils Falk said the vote was close.")
        let source = try! #require(result.source(of: "the vote was close"))
        #expect(source.name == "Nils Falk")
        #expect(source.titles == ["Former Swedish ambassador to the United Nations"])
        #expect(source.organizations == [])
    }

    @Test func aRankBeforeTheNameAfterARoleIsOneSpeaker() {
        let result = Story.attribute(
            "A Pentagon spokesperson, Lt. Col. Ivo Brandt, said the base had sent a team of investigators from the division.")
        let source = try! #require(result.source(of: "the base had sent"))
        #expect(source.name == "Ivo Brandt")
        #expect(Set(source.titles) == ["spokesperson", "Lt. Col."])
        #expect(source.organizations == ["Pentagon"])
        #expect(result.sources.count == 1)
    }

    @Test func aLowercaseRoleMayStandBeforeTheNameInAnAppositive() {
        let result = Story.attribute("The next witness, county payroll clerk Ines Varro, testified that the ledgers had been altered.")
        let source = try! #require(result.source(of: "the ledgers had been altered"))
        #expect(source.name == "Ines Varro")
        #expect(source.titles.contains("county payroll clerk"))
        #expect(result.sources.count == 1)
    }

    @Test func aNationBetweenTitleWordsStaysInTheTitle() {
        let result = Story.attribute("Assistant U.S. Attorney Mira Kolb said the loans had never been repaid.")
        #expect(result.source(of: "the loans had never been repaid")?.titles == ["Assistant U.S. Attorney"])
    }

    @Test func anOrdinalOpensAnOrganisationsName() {
        let result = Story.attribute("Col. Rhea Baird, the commander of the 3rd Harbor Brigade, said the march was routine.")
        #expect(result.source(of: "the march was routine")?.titles == ["Col.", "commander"])
        #expect(result.source(of: "the march was routine")?.organizations == ["3rd Harbor Brigade"])
    }

    @Test func aPossessiveOrganisationMayFollowLowercaseModifiers() {
        let result = Story.attribute("The opposition Harbor Party’s finance spokesman, Erik Dahlberg, said the budget was a fiction.")
        let source = try! #require(result.source(of: "the budget was a fiction"))
        #expect(source.name == "Erik Dahlberg")
        #expect(source.titles == ["finance spokesman"])
        #expect(source.organizations == ["Harbor Party"])
    }

    @Test func anAndInsideAnOfficesNameJoinsNoTwoPeople() {
        let office = Story.attribute("Harbors and Inland Waterways Secretary Ada Quill said the locks would reopen.")
        #expect(office.source(of: "the locks would reopen")?.organizations == ["Harbors and Inland Waterways"])
        #expect(office.source(of: "the locks would reopen")?.titles == ["Secretary"])
        let two = Story.attribute("Brandt and House Speaker Ada Quill said the locks would reopen.")
        #expect(two.source(of: "the locks would reopen")?.organizations.contains { $0.contains("Brandt") } == false)
    }

    @Test func anOrganisationNamedBeforeAndThenByItsHeadWordIsTheCredential() {
        let result = Story.attribute(
            "The plan was drafted with help from the Harbor Land Institute, a research group.",
            "Mika Torvald, a senior fellow at the institute, said the plan was modest.")
        #expect(result.source(of: "the plan was modest")?.titles == ["senior fellow"])
        #expect(result.source(of: "the plan was modest")?.organizations == ["Harbor Land Institute"])
        let unknown = Story.attribute("Mika Torvald, a senior fellow at the institute, said the plan was modest.")
        #expect(unknown.source(of: "the plan was modest")?.organizations == [])
    }

    @Test func anOrganisationsNameAfterItsDescriptionIsTheCredential() {
        let result = Story.attribute("Luc Moreau, the chief executive of the French shipping company Marlin Lines, said the ships would reroute.")
        #expect(result.source(of: "the ships would reroute")?.organizations == ["Marlin Lines"])
    }

    @Test func aPastRoleAndNowAPresentOneAreTwoTitles() {
        let copular = Story.attribute(
            "Nora Falk is a former harbor pilot and now a senior fellow at the Coastal Policy Institute.", "She said the dredging was late.")
        let source = try! #require(copular.source(of: "the dredging was late"))
        #expect(source.titles == ["former harbor pilot", "senior fellow"])
        #expect(source.organizations == ["Coastal Policy Institute"])
        let appositive = Story.attribute("“Dredging is late,” said Nora Falk, a former harbor pilot and now a senior fellow at the Coastal Policy Institute.")
        #expect(appositive.source(of: "Dredging is late")?.titles == ["former harbor pilot", "senior fellow"])
    }

    @Test func aCapitalizedModifierBetweenTitleWordsStaysInTheTitle() {
        let result = Story.attribute("Deputy Foreign Minister Tomas Brede said the accusations were false.")
        #expect(result.source(of: "the accusations were false")?.titles == ["Deputy Foreign Minister"])
    }

    /// "White House chief of staff Jim Dowd", "Harbor Party Chief of Staff", "The head of research at Corvane Bank, Eli
    /// Strand,": a title with its portfolio after "of" is the name's, the organisation around it too (without the link
    /// before it); "Justice Department spokesman": a portfolio before an organisation's head names it.
    @Test(arguments: [
        ("White House chief of staff Jim Dowd said the levy would not affect grants.", ["chief of staff"], ["White House"]),
        ("Harbor Authority director of operations Tova Brink said the berths were full.", ["director of operations"], ["Harbor Authority"]),
        ("Justice Department spokesman Ivo Lind said the inquiry was closed.", ["spokesman"], ["Justice Department"]),
        ("Former House speaker Ada Vell said the vote was close.", ["Former", "speaker"], ["House"]),
        ("Harbor Party Chief of Staff Katie Wold said the memo was a draft.", ["Chief of Staff"], ["Harbor Party"]),
        ("The head of research at Corvane Bank, Eli Strand, said growth would slow.", ["head of research"], ["Corvane Bank"]),
        ("Director of communications at the Harbor Authority Tova Brink said the berths were full.", ["director of communications"], ["Harbor Authority"]),
    ])
    func aTitleWithItsPortfolioOrAnOrganisationNamedByAPortfolioStandsBeforeTheName(sentence: String, titles: [String], organizations: [String]) {
        let source = Story.attribute(sentence).sources.first
        #expect(source?.titles == titles)
        #expect(source?.organizations == organizations)
    }

    /// A capitalized particle opening a name is part of it ("Al Jazeera's Hiba Nasser" works for Al Jazeera, not
    /// "Jazeera"); "De Marsan" opening a sentence is still Ivo de Marsan.
    @Test func aCapitalizedParticleOpensAnOrganisationOrASurname() {
        let result = Story.attribute(
            "Al Jazeera's Hiba Nasser reported that the dam had cracked.",
            "Mayor Ivo de Marsan said the port would reopen.",
            "De Marsan said the ferries were safe.")
        #expect(result.source(of: "the dam had cracked")?.organizations == ["Al Jazeera"])
        #expect(result.speaker(of: "the ferries were safe") == "Ivo de Marsan")
        #expect(result.sources.count == 2)
    }

    /// "Omani Foreign Minister …, whose country hosted the talks, said": the nationalities of the countries news
    /// quotes qualify a title as "Iranian" does, rather than being taken for an organisation ("Omani Foreign").
    @Test func aGulfOrBalkanNationalityQualifiesATitle() {
        let result = Story.attribute("Omani Foreign Minister Sayed Albarwani, whose country has hosted the talks, said they had stalled.")
        let source = try! #require(result.source(of: "they had stalled"))
        #expect(source.titles == ["Omani Foreign Minister"])
        #expect(source.organizations.isEmpty)
    }

    /// "a journalist based in Erbil": where someone works ends the role ("journalist", which makes media, not
    /// "journalist based").
    @Test func aPlaceTheSourceIsBasedInEndsTheRole() {
        let result = Story.attribute("Lina Morad, a journalist based in Erbil, said many people were tired.")
        let source = try! #require(result.source(of: "many people were tired"))
        #expect(source.titles == ["journalist"])
    }

    /// "Vos, a former deputy minister, now chairs the Coastal Futures Trust.": a present verb of holding a role right
    /// after the subject gives a credential, as "who chairs …" does; "leads the field" gives none.
    @Test func aPresentRoleVerbAfterTheSubjectGivesACredential() {
        let result = Story.attribute(
            "“We are watching an industry disappear,” said Anneke Vos. Vos, a former deputy minister, now chairs the Coastal Futures Trust.",
            "“It is a two-horse race,” said Ivo Pell. Pell leads the field in Kessel with 22 percent.")
        let vos = try! #require(result.source(of: "an industry disappear"))
        #expect(vos.titles.contains("chairs the Coastal Futures Trust"))
        #expect(vos.organizations == ["Coastal Futures Trust"])
        let pell = try! #require(result.source(of: "two-horse race"))
        #expect(pell.titles.isEmpty)
    }

    /// "An official at the foreign ministry said": a body named in lowercase after an unnamed source's "at" is the source's
    /// organisation, as a capitalized one is; "the town" of "residents of the town" is no body.
    @Test func anUnnamedSourceAtABodyInLowercaseServesIt() {
        let result = Story.attribute(
            "An official at the foreign ministry said the talks had stalled.", "Residents of the town said the water was brown.")
        #expect(result.source(of: "the talks had stalled")?.organizations == ["foreign ministry"])
        #expect(result.source(of: "the water was brown")?.organizations.isEmpty == true)
    }

    /// "Gulls centre Viktor Hale said": "centre" in lowercase between a team and a player is his position, not the head of
    /// a body's name; the team is his organisation.
    @Test func aCentreBetweenATeamAndAPlayerIsHisPosition() {
        let result = Story.attribute("Gulls centre Viktor Hale said the team played its best game.", "Eagles center Tom Reyes said the defense held.")
        let hale = try! #require(result.source(of: "its best game"))
        #expect(hale.name == "Viktor Hale")
        #expect(hale.titles == ["centre"])
        #expect(hale.organizations == ["Gulls"])
        #expect(result.speaker(of: "the defense held") == "Tom Reyes")
    }

    /// "Developer Castlepine Partners said": a body's kind that opens the sentence with the capital the sentence gives it
    /// is the body's title, no word of its name.
    @Test func aBodysKindOpeningTheSentenceIsItsTitle() {
        let result = Story.attribute(
            "Developer Castlepine Partners said the tower would rise 40 floors.", "Regulator Tessmark Authority said it would review the deal.",
            "Daily Lantern Group said its sales fell sharply.")
        let developer = try! #require(result.source(of: "the tower would rise"))
        #expect(developer.name == "Castlepine Partners")
        #expect(developer.titles == ["developer"])
        #expect(result.speaker(of: "review the deal") == "Tessmark Authority")
        #expect(result.speaker(of: "its sales fell") == "Daily Lantern Group")
    }

    /// "A spokeswoman for the Department of Health said": a role held for a body whose name holds "of" or "for" is an
    /// unnamed source serving the whole body, as "a spokesman for the Harbor Board" is, not the body itself.
    @Test func aRoleForABodyWhoseNameHoldsOfServesTheWholeBody() {
        let result = Story.attribute(
            "A spokeswoman for the Department of Health said the clinics were open.",
            "A spokesman for the Institute for Fiscal Studies said taxes would rise.")
        let spokeswoman = try! #require(result.source(of: "the clinics were open"))
        #expect(spokeswoman.anonymous)
        #expect(spokeswoman.titles == ["spokeswoman"])
        #expect(spokeswoman.organizations == ["Department of Health"])
        #expect(result.source(of: "taxes would rise")?.organizations == ["Institute for Fiscal Studies"])
    }

    /// "Cllr Jane Parr": the British abbreviation of "councillor", with or without its period, is a title before the name,
    /// and "the councillor" later stands for her.
    @Test func cllrIsACouncillorsTitle() {
        let result = Story.attribute(
            "Cllr Jane Parr said the council backed the plan. The councillor said the vote was close.",
            "Cllr. Tom Marsh said the bins were full.")
        let parr = try! #require(result.source(of: "backed the plan"))
        #expect(parr.name == "Jane Parr")
        #expect(parr.titles == ["Cllr"])
        #expect(CategoryClassifier(knowledge: ProfileKnowledge()).category(of: parr) == .government)
        #expect(result.speaker(of: "the vote was close") == "Jane Parr")
        #expect(result.speaker(of: "the bins were full") == "Tom Marsh")
    }

    /// "Harbor Bank's chief economist, Lise Dahl, said": an economist is a person's title before her name, not the kind of
    /// an outlet set beside its name (as "state broadcaster" is in "Vestland’s state broadcaster, Nordvision,").
    @Test func aPossessiveEconomistBeforeANameIsAPersonsTitle() {
        let result = Story.attribute("Harbor Bank's chief economist, Lise Dahl, said rates would fall.")
        let dahl = try! #require(result.source(of: "rates would fall"))
        #expect(dahl.name == "Lise Dahl")
        #expect(!dahl.namedAsOrganization)
        #expect(dahl.titles == ["chief economist"])
        #expect(dahl.organizations == ["Harbor Bank"])
    }

    /// "who was not involved in the study", "who did not take part": a relative clause that denies its verb says what
    /// the person is not, no credential; "who now leads the firm" is one.
    @Test func aDeniedRelativeClauseIsNoCredential() {
        let result = Story.attribute(
            "Henrik Adler, an entomologist who was not involved in the research, said the work was neat.",
            "Ida Pell, who did not take part in the study, said the sample was small.",
            "Ana Berg, who now leads the firm Berg Holm, said the plan was sound.")
        #expect(result.source(of: "the work was neat")?.titles == ["entomologist"])
        #expect(result.source(of: "the sample was small")?.titles.isEmpty == true)
        #expect(result.source(of: "the plan was sound")?.titles == ["who now leads the firm Berg Holm"])
    }

    /// "the head of the Halvard fire and rescue service": the body's lowercase words run on through "and" to its head.
    @Test func aBodysLowercaseWordsRunThroughAndToItsHead() {
        let result = Story.attribute("Jonas Eklund, the head of the Halvard fire and rescue service, said the water rose fast.")
        #expect(result.source(of: "the water rose fast")?.organizations == ["Halvard fire and rescue service"])
    }
}
