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

    /// Sources and statements are written through pointers, each field read where it stands:
    /// iterating the arrays, or handing an element to a function, would copy it with every string
    /// it holds, and reading it by index retains and releases the array for every element.
    func write(into json: inout JSONWriter) {
        json.object { json in
            json.key("article")
            writeArticle(into: &json)
            json.key("sources")
            json.beginArray()
            audit.sources.withUnsafeBufferPointer { sources in
                for index in sources.indices { writeSource(sources.baseAddress! + index, into: &json) }
            }
            json.endArray()
            json.key("quotes")
            let paragraphs = audit.article.paragraphNumbers
            json.beginArray()
            audit.attributions.withUnsafeBufferPointer { quotes in
                for index in quotes.indices {
                    let quote = quotes.baseAddress! + index
                    let block = quote.pointee.blockIndex
                    writeQuote(quote, paragraph: paragraphs.indices.contains(block) ? paragraphs[block] : nil, into: &json)
                }
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
    private func writeSource(_ source: UnsafePointer<Source>, into json: inout JSONWriter) {
        json.beginObject()
        json.member("id", source.pointee.id)
        json.member("name", source.pointee.name)
        json.member("anonymous", source.pointee.anonymous)
        json.member("description", source.pointee.description)
        json.member("titles", source.pointee.titles)
        json.member("organizations", source.pointee.organizations)
        json.member("category", source.pointee.category.rawValue)
        json.member("gender", source.pointee.gender?.rawValue)
        json.member("side", source.pointee.side)
        json.member("vague", source.pointee.vague)
        json.endObject()
    }

    /// Written like `writeSource`.
    private func writeQuote(_ quote: UnsafePointer<Attribution>, paragraph: Int?, into json: inout JSONWriter) {
        json.beginObject()
        json.member("text", quote.pointee.text)
        json.member("kind", quote.pointee.kind.rawValue)
        json.member("source", quote.pointee.sourceID)
        // Only for a statement of several sources: the contract's one `source` stays what every other statement has.
        if !quote.pointee.jointSourceIDs.isEmpty { json.member("jointSources", quote.pointee.jointSourceIDs) }
        json.member("via", quote.pointee.via)
        json.member("secondhand", quote.pointee.viaIsOutlet)
        json.member("span", quote.pointee.span)
        json.member("speakerSpan", quote.pointee.speakerSpan)
        json.member("cueSpan", quote.pointee.cueSpan)
        json.member("cue", quote.pointee.cue)
        json.member("rule", quote.pointee.rule)
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
