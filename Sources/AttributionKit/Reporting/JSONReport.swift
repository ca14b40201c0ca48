import Foundation

/// Writes an audit as the JSON contract of `../shared/eval/README.md` plus `balance`
/// (schema in `docs/report-schema.json`): fixed key order, explicit `null`s.
struct JSONReport {
    let audit: Audit

    /// The report as one object in UTF-8; `pretty` indents it, otherwise it is one compact line (JSON Lines).
    func render(pretty: Bool) -> Data {
        // About the size of a compact report, so the buffer is rarely grown (and copied) while written.
        let capacity = 2048 + audit.attributions.count * 512 + audit.sources.count * 256
        var writer = JSONWriter(pretty: pretty, capacity: capacity)
        write(into: &writer)
        return writer.finishLineUTF8()
    }

    /// Sources and statements are written by position, each field read where it stands: iterating
    /// the arrays, or handing an element to a function, would copy it with every string it holds.
    func write(into json: inout JSONWriter) {
        json.object { json in
            json.key("article")
            writeArticle(into: &json)
            json.key("sources")
            json.beginArray()
            for index in audit.sources.indices { writeSource(at: index, into: &json) }
            json.endArray()
            json.key("quotes")
            let paragraphs = audit.article.paragraphNumbers
            json.beginArray()
            for index in audit.attributions.indices {
                let block = audit.attributions[index].blockIndex
                writeQuote(at: index, paragraph: paragraphs.indices.contains(block) ? paragraphs[block] : nil, into: &json)
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
    private func writeSource(at index: Int, into json: inout JSONWriter) {
        let sources = audit.sources
        json.beginObject()
        json.member("id", sources[index].id)
        json.member("name", sources[index].name)
        json.member("anonymous", sources[index].anonymous)
        json.member("description", sources[index].description)
        json.member("titles", sources[index].titles)
        json.member("organizations", sources[index].organizations)
        json.member("category", sources[index].category.rawValue)
        json.member("gender", sources[index].gender?.rawValue)
        json.member("side", sources[index].side)
        json.member("vague", sources[index].vague)
        json.endObject()
    }

    /// Written like `writeSource`.
    private func writeQuote(at index: Int, paragraph: Int?, into json: inout JSONWriter) {
        let quotes = audit.attributions
        json.beginObject()
        json.member("text", quotes[index].text)
        json.member("kind", quotes[index].kind.rawValue)
        json.member("source", quotes[index].sourceID)
        json.member("via", quotes[index].via)
        json.member("secondhand", quotes[index].viaIsOutlet)
        json.member("span", quotes[index].span)
        json.member("speakerSpan", quotes[index].speakerSpan)
        json.member("cueSpan", quotes[index].cueSpan)
        json.member("cue", quotes[index].cue)
        json.member("rule", quotes[index].rule)
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
