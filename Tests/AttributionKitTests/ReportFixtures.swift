@testable import AttributionKit

/// Hand-built audits of short fictional articles for the report tests (invented people and places).
enum ReportFixtures {
    /// A plain article: a think-tank fellow, an anonymous official, a secondhand quote, an unattributed claim.
    static var harborAudit: Audit {
        build(
            title: "Veldmark harbor fees rise again",
            paragraphs: [
                "The port authority of Veldmark will raise berth fees by 12 percent, according to a statement released Tuesday.",
                "\"This is a fair price for everyone who uses the quay,\" said Tomas Reyl, a senior fellow at the Harbor Policy Institute.",
                "An official who asked not to be named said the plan had been rushed.",
                "Reyl told the Coastal Wire that fees would rise again next spring.",
            ],
            quotes: [
                ("will raise berth fees by 12 percent", .indirect, "s1", nil, false, "according to"),
                ("This is a fair price for everyone who uses the quay,", .direct, "s2", nil, false, "said"),
                ("the plan had been rushed", .indirect, "s3", nil, false, "said"),
                ("fees would rise again next spring", .indirect, "s2", "Coastal Wire", true, "told"),
            ],
            sources: [
                Source(id: "s1", name: "Veldmark Port Authority", category: .government, side: "Veldmark"),
                Source(
                    id: "s2", name: "Tomas Reyl", titles: ["senior fellow"], organizations: ["Harbor Policy Institute"],
                    category: .thinkTank, gender: .male),
                Source(id: "s3", anonymous: true, description: "an official", category: .anonymous),
            ]
        )
    }

    /// An article whose every field is full of characters that break Markdown, HTML and CSV.
    static var hostileAudit: Audit {
        build(
            title: "<script>alert('t')</script> | *Tide* & _wind_ `code` [x](y)",
            paragraphs: [
                "# Not a heading | pipe * star _under_ `tick` <b>bold</b> & [link](javascript:alert(1))",
                "\"Fees | rise *now* <script>alert(1)</script> & \"more\"\" said Ana <Vel> Ostrova, head of R&D | Ops.",
                "1. Not a list, claimed a spokesperson for Brine & Sons, per the <i>Wire</i>.",
            ],
            quotes: [
                ("Fees | rise *now* <script>alert(1)</script> & \"more\"", .direct, "s1", "<i>Wire</i> | \"x\"", true, "said"),
                ("Not a list", .indirect, "s2", "the <i>Wire</i>", true, "claimed"),
            ],
            sources: [
                Source(
                    id: "s1", name: "Ana <Vel> Ostrova", titles: ["head of R&D | Ops"], organizations: ["*Star* & `Co`"],
                    category: .business, gender: .female, side: "<b>North</b>"),
                Source(id: "s2", anonymous: true, description: "a spokesperson for Brine & Sons | _x_", category: .business),
            ],
            flags: [Balance.Flag(code: "single_<b>", message: "Only one *named* source & <script>x</script> | here", sources: ["s1"])]
        )
    }

    typealias QuoteSpec = (text: String, kind: Attribution.Kind, source: String?, via: String?, secondhand: Bool, cue: String)

    /// Lays the paragraphs out after a title line, finds each quote's text in them and builds the audit.
    static func build(
        title: String, paragraphs: [String], quotes: [QuoteSpec], sources: [Source],
        flags: [Balance.Flag] = [], outlet: String? = "The Lakeside Ledger", date: String? = "2026-03-14",
        byline: [String] = ["Jane Okafor"], score: Double = 61.25
    ) -> Audit {
        var blocks: [Block] = []
        var offset = 0
        for (index, text) in ([title, "By Jane Okafor"] + paragraphs).enumerated() {
            let kind: Block.Kind = index == 0 ? .title : index == 1 ? .byline : .body
            blocks.append(Block(kind: kind, text: text, offsets: .contiguous(start: offset)))
            offset += text.unicodeScalars.count + 2
        }
        let article = Article(
            id: "fixture-\(title.unicodeScalars.count)", origin: "fixture.txt", title: title, outlet: outlet,
            byline: byline, date: date, format: .text, blocks: blocks)
        let attributions = quotes.map { quote -> Attribution in
            let (blockIndex, range) = locate(quote.text, in: blocks)
            let block = blocks[blockIndex]
            let cueRange = locate(quote.cue, in: block)
            return Attribution(
                kind: quote.kind, text: quote.text, sourceID: quote.source, via: quote.via, viaIsOutlet: quote.secondhand,
                cue: quote.cue, blockIndex: blockIndex, span: block.inputSpan(range),
                cueSpan: cueRange.map { block.inputSpan($0) })
        }
        let balance = Balance(
            score: score,
            components: [
                Balance.Component(name: "named_sources", value: 0.6667, weight: 0.5, explanation: "Two of three sources are named."),
                Balance.Component(name: "diversity", value: 0.5583, weight: 0.5, explanation: "Three categories | one side."),
            ],
            flags: flags.isEmpty
                ? [Balance.Flag(code: "anonymous_source", message: "One source is not named.", sources: ["s3"])] : flags)
        return Audit(article: article, sources: sources, attributions: attributions, balance: balance)
    }

    private static func locate(_ needle: String, in blocks: [Block]) -> (Int, Range<Int>) {
        for (index, block) in blocks.enumerated() where block.kind == .body {
            if let range = locate(needle, in: block) { return (index, range) }
        }
        fatalError("fixture quote not found: \(needle)")
    }

    private static func locate(_ needle: String, in block: Block) -> Range<Int>? {
        let hay = Array(block.text.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        guard pin.count <= hay.count else { return nil }
        for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
            return start..<start + pin.count
        }
        return nil
    }
}
