/// What `explain.md` shows: each statement with the mention its cue attaches to, the source that
/// mention resolved to and the rule that found it, so a wrong attribution can be traced to its rule.
struct ExplanationView {
    struct Statement {
        let number: Int
        let paragraph: String
        let kind: String
        let text: String
        /// The speaker as the text names it at the cue ("she", "Lin, the CSIS expert").
        let mention: String?
        let source: String?
        let rule: String
        let cue: String?
        let via: String?
    }

    let title: String
    let statements: [Statement]
    /// How many statements have no speaker; nil when all do.
    let unattributed: Int?

    /// Statements longer than this many characters are cut, to keep one line per statement.
    static let excerptLength = 90

    init(_ audit: Audit) {
        title = audit.article.title ?? "Untitled article"
        let labels = Dictionary(audit.sources.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let paragraphNumbers = audit.article.paragraphNumbers
        statements = audit.attributions.enumerated().map { offset, attribution in
            let number = paragraphNumbers.indices.contains(attribution.blockIndex) ? paragraphNumbers[attribution.blockIndex] : nil
            return Statement(
                number: offset + 1, paragraph: number.map { "¶\($0)" } ?? "–", kind: attribution.kind.rawValue,
                text: Self.excerpt(attribution.text),
                mention: attribution.speakerSpan.flatMap { audit.article.inputText(of: $0, near: attribution.blockIndex) },
                // ("Mara Oden and Teo Vale": a statement of several sources names them all.)
                source: attribution.sourceID.flatMap { labels[$0] }.map { ([$0] + attribution.jointSourceIDs.compactMap { labels[$0] }).joined(separator: " and ") },
                rule: attribution.rule ?? "none", cue: attribution.cue,
                via: attribution.via)
        }
        let orphans = audit.attributions.count { $0.sourceID == nil }
        unattributed = orphans == 0 ? nil : orphans
    }

    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        return text.prefix(excerptLength - 1) + "…"
    }
}
