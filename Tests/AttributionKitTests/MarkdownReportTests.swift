import Testing
@testable import AttributionKit

@Suite struct MarkdownReportTests {
    /// Cells of a GFM table row: split at pipes not escaped by a backslash.
    private func cells(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count - 1
    }

    /// Every table (a run of lines starting with `|`) keeps the header's number of cells.
    private func expectTablesIntact(_ markdown: String) {
        var header: Int?
        var tables = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { header = nil; continue }
            if let header {
                #expect(cells(line) == header, "row breaks its table: \(line)")
            } else {
                header = cells(line)
                tables += 1
            }
        }
        #expect(tables >= 2)
    }

    @Test func reportHasScoreSourcesFlagsAndAttributionsBySource() throws {
        let markdown = try ReportRenderer().render(ReportFixtures.harborAudit, as: .md)
        #expect(markdown.hasPrefix("# Sourcing audit: Veldmark harbor fees rise again\n"))
        #expect(markdown.contains("**Outlet:** The Lakeside Ledger"))
        #expect(markdown.contains("## Balance score: 61 / 100"))
        #expect(markdown.contains("| named sources | 67% | 50% | Two of three sources are named. |"))
        #expect(markdown.contains("| s2 | Tomas Reyl | senior fellow, Harbor Policy Institute | think tank |  | 2 | 59% | Coastal Wire |"))
        #expect(markdown.contains("- **anonymous\\_source**: One source is not named.\n"))
        #expect(markdown.contains("### Tomas Reyl (think tank · senior fellow, Harbor Policy Institute)"))
        #expect(markdown.contains("- ¶4 · indirect · cue *told*: “fees would rise again next spring” (via: Coastal Wire)"))
        expectTablesIntact(markdown)
    }

    @Test func tablesStayTablesWithPipesStarsAndScripts() throws {
        let markdown = try ReportRenderer().render(ReportFixtures.hostileAudit, as: .md)
        expectTablesIntact(markdown)
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("Ana \\<Vel\\> Ostrova"))
        #expect(markdown.contains("head of R\\&D \\| Ops, \\*Star\\* \\& \\`Co\\`"))
    }

    @Test func summaryIsAtMostFifteenLines() throws {
        var audit = ReportFixtures.hostileAudit
        audit.balance.flags = (1...9).map { Balance.Flag(code: "f\($0)", message: "Flag number \($0).", sources: []) }
        let summary = try ReportRenderer(form: .summary).render(audit, as: .md)
        let lines = summary.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 15)
        #expect(summary.contains("Score **61/100**"))
        #expect(summary.contains("… and 4 more flags"))
        #expect(!summary.contains("<script>"))
    }

    @Test func onlyPlainWebAddressesBecomeAutolinks() throws {
        var audit = ReportFixtures.harborAudit
        audit.article.url = "https://ledger.invalid/harbor_fees?x=1&y=2"
        #expect(try ReportRenderer().render(audit, as: .md).contains("- **Link:** <https://ledger.invalid/harbor_fees?x=1&y=2>\n"))
        audit.article.url = "https://ledger.invalid/a><script>x</script>"
        #expect(!(try ReportRenderer().render(audit, as: .md)).contains("Link:"))
        audit.article.url = "javascript:alert(1)"
        #expect(!(try ReportRenderer().render(audit, as: .md)).contains("Link:"))
    }

    @Test func summaryOnlyExistsInMarkdown() {
        #expect(throws: ReportError.formNeedsMarkdown(.summary, .html)) {
            try ReportRenderer(form: .summary).render(ReportFixtures.harborAudit, as: .html)
        }
    }

    @Test func escapingNeutralisesMarkupAndLineStarts() {
        #expect(MarkdownContentType.escape("a|b*c_d`e<f[g]h") == "a\\|b\\*c\\_d\\`e\\<f\\[g\\]h")
        #expect(MarkdownContentType.escape("# title") == "\\# title")
        #expect(MarkdownContentType.escape("- item") == "\\- item")
        #expect(MarkdownContentType.escape("12. point") == "12\\. point")
        #expect(MarkdownContentType.escape("3) point") == "3\\) point")
        #expect(MarkdownContentType.escape("in 2024. Then") == "in 2024. Then")
        #expect(MarkdownContentType.escape("> quote") == "\\> quote")
        #expect(MarkdownContentType.escape("one\ntwo\r\nthree") == "one two three")
        #expect(MarkdownContentType.escape("a \\ b") == "a \\\\ b")
    }
}
