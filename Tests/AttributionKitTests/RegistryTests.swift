import Foundation
import Testing
@testable import AttributionKit

@Suite struct RegistryTests {
    @Test func bundledRegistryKnowsAFewHundredOrganisations() {
        #expect(OrganizationRegistry.bundled.count >= 300)
    }

    @Test func aliasesAndSpellingsFindTheSameOrganisation() {
        let registry = OrganizationRegistry.bundled
        let csis = registry.organization(named: "CSIS")
        #expect(csis?.name == "Center for Strategic and International Studies")
        #expect(csis?.category == .thinkTank)
        #expect(csis?.side == "United States")
        #expect(registry.organization(named: "the Pentagon")?.name == "U.S. Department of Defense")
        #expect(registry.organization(named: "U.S. Treasury Department")?.category == .government)
        #expect(registry.organization(named: "FDD")?.name == "Foundation for Defense of Democracies")
    }

    @Test func stateMediaCarryTheirMarkAndCountry() {
        let xinhua = OrganizationRegistry.bundled.organization(named: "Xinhua")
        #expect(xinhua?.category == .media)
        #expect(xinhua?.isStateMedia == true)
        #expect(xinhua?.side == "China")
        #expect(OrganizationRegistry.bundled.organization(named: "Reuters")?.isStateMedia == false)
    }

    @Test func userEntriesAddToAndOverrideTheBundledOnes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString).tsv")
        try """
        # fictional additions
        Marlowe Policy Lab\tMPL\tthink_tank\tCanada
        Center for Strategic and International Studies\tCSIS\tngo\tUnited States
        """.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let registry = try OrganizationRegistry(addingContentsOf: url)
        #expect(registry.organization(named: "MPL")?.side == "Canada")
        #expect(registry.organization(named: "CSIS")?.category == .ngo)
        #expect(registry.organization(named: "Xinhua")?.category == .media)
    }

    @Test func aBadCategoryNamesTheFileAndLine() {
        #expect {
            try OrganizationRegistry(text: "# header\nAcme Watch\t\twatchdog\n", origin: "extra.tsv")
        } throws: { error in
            "\(error)".hasPrefix("extra.tsv:2: unknown category 'watchdog' for Acme Watch")
        }
    }

    @Test func aMissingFileIsAClearError() {
        let url = URL(fileURLWithPath: "/nonexistent/registry.tsv")
        #expect {
            try OrganizationRegistry(addingContentsOf: url)
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/registry.tsv: cannot read the registry file")
        }
    }

    @Test func namesCompareWithoutCasePunctuationAndPossessives() {
        #expect(Array(NameWords("U.S. Treasury Department").words) == ["us", "treasury", "department"])
        #expect(Array(NameWords("Iran\u{2019}s mission").words) == ["iran", "mission"])
        #expect(Array(NameWords("Brig. Gen. Tal Orr").words) == ["brig", "gen", "tal", "orr"])
        #expect(Array(NameWords("B'Tselem").words) == ["btselem"])
        #expect(Array(NameWords("S&P Global").words) == ["s", "and", "p", "global"])
        #expect(Array(NameWords("Élysée Palace").words) == ["Élysée", "palace"])
        #expect(Array(NameWords("New Delhi\u{2013}based fellow").words) == ["new", "delhi", "based", "fellow"])
        let official = NameWords("a Pentagon official")
        #expect(official.words.indices.map(official.isCapitalized) == [false, true, false])
        #expect(NameWords("The Harbour Ledger").key == "harbour ledger")
    }

    @Test func organisationsAreFoundInsideDescriptions() {
        let found = OrganizationRegistry.bundled.firstOrganization(in: NameWords("a former Pentagon budget official"))
        #expect(found?.organization.name == "U.S. Department of Defense")
        #expect(OrganizationRegistry.bundled.firstOrganization(in: NameWords("a man who spoke to us")) == nil)
    }
}
