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

    func write(into json: inout JSONWriter) {
        json.beginObject()
        json.key("article")
        writeArticle(into: &json)
        json.key("sources")
        json.beginArray()
        for source in audit.sources { writeSource(source, into: &json) }
        json.endArray()
        json.key("quotes")
        json.beginArray()
        let paragraphs = audit.article.paragraphNumbers
        for attribution in audit.attributions {
            let paragraph = paragraphs.indices.contains(attribution.blockIndex) ? paragraphs[attribution.blockIndex] : nil
            writeQuote(attribution, paragraph: paragraph, into: &json)
        }
        json.endArray()
        json.key("balance")
        writeBalance(into: &json)
        json.endObject()
    }

    private func writeArticle(into json: inout JSONWriter) {
        let article = audit.article
        json.beginObject()
        json.key("title")
        json.string(article.title)
        json.key("outlet")
        json.string(article.outlet)
        json.key("byline")
        json.strings(article.byline)
        json.key("date")
        json.string(article.date)
        json.key("url")
        json.string(article.url)
        json.key("id")
        json.string(article.id)
        json.key("origin")
        json.string(article.origin)
        json.endObject()
    }

    private func writeSource(_ source: Source, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(source.id)
        json.key("name")
        json.string(source.name)
        json.key("anonymous")
        json.bool(source.anonymous)
        json.key("description")
        json.string(source.description)
        json.key("titles")
        json.strings(source.titles)
        json.key("organizations")
        json.strings(source.organizations)
        json.key("category")
        json.string(source.category.rawValue)
        json.key("gender")
        json.string(source.gender?.rawValue)
        json.key("side")
        json.string(source.side)
        json.key("vague")
        json.bool(source.vague)
        json.endObject()
    }

    private func writeQuote(_ quote: Attribution, paragraph: Int?, into json: inout JSONWriter) {
        json.beginObject()
        json.key("text")
        json.string(quote.text)
        json.key("kind")
        json.string(quote.kind.rawValue)
        json.key("source")
        json.string(quote.sourceID)
        json.key("via")
        json.string(quote.via)
        json.key("secondhand")
        json.bool(quote.viaIsOutlet)
        json.key("span")
        json.span(quote.span)
        json.key("speakerSpan")
        json.span(quote.speakerSpan)
        json.key("cueSpan")
        json.span(quote.cueSpan)
        json.key("cue")
        json.string(quote.cue)
        json.key("paragraph")
        json.int(paragraph)
        json.endObject()
    }

    private func writeBalance(into json: inout JSONWriter) {
        let balance = audit.balance
        json.beginObject()
        json.key("score")
        json.number(balance.score)
        json.key("components")
        json.beginArray()
        for component in balance.components {
            json.beginObject()
            json.key("name")
            json.string(component.name)
            json.key("value")
            json.number(component.value)
            json.key("weight")
            json.number(component.weight)
            json.key("explanation")
            json.string(component.explanation)
            json.endObject()
        }
        json.endArray()
        json.key("flags")
        json.beginArray()
        for flag in balance.flags {
            json.beginObject()
            json.key("code")
            json.string(flag.code)
            json.key("message")
            json.string(flag.message)
            json.key("sources")
            json.strings(flag.sources)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
