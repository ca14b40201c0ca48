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
        json.object { json in
            json.member("grouping", comparison.grouping.rawValue)
            json.member("articles", comparison.articles)
            json.key("groups")
            json.array(comparison.orderedKeys) { json, key in writeGroup(key, comparison.groups[key]!, into: &json) }
            json.key("sharedExperts")
            json.array(ComparisonView(comparison).sharedExperts) { json, shared in
                json.object { json in
                    json.member("name", shared.name)
                    json.key("groups")
                    json.array(shared.mentions) { json, mention in
                        json.object { json in
                            json.member("group", mention.key)
                            json.member("quotes", mention.quotes)
                        }
                    }
                }
            }
        }
        return json.finishLine()
    }

    private func writeGroup(_ key: String, _ tally: GroupTally, into json: inout JSONWriter) {
        json.object { json in
            json.member("group", key)
            json.member("articles", tally.articles)
            json.key("score")
            json.object { json in
                json.member("mean", tally.meanScore)
                json.member("sd", tally.scoreStandardDeviation)
            }
            json.member("attributions", tally.attributions)
            json.member("unattributed", tally.unattributed)
            json.member("quotedWords", tally.quotedWords)
            json.member("sources", tally.sources)
            json.member("womenShare", tally.womenShare)
            json.member("anonymousShare", tally.anonymousShare)
            json.member("secondhandShare", tally.secondhandShare)
            json.key("categories")
            counts(tally.categories, into: &json)
            json.key("sides")
            counts(tally.sides, into: &json)
            json.key("experts")
            json.array(tally.topExperts(ComparisonView.expertsPerGroup)) { json, expert in
                json.object { json in
                    json.member("name", expert.tally.name)
                    json.member("category", expert.tally.category)
                    json.member("quotes", expert.tally.quotes)
                    json.member("articles", expert.tally.articles)
                    json.member("titles", ExpertTally.ranked(expert.tally.titles))
                    json.member("organizations", ExpertTally.ranked(expert.tally.organizations))
                }
            }
        }
    }

    /// Counts as an object, largest first.
    private func counts(_ counts: [String: Int], into json: inout JSONWriter) {
        json.object { json in
            for key in ExpertTally.ranked(counts) {
                json.key(escaping: key)
                json.int(counts[key]!)
            }
        }
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
