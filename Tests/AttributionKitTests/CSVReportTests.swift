import Testing
@testable import AttributionKit

@Suite struct CSVReportTests {
    /// Splits RFC 4180 text into records of fields, honouring quoted commas, quotes and line breaks.
    private func parse(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(csv)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\r\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
        }
        return records
    }

    @Test func oneRowPerAttributionUnderAHeader() throws {
        let rows = parse(try ReportRenderer().render(ReportFixtures.harborAudit, as: .csv))
        #expect(rows.count == 5)
        #expect(rows[0] == CSVReport.header)
        #expect(rows.allSatisfy { $0.count == CSVReport.header.count })
        let told = rows[4]
        #expect(told[CSVReport.header.firstIndex(of: "source")!] == "Tomas Reyl")
        #expect(told[CSVReport.header.firstIndex(of: "via")!] == "Coastal Wire")
        #expect(told[CSVReport.header.firstIndex(of: "paragraph")!] == "4")
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksRoundTrip() throws {
        var audit = ReportFixtures.hostileAudit
        audit.attributions[0].text = "one, \"two\"\nthree"
        let rows = parse(try ReportRenderer().render(audit, as: .csv))
        #expect(rows.count == 3)
        #expect(rows[1][CSVReport.header.firstIndex(of: "text")!] == "one, \"two\"\nthree")
        #expect(rows[1][CSVReport.header.firstIndex(of: "via")!] == "<i>Wire</i> | \"x\"")
    }

    @Test func aJointStatementNamesItsOtherSourcesInTheLastColumn() throws {
        var audit = ReportFixtures.harborAudit
        audit.attributions[0].jointSourceIDs = ["s2", "s3"]
        let rows = parse(try ReportRenderer().render(audit, as: .csv))
        let column = CSVReport.header.firstIndex(of: "joint_source_ids")!
        #expect(rows[1][column] == "s2; s3")
        #expect(rows[2][column] == "")
    }

    @Test func fieldsThatLookLikeFormulasStayText() {
        var output = ""
        CSVReport.appendRow(["=HYPERLINK(\"http://x.invalid\")", "+1+A1", "@SUM(A1)", "-2", "plain"], to: &output)
        #expect(output == "\"'=HYPERLINK(\"\"http://x.invalid\"\")\",'+1+A1,'@SUM(A1),-2,plain\r\n")
    }

    @Test func plainFieldsAreNotQuoted() {
        var line = ""
        CSVReport.appendRow(["a b", "c"], to: &line)
        #expect(line == "a b,c\r\n")
    }
}
