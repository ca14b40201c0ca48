import Testing
@testable import AttributionKit

/// Categories of hand-built sources shaped like the engine's output (fictional people).
@Suite struct CategoryTests {
    let classifier = CategoryClassifier(knowledge: ProfileKnowledge())

    func category(name: String? = "Dana Whitcombe", titles: [String] = [], organizations: [String] = [],
                  anonymous: Bool = false, vague: Bool = false) -> SourceCategory {
        classifier.category(of: Source(id: "s1", name: anonymous || vague ? nil : name, anonymous: anonymous || vague,
                                       vague: vague, titles: titles, organizations: organizations))
    }

    @Test func anOrganisationThatIsItselfTheSourceTakesItsRegistryType() {
        #expect(category(name: "U.S. Treasury Department") == .government)
        #expect(category(name: "Xinhua") == .media)
        #expect(category(name: "Axios") == .media)
        #expect(category(name: "South China Morning Post") == .media)
    }

    /// "the former central bank governor", "an economist at the Central Bank of Veloria": a central bank is a public
    /// body, though its head word is a bank's; "Harbor Bank" stays a business.
    @Test func aCentralBankIsAPublicBody() {
        #expect(category(titles: ["former governor"], organizations: ["central bank"]) == .formerOfficial)
        #expect(category(titles: ["economist"], organizations: ["Central Bank of Veloria"]) == .government)
        #expect(category(titles: ["chief economist"], organizations: ["Harbor Bank"]) == .business)
    }

    /// Local news's public services: a fire chief, a firefighter, a detective or a trooper holds public office.
    @Test func fireServiceAndPoliceRanksAreGovernment() {
        #expect(category(titles: ["Fire Chief"]) == .government)
        #expect(category(titles: ["firefighter"]) == .government)
        #expect(category(titles: ["Detective"]) == .government)
        #expect(category(titles: ["state trooper"]) == .government)
    }

    /// "Prof Ingrid Solberg", "Prof. Ingrid Solberg": the abbreviation makes an academic, as "Professor" does.
    @Test func profWithOrWithoutItsPeriodMakesAnAcademic() {
        #expect(category(titles: ["Prof", "lead author"]) == .academic)
        #expect(category(titles: ["Prof.", "lead author"]) == .academic)
    }

    /// "President-elect", "Prime Minister-designate": the role not yet taken up is the role's.
    @Test func aRoleNotYetTakenUpHasTheRolesCategory() {
        #expect(category(titles: ["Prime Minister-elect"]) == .government)
        #expect(category(titles: ["President-designate"]) == .government)
    }

    @Test func aHeadWordThatCouldBeASurnameNamesTheKindWhenOfFollowsIt() {
        #expect(category(name: "Bank of Vestland") == .business)
        #expect(category(name: "Northwick Chamber of Commerce") == .business)
        #expect(category(name: "Ada Bank") == .other)
    }

    /// A firm named for its trade speaks as a business; a councillor, spelled either way, holds office.
    @Test func aTradeNamedFirmIsABusinessAndACouncillorAnOfficial() {
        let engine = Story.attribute("Osk Construction said work would resume. The contractor, Brannvik Engineering, blamed the delay on steel.")
        #expect(engine.sources.first { $0.name == "Osk Construction" }.map(classifier.category) == .business)
        #expect(engine.sources.first { $0.name == "Brannvik Engineering" }.map(classifier.category) == .business)
        #expect(category(titles: ["Councillor"]) == .government)
        #expect(category(titles: ["councilor"]) == .government)
    }

    /// Vox pops: a person the article gives a name and an age alone is one of the public; a role still decides.
    @Test func aPersonKnownByNameAndAgeAloneIsACitizen() {
        let engine = Story.attribute(
            "“I pay more for the ferry than for bread,” said Mara Lind, 34, of Millbrook.",
            "Tomas Rey, 71, said he would stop visiting the island.",
            "“We will review the fares,” said Ivo Pell, 58, the authority’s chairman.")
        let categories = engine.sources.map { ($0.name, classifier.category(of: $0)) }
        #expect(categories.first { $0.0 == "Mara Lind" }?.1 == .citizen)
        #expect(categories.first { $0.0 == "Tomas Rey" }?.1 == .citizen)
        #expect(categories.first { $0.0 == "Ivo Pell" }?.1 != .citizen)
        #expect(category(name: "Ines Alder") == .other)
    }

    /// "who was the deputy envoy" is a past role, but "who was recently elected as a delegate" a present one.
    @Test func aRoleAfterWasIsPastUnlessAParticipleFollows() {
        #expect(category(titles: ["who was the U.S. deputy special envoy for Vestland"]) == .formerOfficial)
        #expect(category(titles: ["who was recently elected as a delegate to the Senate"]) == .government)
    }

    /// A relative clause that says where someone lives makes a resident.
    @Test func aClauseSayingWhereSomeoneLivesMakesACitizen() {
        #expect(category(titles: ["who lives nearby"]) == .citizen)
        #expect(category(titles: ["who has lived in Zarivka for 40 years"]) == .citizen)
        #expect(category(titles: ["who lives on Canal Street"]) == .citizen)
    }

    /// "who served as …" is a past role; with no current role, an organisation outside government is the present employer.
    @Test func aPastRoleMakesAFormerOfficialUnlessAnEmployerOutsideGovernmentIsNamed() {
        #expect(category(titles: ["who served as director for Asia on the National Security Council"]) == .formerOfficial)
        #expect(category(titles: ["former State Department official"], organizations: ["Brookings Institution"]) == .thinkTank)
        #expect(category(titles: ["former governor"], organizations: ["Democratic Party"]) == .formerOfficial)
        #expect(category(titles: ["former student"], organizations: ["Kessel University"]) != .academic)
    }

    @Test func aRankInThePoliceIsCivil() {
        #expect(category(titles: ["Sgt."], organizations: ["Ashby Police Department"]) == .government)
        #expect(category(titles: ["Sgt."], organizations: ["Vestland Army"]) == .military)
    }

    @Test func anAirMarshalIsMilitary() {
        #expect(category(titles: ["Air Marshal"]) == .military)
    }

    /// The son of a governor holds no office of his own.
    @Test func aRoleAfterAFamilyTieIsTheRelatives() {
        #expect(category(titles: ["son of the former governor"]) == .citizen)
        #expect(category(titles: ["niece of the mayor"]) == .citizen)
        #expect(category(titles: ["former governor"]) == .formerOfficial)
    }

    @Test func aBrotherhoodOrAGuildOfWorkersIsAnNGO() {
        #expect(category(titles: ["president"], organizations: ["Brotherhood of Track Workers"]) == .ngo)
        #expect(category(titles: ["chair"], organizations: ["Harbor Pilots Guild"]) == .ngo)
    }

    @Test func aDoctoralStudentIsAnAcademic() {
        #expect(category(titles: ["doctoral student"], organizations: ["Calloway University"]) == .academic)
        #expect(category(titles: ["PhD student"]) == .academic)
    }

    @Test func anExecutiveTakesTheTypeOfTheOrganisationHeld() {
        #expect(category(titles: ["chief financial officer"], organizations: ["Northwick Port Authority"]) == .government)
        #expect(category(titles: ["chief financial officer"]) == .business)
    }

    /// "the environmental group Friends of the Harbor said": the kind the writer puts before a body's name is its title and
    /// says its category, whatever the words of the name ("Justice" is no title of a person there).
    @Test func theKindBeforeABodysNameIsItsTitleAndCategory() {
        let result = Story.attribute(
            "“We are watching closely,” the environmental group Friends of the Harbor said.",
            "The rights group Open Justice Watch said detainees had been mistreated.",
            "The lobbying group Coalition for Energy Freedom said the tariff would hurt consumers.",
            "The think tank Harbor Policy Institute said the pipeline was a mistake.",
            "“This is a costly gamble,” the consulting firm Meridian Partners said.")
        let expected: [(String, String, String, SourceCategory)] = [
            ("watching closely", "Friends of the Harbor", "environmental group", .ngo),
            ("detainees had been mistreated", "Open Justice Watch", "rights group", .ngo),
            ("hurt consumers", "Coalition for Energy Freedom", "lobbying group", .ngo),
            ("was a mistake", "Harbor Policy Institute", "think tank", .thinkTank),
            ("costly gamble", "Meridian Partners", "consulting firm", .business),
        ]
        for (quote, name, kind, category) in expected {
            let source = try! #require(result.source(of: quote))
            #expect(source.name == name)
            #expect(source.titles == [kind])
            #expect(classifier.category(of: source) == category)
        }
    }

    /// "chief negotiator Ilse Marden": a negotiator is a title, a government's unless the body negotiated for is named.
    @Test func aNegotiatorIsATitle() {
        let result = Story.attribute(
            "“We came with an open hand,” chief negotiator Ilse Marden told reporters.",
            "“No deal yet,” said Ivo Pell, chief negotiator for the Harbor Dock Workers Union.")
        let marden = try! #require(result.source(of: "open hand"))
        #expect(marden.titles == ["chief negotiator"])
        #expect(classifier.category(of: marden) == .government)
        #expect(classifier.category(of: try! #require(result.source(of: "No deal yet"))) == .ngo)
    }

    /// "country director for the aid group Relief Without Borders": the kind the writer puts before the name of the body
    /// a person serves says the body's category, as it does for the body speaking itself.
    @Test func theKindBeforeTheNameOfAPersonsBodySaysItsCategory() {
        let result = Story.attribute(
            "“The camps are full,” Mira Tollan, country director for the aid group Relief Without Borders, said.",
            "“The verdict is a setback,” said Ivo Rask of the rights group Open Lantern.")
        let expected: [(String, String, SourceCategory)] = [
            ("camps are full", "Relief Without Borders", .ngo),
            ("verdict is a setback", "Open Lantern", .ngo),
        ]
        for (quote, body, category) in expected {
            let source = try! #require(result.source(of: quote))
            #expect(source.organizations == [body])
            #expect(classifier.category(of: source) == category)
        }
    }

    /// "the Harbor Council on Foreign Relations" is a think tank, as the registered ones are; "the Harbor Council" governs.
    @Test func aCouncilOnForeignRelationsIsAThinkTank() {
        #expect(category(titles: ["director"], organizations: ["Harbor Council on Foreign Relations"]) == .thinkTank)
        #expect(category(titles: ["member"], organizations: ["Harbor Council"]) == .government)
    }

    /// "Westgrid, the national grid operator": a company that runs a network, not a worker at a machine.
    @Test func aGridOperatorIsACompany() {
        #expect(category(name: "Westgrid", titles: ["the national grid operator"]) == .business)
        #expect(category(titles: ["crane operator"]) == .citizen)
    }

    @Test func anOutletWordNamesTheKindOfANameTheTextGivesAnOrganisation() {
        let herald = Source(id: "s1", name: "Kessel Herald", namedAsOrganization: true)
        #expect(classifier.category(of: herald) == .media)
        #expect(category(name: "Kessel Herald") == .other)
    }

    @Test func generalAfterAnotherTitleIsNoRank() {
        #expect(category(titles: ["auditor general"]) == .government)
        #expect(category(titles: ["inspector general"], organizations: ["Harbor Ministry"]) == .government)
        #expect(category(titles: ["major general"]) == .military)
    }

    @Test func aSpokespersonSpeaksForTheKindOfTheirOrganisationAndForNoKindWhenItIsUnknown() {
        #expect(category(titles: ["spokeswoman"], organizations: ["Greenfield Agri"]) == .other)
        #expect(category(titles: ["spokesman"], organizations: ["Harbor Energy Ministry"]) == .government)
        #expect(category(titles: ["spokesperson"]) == .government)
    }

    @Test func governmentTitles() {
        #expect(category(titles: ["spokeswoman"], organizations: ["Foreign Ministry"]) == .government)
        #expect(category(titles: ["ambassador"], organizations: ["Chinese"]) == .government)
        #expect(category(titles: ["premier"]) == .government)
        #expect(category(titles: ["press secretary"]) == .government)
        #expect(category(titles: ["Deputy Foreign Minister"]) == .government)
    }

    @Test func abbreviatedAndPoliticalTitles() {
        #expect(category(titles: ["Rep."]) == .government)
        #expect(category(titles: ["Democratic Sen."]) == .government)
        #expect(category(titles: ["Republican nominee"]) == .government)
        #expect(category(titles: ["leader"], organizations: ["Senate Republican"]) == .government)
        #expect(category(titles: ["Rev."]) == .religious)
    }

    @Test func aSeparateFormerMarkMakesTheNextTitleAPastOne() {
        #expect(category(titles: ["Former", "Gov."], organizations: ["Pennsylvania"]) == .formerOfficial)
    }

    @Test func aPressRoleMakesARankedOfficerGovernment() {
        #expect(category(titles: ["Brig. Gen."], organizations: ["Air Force"]) == .military)
        #expect(category(titles: ["press secretary", "Brig. Gen."], organizations: ["Pentagon", "Air Force"]) == .government)
        #expect(category(titles: ["Brig. Gen.", "spokesman"]) == .government)
    }

    @Test func fellowsTakeTheirOrganisationsType() {
        #expect(category(titles: ["senior fellow"], organizations: ["Center for Strategic and International Studies"]) == .thinkTank)
        #expect(category(titles: ["senior fellow"], organizations: ["Halvorsen University"]) == .academic)
        #expect(category(titles: ["analyst"], organizations: ["Capital Economics"]) == .business)
        #expect(category(titles: ["senior fellow"]) == .thinkTank)
    }

    @Test func formerGovernmentRolesMakeFormerOfficials() {
        #expect(category(titles: ["former longtime CIA officer"]) == .formerOfficial)
        #expect(category(titles: ["former ambassador"]) == .formerOfficial)
        #expect(category(titles: ["retired general"]) == .formerOfficial)
    }

    @Test func theCurrentRoleComesFirst() {
        // A think-tank adviser who once served at the National Security Council.
        #expect(category(titles: ["senior adviser", "director"],
                         organizations: ["Foundation for Defense of Democracies", "National Security Council"]) == .thinkTank)
        #expect(category(titles: ["former longtime CIA officer", "former deputy director of the Kestrel Policy Committee",
                                  "founder and president of Brightwater Advisory, LLC"]) == .business)
        // Titles and organisations that do not pair up: an unplaced role keeps its own category.
        #expect(category(titles: ["former longtime CIA officer", "former deputy director", "consultant", "founder and president"],
                         organizations: ["Kestrel Policy Committee", "Brightwater Advisory"]) == .business)
    }

    @Test func professionsOutsideGovernment() {
        #expect(category(titles: ["professor"]) == .academic)
        #expect(category(titles: ["Dubai-based journalist"]) == .media)
        #expect(category(titles: ["attorney"]) == .legal)
        #expect(category(titles: ["CEO"], organizations: ["Tarrow Freight"]) == .business)
        #expect(category(titles: ["senior fellow"], organizations: ["Institute of Harbour and Coast Studies"]) == .thinkTank)
        #expect(category(titles: ["defense economist"]) == .academic)
        #expect(category(titles: ["imam"]) == .religious)
        #expect(category(titles: ["resident"]) == .citizen)
        #expect(category(titles: ["finance chief"]) == .business)
        #expect(category(titles: ["analyst"], organizations: ["Harbor Capital Markets"]) == .business)
    }

    @Test func unknownOrganisationsAreReadFromTheirHeadWord() {
        #expect(category(organizations: ["Institute of Harbour and Coast Studies"]) == .thinkTank)
        #expect(category(organizations: ["Pellham College"]) == .academic)
        #expect(category(organizations: ["Ministry of Fisheries"]) == .government)
        #expect(category(organizations: ["Dunmore Gazette"]) == .media)
        #expect(category(name: "Ministry of Fisheries") == .government)
        #expect(category(name: "Norway's mission to the United Nations") == .government)
    }

    @Test func aSurnameThatLooksLikeAnOutletIsNotOne() {
        #expect(category(name: "Harriet Post") == .other)
        #expect(category(name: "Milo Church") == .other)
    }

    @Test func rolesJoinedByAndAreReadInOrder() {
        #expect(category(titles: ["founder and president of Brightwater Advisory"]) == .business)
        #expect(category(titles: ["senior fellow at the Center for Strategic and International Studies"]) == .thinkTank)
    }

    @Test func aCountryOrCapitalSpeaksThroughItsGovernment() {
        #expect(category(name: "Tehran") == .government)
        #expect(category(name: "China") == .government)
    }

    @Test func anonymousAndVagueSourcesAreCountedApart() {
        #expect(category(titles: ["official"], organizations: ["Pentagon"], anonymous: true) == .anonymous)
        #expect(category(vague: true) == .anonymous)
    }

    @Test func nothingKnownIsOther() {
        #expect(category() == .other)
    }

    @Test func aRankedVicePresidencyOrACooperativeIsBusiness() {
        #expect(category(titles: ["senior vice president"]) == .business)
        #expect(category(titles: ["executive vice president"], organizations: ["Arden Freight"]) == .business)
        #expect(category(titles: ["vice president of operations"], organizations: ["Northvale Dairy Cooperative"]) == .business)
        #expect(category(titles: ["vice president"]) == .government)
    }

    @Test func aSpelledOutCaptainServesWhereTheOrganisationSays() {
        #expect(category(titles: ["trawler captain"]) == .other)
        #expect(category(titles: ["captain"], organizations: ["Army"]) == .military)
        #expect(category(titles: ["Capt."]) == .military)
        #expect(category(titles: ["Rear Adm."]) == .military)
    }

    @Test func rolesNamedWithTheirFieldTakeTheFieldsCategory() {
        #expect(category(titles: ["Opposition leader"]) == .government)
        #expect(category(titles: ["Sports agent"]) == .business)
        #expect(category(titles: ["former FBI agent"]) == .formerOfficial)
        #expect(category(titles: ["retired schoolteacher"]) == .citizen)
        #expect(category(titles: ["epidemiologist"]) == .academic)
    }

    @Test func aCampaignWrittenInLowercaseIsAPoliticians() {
        #expect(category(titles: ["strategist"], organizations: ["Governor Holt’s 2030 campaign"]) == .government)
        #expect(category(organizations: ["Campaign for Clean Harbors"]) == .ngo)
    }

    @Test func aPressOfficialServesAnOffice() {
        #expect(category(titles: ["former senior press official"], organizations: ["Governor Holt’s office"]) == .formerOfficial)
    }

    @Test func aRoleOverACompanyFunctionIsBusiness() {
        #expect(category(titles: ["vice president of regional sales"]) == .business)
        #expect(category(titles: ["head of investor relations"]) == .business)
        #expect(category(titles: ["director of communications"]) == .other)
    }

    @Test func aPresidentOfAnOrganisationOfUnknownKindIsNoStateOfficer() {
        #expect(category(titles: ["president"], organizations: ["Wealth-Arden"]) == .other)
        #expect(category(titles: ["president"], organizations: ["Vestland Teachers Union"]) == .ngo)
        #expect(category(titles: ["Chinese President"]) == .government)
        #expect(category(titles: ["President"]) == .government)
    }

    @Test func aUnitWrittenInLowercaseYieldsToTheNamedOrganisation() {
        #expect(category(titles: ["chair of the marine biology department"], organizations: ["Pellham College"]) == .academic)
        #expect(category(titles: ["director of the health department"]) == .government)
    }

    @Test func scientistsAndCareWorkersByTheirField() {
        #expect(category(titles: ["Meteorologist"]) == .academic)
        #expect(category(titles: ["Criminologist"], organizations: ["Harlan State University"]) == .academic)
        #expect(category(titles: ["hydrologist"], organizations: ["University of Tessel"]) == .academic)
        #expect(category(titles: ["home-care aide"]) == .citizen)
        #expect(category(titles: ["aide"], organizations: ["Marlow City Council"]) == .government)
    }

    @Test func anExecutiveDirectorOfAnUnknownGroupRunsANonprofit() {
        #expect(category(titles: ["executive director"], organizations: ["Clean Tessel Now"]) == .ngo)
        #expect(category(titles: ["executive director"], organizations: ["Harlow Transit Authority"]) == .government)
    }

    @Test func wellKnownOutletsAndFederationsWhoseHeadWordMisleads() {
        #expect(category(name: "Military Times") == .media)
        #expect(category(titles: ["spokesman"], organizations: ["Twitter"]) == .business)
        #expect(category(titles: ["chair"], organizations: ["Farm Bureau"]) == .ngo)
        #expect(category(titles: ["president"], organizations: ["NAACP"]) == .ngo)
    }

    @Test func aLowercaseFieldBeforeARoleIsNoOutletOfTheSameName() {
        #expect(category(titles: ["foreign policy expert"], organizations: ["Brookings Institution"]) == .thinkTank)
        #expect(category(titles: ["national director"], organizations: ["Vestland Tenants League"]) == .ngo)
        #expect(category(titles: ["ministry spokesman"]) == .government)
    }

    @Test func anOutletNamedWithItsArticleIsNotMeantBeforeARole() {
        #expect(category(titles: ["Independent Sen."]) == .government)
        #expect(category(titles: ["Unity National Chairman"]) == .other)
        #expect(category(titles: ["CIA officer"]) == .government)
    }

    @Test func aHeadWithOfInsideWinsOverItsFirstWord() {
        #expect(category(organizations: ["Bramley Institute of Technology"]) == .academic)
        #expect(category(organizations: ["Institute of Harbour and Coast Studies"]) == .thinkTank)
        #expect(category(titles: ["member"], organizations: ["Tessel Board of Education"]) == .government)
        #expect(category(organizations: ["Eastgate Medical Center"]) == .other)
    }

    @Test func tradesAndCustomersAreCitizens() {
        #expect(category(titles: ["commercial fisherman"]) == .citizen)
        #expect(category(titles: ["waitress"]) == .citizen)
        #expect(category(titles: ["forklift operator at the plant"]) == .citizen)
        #expect(category(titles: ["party field operative"]) == .government)
    }

    @Test func everyRoleOfASourceWithOneOrganisationIsHeldThere() {
        #expect(category(titles: ["expert on port logistics", "Professor"], organizations: ["Pellham College"]) == .academic)
        #expect(category(titles: ["postdoctoral fellow", "who studies kelp forests"], organizations: ["Kessel University"]) == .academic)
    }

    @Test func aCityCountyOrStateOfficeIsGovernment() {
        #expect(category(titles: ["planning director"], organizations: ["City"]) == .government)
        #expect(category(titles: ["state epidemiologist"], organizations: ["New Mexico"]) == .government)
        #expect(category(titles: ["epidemiologist"], organizations: ["Kessel University"]) == .academic)
    }

    @Test func aCountryInsideAnOrganisationsNameMakesNoHeadOfState() {
        #expect(category(titles: ["president and chief executive"], organizations: ["Kelp Growers and Makers of America"]) == .business)
        #expect(category(titles: ["president"], organizations: ["Quillon of America"]) == .other)
        #expect(category(titles: ["president"], organizations: ["Mexico"]) == .government)
    }

    @Test func aCountryBesideTheOnlyOrganisationIsAFieldNotAPlaceOfWork() {
        #expect(category(titles: ["researcher"], organizations: ["Chatham House", "Sudan"]) == .thinkTank)
        #expect(category(titles: ["researcher"], organizations: ["Chatham House", "Kessel Ferry Circle"]) == .academic)
    }

    @Test func aShortFormOfAnOrganisationThatSpeaksTakesItsKind() {
        let article = Article(id: "a", origin: "test", format: .text, blocks: [])
        let sources = SourceProfiler().profile([
            Source(id: "s1", name: "Brannock Motors", namedAsOrganization: true),
            Source(id: "s2", name: "Jenna Vale", titles: ["spokesperson"], organizations: ["Brannock"]),
        ], in: article)
        #expect(sources[1].category == .business)
    }

    @Test func clergyAndTheirDiocesesAreReligious() {
        let result = Story.attribute(
            "The Diocese of Kessel agreed to pay the claims, officials said.",
            "Chaplain Tomas Varga apologized in a letter. “I am ashamed,” the chaplain wrote.")
        #expect(result.speaker(of: "I am ashamed") == "Tomas Varga")
        // "Bishop", "Priest" and "Deacon" are also surnames, so they are no title words before a name.
        #expect(Story.attribute("Marta Deacon said the vote was close.").speaker(of: "the vote was close") == "Marta Deacon")
        #expect(Story.attribute("Ivo Bishop said the dam would hold.").speaker(of: "the dam would hold") == "Ivo Bishop")
        #expect(category(titles: ["Bishop"]) == .religious)
        #expect(category(name: "Roman Catholic Diocese of Kessel") == .religious)
    }

    @Test func anElectionsBoardIsGovernment() {
        #expect(category(name: "Kessel County Board of Elections") == .government)
    }

    @Test func analystsAndEconomistsAtBanksAndResearchFirmsAreBusiness() {
        #expect(category(titles: ["auto industry analyst"], organizations: ["Morningstar"]) == .business)
        #expect(category(titles: ["chief economist"], organizations: ["Pantheon Macroeconomics"]) == .business)
        #expect(category(titles: ["senior strategist"], organizations: ["Deutsche Bank"]) == .business)
    }

    /// "The Justice Department said": a title word before a body's head is part of the body's name.
    @Test func theJusticeDepartmentIsABody() {
        let result = Story.attribute("The Justice Department said in a court filing that the map was illegal.")
        #expect(result.source(of: "the map was illegal")?.name == "Justice Department")
        #expect(SourceProfiler().profile(result.sources, in: Story.article(["x"])).first?.category == .government)
    }

    /// "Lumora, a Dublin start-up", "Tidewatch, a conservation charity": a short appositive says what kind of body speaks.
    @Test(arguments: [
        ("Lumora, the Dublin-based start-up, said it would hire 40 engineers.", SourceCategory.business),
        ("Tidewatch, a conservation charity, said the river was dying.", SourceCategory.ngo),
        ("Delmont, a think tank in Oslo, said the tax was fair.", SourceCategory.thinkTank),
    ])
    func anAppositiveNamingAKindOfBodyGivesTheCategory(sentence: String, category: SourceCategory) {
        let result = Story.attribute(sentence)
        #expect(SourceProfiler().profile(result.sources, in: Story.article(["x"])).first?.category == category)
    }

    /// "The Israeli military said" is a body of the military; "state media reported" an unnamed outlet, kept as a source.
    @Test func aCountrysMilitaryIsAMilitaryBodyAndStateMediaASource() {
        let result = Story.attribute(
            "The Karvonian military said the strike targeted a depot.", "The launch was a success, state media reported.")
        let military = result.source(of: "the strike targeted a depot")
        #expect(military?.name == "Karvonian military")
        #expect(SourceProfiler().profile(result.sources, in: Story.article(["x"])).first?.category == .military)
        #expect(result.source(of: "The launch was a success")?.description == "state media")
    }

    @Test func companiesNamedByTheirTradeAreOrganisations() {
        let systems = Story.attribute("Vantro Systems said on Tuesday that it would cut jobs.")
        #expect(systems.source(of: "it would cut jobs")?.namedAsOrganization == true)
        #expect(SourceProfiler().profile(systems.sources, in: Story.article(["x"])).first?.category == .business)
    }

    @Test(arguments: [
        ("State broadcaster VRK reported that the bridge had closed.", "VRK"),
        ("The newspaper Orstad Tidende reported that the bridge had closed.", "Orstad Tidende"),
        ("The tabloid Kveldsnytt said the bridge had closed.", "Kveldsnytt"),
        ("The Harbor Lantern newspaper reported that the bridge had closed.", "Harbor Lantern"),
        ("The nationalist Daily Beacon tabloid said the bridge had closed.", "Daily Beacon"),
        ("The Sandvik Courier reported that the bridge had closed.", "Sandvik Courier"),
        ("Per the state news agency Vestpress, the bridge had closed.", "Vestpress"),
    ])
    func anOutletNamedWithItsKindIsMedia(sentence: String, name: String) {
        let result = Story.attribute(sentence)
        let source = result.source(of: "the bridge had closed")
        #expect(source?.name == name)
        let profiled = SourceProfiler().profile(result.sources, in: Story.article([sentence]))
        #expect(profiled.first { $0.name == name }?.category == .media)
    }

    @Test func anAgencyInLowercaseAfterANameIsNoOutlet() {
        let result = Story.attribute("The Border agency said the bridge had closed.")
        #expect(result.source(of: "the bridge had closed")?.name != "Border")
    }

    @Test func whoTeachesAtASchoolHoldsATeachingPostThatWinsOverAPastRole() {
        #expect(category(titles: ["former federal prosecutor", "who now teaches at Kessel Law School"],
                         organizations: ["Kessel Law School"]) == .academic)
    }

    /// "Mina Oduya, policy director at Tidewatch, an advocacy group, said": the kind set beside a body's name after a
    /// comma says its category, as a kind before the name does ("the advocacy group Tidewatch").
    @Test func aKindSetBesideABodysNameSaysItsCategory() {
        let result = Story.attribute(
            "Mina Oduya, policy director at Tidewatch, an advocacy group, said workers had been left out.",
            "Ivo Pell, a spokesman for Greenfield Agri, a seed company, said farmers had been ignored.")
        let oduya = try! #require(result.source(of: "workers had been left out"))
        #expect(oduya.organizations == ["Tidewatch"])
        #expect(classifier.category(of: oduya) == .ngo)
        #expect(result.source(of: "farmers had been ignored").map(classifier.category) == .business)
    }

    /// "Orin Kask, who served as trade minister from 2014 to 2019,": the time a role was held ends the role phrase as a
    /// link does, so the past role makes a former official.
    @Test func theTimeARoleWasHeldEndsTheRole() {
        let result = Story.attribute(
            "Orin Kask, who served as trade minister from 2014 to 2019, said the talks were doomed.",
            "Ada Vale, who was mayor until 2019, said the port had failed.")
        #expect(result.source(of: "the talks were doomed").map(classifier.category) == .formerOfficial)
        #expect(result.source(of: "the port had failed").map(classifier.category) == .formerOfficial)
    }

    /// "Detective Inspector Claire Moss", "Chief Constable Ivo Rask": police ranks are public servants'; a forecaster is
    /// a scientist, whose weather service, when known, says more.
    @Test func policeRanksAndForecastersHaveTheirCategories() {
        #expect(category(titles: ["Detective Inspector"]) == .government)
        #expect(category(titles: ["Chief Constable"]) == .government)
        #expect(category(titles: ["coroner"]) == .government)
        #expect(category(titles: ["chief forecaster"]) == .academic)
        let result = Story.attribute("Chief forecaster Linnea Dahl said the winds would ease by noon.")
        #expect(result.source(of: "the winds would ease")?.titles == ["chief forecaster"])
    }

    /// "the national weather service said", "the ambulance service said": public emergency and weather services.
    @Test func weatherAndEmergencyServicesArePublicBodies() {
        #expect(category(name: "national weather service") == .government)
        #expect(category(name: "ambulance service") == .government)
        #expect(category(titles: ["head"], organizations: ["Halvard fire and rescue service"]) == .government)
    }

    /// "Gulls centre Viktor Hale": a bare head word beside the source's team is the post held there (a player's
    /// position), not the kind of body the source is, so "centre" makes no think tank.
    @Test func aBareHeadWordBesideTheSourcesOrganisationIsAPostNotAKind() {
        let result = Story.attribute("“We never stopped believing,” Gulls centre Viktor Hale said.")
        #expect(result.source(of: "We never stopped believing").map(classifier.category) == .other)
        #expect(category(titles: ["centre"], organizations: ["Gulls"]) == .other)
    }

    /// "Father Tomas Reyna", "Sister Mara Leon": a capitalised family word alone before a name is a clergy style,
    /// while "her father, Ivo Reyna," stays a family tie.
    @Test func aCapitalisedFamilyWordBeforeANameIsAClergyStyle() {
        let result = Story.attribute(
            "“No one should sleep in the cold,” Father Tomas Reyna said.", "“The children are safe,” Sister Mara Leon said.",
            "“We are doing what we can,” her father, Ivo Reyna, said.", "“Everyone is welcome,” Rabbi Lena Stoll said.",
            "“This is our duty,” Pastor Gil Arden said.", "“We pray for them,” the Rev. Martha Quill said.")
        #expect(result.source(of: "No one should sleep")?.name == "Tomas Reyna")
        #expect(result.source(of: "No one should sleep").map(classifier.category) == .religious)
        #expect(result.source(of: "The children are safe").map(classifier.category) == .religious)
        #expect(result.source(of: "We are doing what we can").map(classifier.category) == .citizen)
        #expect(result.source(of: "Everyone is welcome").map(classifier.category) == .religious)
        #expect(result.source(of: "This is our duty").map(classifier.category) == .religious)
        #expect(result.source(of: "We pray for them").map(classifier.category) == .religious)
    }

    /// "Ex-Senator Paul Veer" opening a sentence: the capitalised "Ex-" title is a former role, no word of the name, as
    /// "ex-mayor" is.
    @Test func aCapitalisedExTitleIsAFormerRoleNotPartOfTheName() {
        let result = Story.attribute(
            "Ex-Senator Paul Veer said the delay would cost millions.", "“It is a waste,” said ex-mayor Rita Oakes.")
        let veer = try! #require(result.source(of: "the delay would cost millions"))
        #expect(veer.name == "Paul Veer")
        #expect(classifier.category(of: veer) == .formerOfficial)
        #expect(result.source(of: "It is a waste").map(classifier.category) == .formerOfficial)
    }
}
