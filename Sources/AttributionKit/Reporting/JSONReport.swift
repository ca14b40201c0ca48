/// Writes an audit as the JSON contract of `../shared/eval/README.md` plus `balance`
/// (schema in `docs/report-schema.json`): fixed key order, explicit `null`s.
struct JSONReport {
    let audit: Audit

    /// The report as one object; `pretty` indents it, otherwise it is one compact line (JSON Lines).
    func render(pretty: Bool) -> String {
        var writer = JSONWriter(pretty: pretty, capacity: 1024 + audit.attributions.count * 256)
        write(into: &writer)
        return writer.finishLine()
    }

    /// Sources and statements are written in place by index: iterating the arrays would copy each
    /// element, retaining and releasing every string it holds.
    func write(into json: inout JSONWriter) {
        json.object { json in
            json.key("article")
            writeArticle(into: &json)
            json.key("sources")
            json.beginArray()
            for index in audit.sources.indices { writeSource(audit.sources[index], into: &json) }
            json.endArray()
            json.key("quotes")
            let paragraphs = audit.article.paragraphNumbers
            json.beginArray()
            for index in audit.attributions.indices {
                let block = audit.attributions[index].blockIndex
                writeQuote(audit.attributions[index], paragraph: paragraphs.indices.contains(block) ? paragraphs[block] : nil, into: &json)
            }
            json.endArray()
            json.key("balance")
            writeBalance(into: &json)
        }
    }

    private func writeArticle(into json: inout JSONWriter) {
        let article = audit.article
        json.object { json in
            json.member("title", article.title)
            json.member("outlet", article.outlet)
            json.member("byline", article.byline)
            json.member("date", article.date)
            json.member("url", article.url)
            json.member("id", article.id)
            json.member("origin", article.origin)
        }
    }

    /// Written between `beginObject` and `endObject` rather than in `object`'s closure, which
    /// would capture (copy) the source with all its strings.
    private func writeSource(_ source: Source, into json: inout JSONWriter) {
        json.beginObject()
        json.member("id", source.id)
        json.member("name", source.name)
        json.member("anonymous", source.anonymous)
        json.member("description", source.description)
        json.member("titles", source.titles)
        json.member("organizations", source.organizations)
        json.member("category", source.category.rawValue)
        json.member("gender", source.gender?.rawValue)
        json.member("side", source.side)
        json.member("vague", source.vague)
        json.endObject()
    }

    /// Written like `writeSource`, without copying the statement into a closure.
    private func writeQuote(_ quote: Attribution, paragraph: Int?, into json: inout JSONWriter) {
        json.beginObject()
        json.member("text", quote.text)
        json.member("kind", quote.kind.rawValue)
        json.member("source", quote.sourceID)
        json.member("via", quote.via)
        json.member("secondhand", quote.viaIsOutlet)
        json.member("span", quote.span)
        json.member("speakerSpan", quote.speakerSpan)
        json.member("cueSpan", quote.cueSpan)
        json.member("cue", quote.cue)
        json.member("rule", quote.rule)
        json.member("paragraph", paragraph)
        json.endObject()
    }

    private func writeBalance(into json: inout JSONWriter) {
        let balance = audit.balance
        json.object { json in
            json.member("score", balance.score)
            json.key("components")
            json.array(balance.components) { json, component in
                json.object { json in
                    json.member("name", component.name)
                    json.member("value", component.value)
                    json.member("weight", component.weight)
                    json.member("explanation", component.explanation)
                }
            }
            json.key("flags")
            json.array(balance.flags) { json, flag in
                json.object { json in
                    json.member("code", flag.code)
                    json.member("message", flag.message)
                    json.member("sources", flag.sources)
                }
            }
        }
    }
}
