/// What the article templates show, computed once from an `Audit` so the templates only place
/// ready-made strings (they never see the model types). Every string is raw text: the templates'
/// content type (HTML or Markdown) escapes it; only the `…HTML` fields come pre-rendered by libcmark.
struct ArticleReportView {
    struct Component {
        let name: String
        let value: String
        let weight: String
        let explanation: String
        let explanationHTML: String
    }

    struct SourceRow {
        let id: String
        let label: String
        let anonymous: Bool
        let credentials: String?
        let category: String
        let categoryCode: String
        let gender: String?
        let side: String?
        let quotes: Int
        /// "1 attribution", "3 attributions".
        let quotesText: String
        let share: String
        let via: String?
    }

    struct Flag {
        let code: String
        let message: String
        let messageHTML: String
        /// The sources behind the flag, linked to their cards (named apart from the view's `sources`
        /// so Mustache never climbs to the outer list).
        let flaggedSources: [FlaggedSource]
    }

    struct FlaggedSource {
        let cardID: String
        let cardLabel: String
    }

    struct Quote {
        /// Id of the highlighted words in the article text.
        let textAnchor: String?
        let paragraph: String
        let kind: String
        let text: String
        let cue: String?
        let via: String?
    }

    struct Group {
        let anchor: String
        /// Id of the source card, nil for the quotes without a speaker.
        let cardID: String?
        let label: String
        let details: String?
        let quotes: [Quote]
    }

    struct Mark {
        let markID: String?
        /// Where the highlight links: the source card, or the list of quotes without a speaker.
        let href: String
        let kind: String
        let title: String
    }

    struct Segment {
        let text: String
        let mark: Mark?
    }

    struct Paragraph {
        let number: Int?
        let heading: Bool
        let segments: [Segment]
    }

    /// A hyperlink of the article (Markdown input): a citation the reader can follow.
    struct Citation {
        let anchorText: String
        let destination: String
        /// The destination when it is http(s), safe to put in an `href`.
        let href: String?
        let paragraph: String
    }

    let title: String
    let outlet: String?
    let date: String?
    let byline: String?
    /// The article's url when it is a plain http(s) address, safe in an `href` and a Markdown autolink.
    let link: String?
    let score: String
    let scoreBand: String
    let components: [Component]
    let sources: [SourceRow]
    let flags: [Flag]
    let groups: [Group]
    let paragraphs: [Paragraph]
    let citations: [Citation]
    let charts: [BarChart]
    let sourceCount: Int
    let namedCount: Int
    let anonymousCount: Int
    let quoteCount: Int
    let directCount: Int
    let partialCount: Int
    let indirectCount: Int
    let secondhandCount: Int
    /// The three sources with most quoted words, for the summary.
    let topSources: [SourceRow]
    /// At most five flags for the summary, and how many were left out.
    let summaryFlags: [Flag]
    let moreFlags: Int?
    let generator: String

    private static let unattributedAnchor = "unattributed"

    init(_ audit: Audit) {
        let article = audit.article
        title = article.title ?? "Untitled article"
        outlet = article.outlet
        date = article.date
        byline = article.byline.isEmpty ? nil : article.byline.joined(separator: ", ")
        link = article.url.flatMap(Self.safeLink)
        score = ReportNumbers.score(audit.balance.score)
        scoreBand = audit.balance.score >= 70 ? "good" : audit.balance.score >= 40 ? "fair" : "poor"
        generator = "attrib \(AttribVersion.current)"

        components = audit.balance.components.map { component in
            Component(
                name: ReportNumbers.words(component.name), value: ReportNumbers.percent(component.value),
                weight: ReportNumbers.percent(component.weight), explanation: component.explanation,
                explanationHTML: CommonMark.inlineHTML(MarkdownContentType.escape(component.explanation)))
        }

        let totalWords = audit.attributions.reduce(0) { $0 + $1.wordCount }
        var wordsBySource: [String: Double] = [:]
        var quotesBySource: [String: [Attribution]] = [:]
        for attribution in audit.attributions {
            // A statement several sources made together is each one's, its words shared equally.
            let keys = [attribution.sourceID ?? Self.unattributedAnchor] + attribution.jointSourceIDs
            for key in keys {
                wordsBySource[key, default: 0] += Double(attribution.wordCount) / Double(keys.count)
                quotesBySource[key, default: []].append(attribution)
            }
        }
        let share = { (key: String) -> Double in
            totalWords == 0 ? 0 : wordsBySource[key, default: 0] / Double(totalWords)
        }

        let rows = audit.sources.map { source in
            let quotes = quotesBySource[source.id, default: []]
            var vias: [String] = []
            for via in quotes.compactMap(\.via) where !vias.contains(via) { vias.append(via) }
            let credentials = source.titles + source.organizations
            return SourceRow(
                id: source.id, label: source.label, anonymous: source.anonymous,
                credentials: credentials.isEmpty ? nil : credentials.joined(separator: ", "),
                category: ReportNumbers.words(source.category.rawValue), categoryCode: source.category.rawValue,
                gender: source.gender?.rawValue, side: source.side, quotes: quotes.count,
                quotesText: ReportNumbers.counted(quotes.count, "attribution"),
                share: ReportNumbers.percent(share(source.id)), via: vias.isEmpty ? nil : vias.joined(separator: "; "))
        }
        sources = rows
        let labels = Dictionary(audit.sources.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })

        flags = audit.balance.flags.map { flag in
            Flag(
                code: flag.code, message: flag.message,
                messageHTML: CommonMark.inlineHTML(MarkdownContentType.escape(flag.message)),
                flaggedSources: flag.sources.map { FlaggedSource(cardID: $0, cardLabel: labels[$0] ?? $0) })
        }
        summaryFlags = Array(flags.prefix(5))
        moreFlags = flags.count > 5 ? flags.count - 5 : nil

        let paragraphNumbers = article.paragraphNumbers
        let anchors = Dictionary(
            audit.attributions.enumerated().map { ($0.element.span, "q\($0.offset + 1)") },
            uniquingKeysWith: { first, _ in first })
        let quoteView = { (attribution: Attribution) -> Quote in
            let number = paragraphNumbers.indices.contains(attribution.blockIndex) ? paragraphNumbers[attribution.blockIndex] : nil
            return Quote(
                textAnchor: anchors[attribution.span], paragraph: number.map { "¶\($0)" } ?? "–",
                kind: attribution.kind.rawValue, text: attribution.text, cue: attribution.cue, via: attribution.via)
        }
        var groups = rows.compactMap { row -> Group? in
            guard let quotes = quotesBySource[row.id], !quotes.isEmpty else { return nil }
            let details = [row.category, row.credentials].compactMap { $0 }.joined(separator: " · ")
            return Group(anchor: "g-\(row.id)", cardID: row.id, label: row.label, details: details, quotes: quotes.map(quoteView))
        }
        if let orphans = quotesBySource[Self.unattributedAnchor] {
            groups.append(
                Group(anchor: "g-\(Self.unattributedAnchor)", cardID: nil, label: "No speaker found", details: nil, quotes: orphans.map(quoteView)))
        }
        self.groups = groups

        paragraphs = Self.paragraphs(of: audit, numbers: paragraphNumbers, anchors: anchors, labels: labels)
        citations = article.blocks.enumerated().flatMap { index, block in
            block.links.map { link in
                Citation(
                    anchorText: link.text, destination: link.destination, href: Self.safeLink(link.destination),
                    paragraph: paragraphNumbers[index].map { "¶\($0)" } ?? "–")
            }
        }

        sourceCount = audit.sources.count
        anonymousCount = audit.sources.count { $0.anonymous }
        namedCount = sourceCount - anonymousCount
        quoteCount = audit.attributions.count
        directCount = audit.attributions.count { $0.kind == .direct }
        partialCount = audit.attributions.count { $0.kind == .partial }
        indirectCount = audit.attributions.count { $0.kind == .indirect }
        secondhandCount = audit.attributions.count { $0.viaIsOutlet }
        topSources = Array(
            rows.filter { $0.quotes > 0 }
                .sorted { (share($0.id), $0.quotes) > (share($1.id), $1.quotes) }
                .prefix(3))

        charts = Self.charts(of: audit, share: share, wordsBySource: wordsBySource, totalWords: totalWords)
    }

    /// `url` when it is http(s) without spaces, quotes or angle brackets; other schemes
    /// (`javascript:`, `data:`) never reach an `href`, and the address cannot leave a Markdown autolink.
    private static func safeLink(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        let unsafe = url.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "`" || $0.properties.isWhitespace }
        return unsafe ? nil : url
    }

    /// The article's readable blocks, cut into plain and highlighted segments.
    private static func paragraphs(
        of audit: Audit, numbers: [Int?], anchors: [TextSpan: String], labels: [String: String]
    ) -> [Paragraph] {
        audit.article.blocks.enumerated().compactMap { index, block in
            switch block.kind {
            case .body, .blockQuote, .listItem, .heading: break
            default: return nil
            }
            let scalars = block.text.scalarArray
            var marks: [(range: Range<Int>, mark: Mark)] = []
            for attribution in audit.attributions {
                let href = attribution.sourceID ?? "g-\(unattributedAnchor)"
                let label = attribution.sourceID.flatMap { labels[$0] } ?? "No speaker found"
                if let range = block.textRange(of: attribution.span, count: scalars.count) {
                    marks.append((range, Mark(
                        markID: anchors[attribution.span], href: href, kind: attribution.kind.rawValue,
                        title: "\(label) · \(attribution.kind.rawValue)")))
                }
                if let speaker = attribution.speakerSpan, let range = block.textRange(of: speaker, count: scalars.count) {
                    marks.append((range, Mark(markID: nil, href: href, kind: "speaker", title: label)))
                }
            }
            marks.sort { $0.range.lowerBound < $1.range.lowerBound }
            var segments: [Segment] = []
            var cursor = 0
            for (range, mark) in marks where range.lowerBound >= cursor {
                if range.lowerBound > cursor { segments.append(Segment(text: String(scalars: scalars[cursor..<range.lowerBound]), mark: nil)) }
                segments.append(Segment(text: String(scalars: scalars[range]), mark: mark))
                cursor = range.upperBound
            }
            if cursor < scalars.count { segments.append(Segment(text: String(scalars: scalars[cursor...]), mark: nil)) }
            return Paragraph(number: numbers[index], heading: block.kind == .heading, segments: segments)
        }
    }

    /// Share of quoted words by source (top eight), by category and by gender.
    private static func charts(
        of audit: Audit, share: (String) -> Double, wordsBySource: [String: Double], totalWords: Int
    ) -> [BarChart] {
        guard totalWords > 0 else { return [] }
        let fraction = { (words: Double) in words / Double(totalWords) }
        var bySource = audit.sources
            .filter { wordsBySource[$0.id, default: 0] > 0 }
            .map { BarChart.Item(label: $0.label, fraction: share($0.id), kind: $0.category.rawValue) }
            .sorted { $0.fraction > $1.fraction }
        if bySource.count > 8 {
            let rest = bySource[8...].reduce(0) { $0 + $1.fraction }
            bySource = Array(bySource.prefix(8)) + [BarChart.Item(label: "\(bySource.count - 8) others", fraction: rest, kind: "other")]
        }

        var byCategory: [SourceCategory: Double] = [:]
        var byGender: [String: Double] = [:]
        for source in audit.sources {
            let words = wordsBySource[source.id, default: 0]
            byCategory[source.category, default: 0] += words
            byGender[source.gender?.rawValue ?? "unknown", default: 0] += words
        }
        let categories = SourceCategory.allCases
            .filter { byCategory[$0, default: 0] > 0 }
            .map { BarChart.Item(label: ReportNumbers.words($0.rawValue), fraction: fraction(byCategory[$0]!), kind: $0.rawValue) }
            .sorted { $0.fraction > $1.fraction }
        let genders = [("female", "women"), ("male", "men"), ("unknown", "not stated")]
            .filter { byGender[$0.0, default: 0] > 0 }
            .map { BarChart.Item(label: $0.1, fraction: fraction(byGender[$0.0]!), kind: $0.0) }

        // Words without a speaker get a bar of their own in every chart, so each chart adds up to 100%.
        let orphanBar = wordsBySource[unattributedAnchor].map {
            [BarChart.Item(label: "No speaker found", fraction: fraction($0), kind: "none")]
        } ?? []
        return [
            BarChart(title: "Share of quoted words by source", items: bySource + orphanBar),
            BarChart(title: "Share of quoted words by category", items: categories + orphanBar),
            BarChart(title: "Share of quoted words by gender", items: genders + orphanBar),
        ].filter { !$0.bars.isEmpty }
    }
}
