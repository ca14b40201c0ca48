/// Writes a comparison as JSON (derived figures, not the raw tallies: those are the Codable
/// `SourcingComparison` itself) or as CSV with one row per group.
struct ComparisonReport {
    let comparison: SourcingComparison

    static let csvHeader = [
        "group", "articles", "mean_score", "score_sd", "attributions", "sources", "women_share",
        "anonymous_share", "secondhand_share", "categories", "sides", "top_experts",
    ]

    func json(pretty: Bool) -> String {
        var json = JSONWriter(pretty: pretty)
        json.beginObject()
        json.key("grouping")
        json.string(comparison.grouping.rawValue)
        json.key("articles")
        json.int(comparison.articles)
        json.key("groups")
        json.beginArray()
        for key in comparison.orderedKeys {
            writeGroup(key, comparison.groups[key]!, into: &json)
        }
        json.endArray()
        json.key("sharedExperts")
        json.beginArray()
        for shared in ComparisonView(comparison).sharedExperts {
            json.beginObject()
            json.key("name")
            json.string(shared.name)
            json.key("groups")
            json.beginArray()
            for mention in shared.mentions {
                json.beginObject()
                json.key("group")
                json.string(mention.key)
                json.key("quotes")
                json.int(mention.quotes)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.finishLine()
    }

    private func writeGroup(_ key: String, _ tally: GroupTally, into json: inout JSONWriter) {
        json.beginObject()
        json.key("group")
        json.string(key)
        json.key("articles")
        json.int(tally.articles)
        json.key("score")
        json.beginObject()
        json.key("mean")
        json.number(tally.meanScore)
        json.key("sd")
        json.number(tally.scoreStandardDeviation)
        json.endObject()
        json.key("attributions")
        json.int(tally.attributions)
        json.key("unattributed")
        json.int(tally.unattributed)
        json.key("quotedWords")
        json.int(tally.quotedWords)
        json.key("sources")
        json.int(tally.sources)
        json.key("womenShare")
        optional(tally.womenShare, into: &json)
        json.key("anonymousShare")
        optional(tally.anonymousShare, into: &json)
        json.key("secondhandShare")
        optional(tally.secondhandShare, into: &json)
        json.key("categories")
        counts(tally.categories, into: &json)
        json.key("sides")
        counts(tally.sides, into: &json)
        json.key("experts")
        json.beginArray()
        for expert in tally.topExperts(ComparisonView.expertsPerGroup) {
            json.beginObject()
            json.key("name")
            json.string(expert.tally.name)
            json.key("category")
            json.string(expert.tally.category)
            json.key("quotes")
            json.int(expert.tally.quotes)
            json.key("articles")
            json.int(expert.tally.articles)
            json.key("titles")
            json.strings(ExpertTally.ranked(expert.tally.titles))
            json.key("organizations")
            json.strings(ExpertTally.ranked(expert.tally.organizations))
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func optional(_ value: Double?, into json: inout JSONWriter) {
        if let value { json.number(value) } else { json.null() }
    }

    /// Counts as an object, largest first.
    private func counts(_ counts: [String: Int], into json: inout JSONWriter) {
        json.beginObject()
        for key in ExpertTally.ranked(counts) {
            json.key(key)
            json.int(counts[key]!)
        }
        json.endObject()
    }

    /// Numbers stay numbers for spreadsheets: scores with two decimals, shares as fractions, empty when unknown.
    func csv() -> String {
        var output = ""
        CSVReport.appendRow(Self.csvHeader, to: &output)
        let fraction = { (value: Double?) in value.map { ReportNumbers.decimal($0, places: 4) } ?? "" }
        for key in comparison.orderedKeys {
            let tally = comparison.groups[key]!
            let mix = { (counts: [String: Int]) in
                ExpertTally.ranked(counts).map { "\($0) \(counts[$0]!)" }.joined(separator: "; ")
            }
            CSVReport.appendRow([
                key, String(tally.articles), ReportNumbers.decimal(tally.meanScore, places: 2),
                ReportNumbers.decimal(tally.scoreStandardDeviation, places: 2), String(tally.attributions),
                String(tally.sources), fraction(tally.womenShare), fraction(tally.anonymousShare),
                fraction(tally.secondhandShare), mix(tally.categories), mix(tally.sides),
                tally.topExperts(ComparisonView.expertsPerGroup).map { "\($0.tally.name) (\($0.tally.quotes))" }
                    .joined(separator: "; "),
            ], to: &output)
        }
        return output
    }
}
