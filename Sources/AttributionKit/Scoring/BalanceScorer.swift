import Foundation

/// Computes the sourcing-balance score and the flags of one article: the weighted mean of six
/// components, each from 0 to 1 and explained by the sources behind it (docs/scoring.md).
public struct BalanceScorer: Sendable {
    public var weights: BalanceWeights {
        didSet { measureWeights = Self.measureWeights(weights) }
    }
    /// Each measure with its weight in `BalanceMeasure.allCases` order, read out of the weights'
    /// dictionary once rather than hashed twice per measure for every article.
    private var measureWeights: [(measure: BalanceMeasure, weight: Double)]

    /// Voice diversity reaches 1 at this many equal voices.
    static let targetVoices = 4.0
    /// Simpson's diversity of two equally heard sides, where perspective spread reaches 1.
    static let targetSimpson = 0.5

    public init(weights: BalanceWeights = .defaults) {
        self.weights = weights
        measureWeights = Self.measureWeights(weights)
    }

    private static func measureWeights(_ weights: BalanceWeights) -> [(measure: BalanceMeasure, weight: Double)] {
        BalanceMeasure.allCases.map { ($0, weights[$0]) }
    }

    public func score(article: Article, sources: [Source], attributions: [Attribution]) -> Balance {
        score(article: article, sources: sources, attributions: attributions, ownOutletCleared: false)
    }

    /// `ownOutletCleared`: `viaIsOutlet` is already false for statements told to the article's own
    /// outlet (`Analyzer` clears it), so the score does not compare their channels with the outlet again.
    func score(article: Article, sources: [Source], attributions: [Attribution], ownOutletCleared: Bool) -> Balance {
        let voices = SourceVoices(article: article, sources: sources, attributions: attributions, ownOutletCleared: ownOutletCleared)
        // One buffer for every explanation and flag of the article.
        var text = ExplanationText()
        // In the order of `BalanceMeasure.allCases`, the order of `measureWeights`.
        let measured = [
            voiceDiversity(voices, text: &text), transparency(voices, text: &text), independence(voices, text: &text),
            perspectiveSpread(voices, text: &text), directness(voices, text: &text), genderRepresentation(voices, text: &text),
        ]
        let usedWeight = measured.indices.reduce(0) { $0 + (measured[$1].isLeftOut ? 0 : measureWeights[$1].weight) }
        let components = measured.indices.map { index in
            Balance.Component(
                name: measureWeights[index].measure.rawValue, value: measured[index].value,
                weight: measured[index].isLeftOut || usedWeight == 0 ? 0 : measureWeights[index].weight / usedWeight,
                explanation: measured[index].explanation)
        }
        let mean = components.reduce(0) { $0 + $1.value * $1.weight }
        let score = voices.statements.isEmpty ? 0 : (mean * 1000).rounded() / 10
        return Balance(score: score, components: components, flags: BalanceFlagger(voices: voices, duplicateBlockCount: article.duplicateBlockCount).flags(text: &text))
    }

    /// A component's value with its explanation; left-out components carry no weight.
    struct Measurement {
        var value: Double
        var explanation: String
        var isLeftOut = false
    }

    private static let nothingAttributed = "No statement in the article is attributed to a source."

    /// Effective number of voices exp(H) over the shares of attributed words, against four.
    func voiceDiversity(_ voices: SourceVoices, text: inout ExplanationText) -> Measurement {
        guard voices.totalWords > 0 else { return Measurement(value: 0, explanation: Self.nothingAttributed) }
        let effective = Diversity.effectiveNumber(voices.words)
        text.append("Attributed words are spread like ")
        text.append(contentsOf: ReportNumbers.decimal(effective, places: 1))
        text.append(" equal voices against a target of 4: ")
        EnglishList.append(count: voices.speakersByWords.count, to: &text) { index, text in
            let speaker = voices.speakersByWords[index]
            text.append(contentsOf: voices.speakers[speaker].label)
            text.append(" ")
            text.append(contentsOf: ReportNumbers.percent(voices.share(of: speaker)))
        }
        text.append(".")
        return Measurement(value: min(effective, Self.targetVoices) / Self.targetVoices, explanation: text.finish())
    }

    /// Share of attributed statements whose source is fully identified: named, with a title, an
    /// organisation, or an organisation's own name.
    func transparency(_ voices: SourceVoices, text: inout ExplanationText) -> Measurement {
        let attributed = voices.attributedStatementCount
        guard attributed > 0 else { return Measurement(value: 0, explanation: Self.nothingAttributed) }
        let partly = voices.speakerPositions { !Self.isFullyIdentified(voices.speakers[$0]) }
        let identified = attributed - partly.reduce(0) { $0 + voices.statementCounts[$1] }
        let value = Double(identified) / Double(attributed)
        text.append(identified)
        text.append(" of ")
        EnglishList.appendCount(attributed, "attributed statement", to: &text)
        text.append(" name the source and its role")
        if !partly.isEmpty {
            text.append("; not fully identified: ")
            // Fields read where they stand: a speaker taken out whole would be copied.
            EnglishList.append(count: partly.count, to: &text) { index, text in
                let speaker = partly[index]
                text.append(contentsOf: voices.speakers[speaker].label)
                text.append(voices.speakers[speaker].vague ? " (vague)" : voices.speakers[speaker].anonymous ? " (anonymous)" : " (no role given)")
            }
        }
        text.append(".")
        return Measurement(value: value, explanation: text.finish())
    }

    static func isFullyIdentified(_ source: Source) -> Bool {
        guard source.name != nil, !source.anonymous else { return false }
        return !source.titles.isEmpty || !source.organizations.isEmpty || source.isOrganization
    }

    /// Half the share of words from named sources that are not officials, half whether an
    /// independent expert (think tank, academic, legal) speaks at all.
    func independence(_ voices: SourceVoices, text: inout ExplanationText) -> Measurement {
        guard voices.totalWords > 0 else { return Measurement(value: 0, explanation: Self.nothingAttributed) }
        let independent = voices.speakerPositions { !voices.speakers[$0].anonymous && !voices.speakers[$0].category.isOfficial }
        let share = independent.reduce(0) { $0 + voices.words[$1] } / voices.totalWords
        let experts = voices.speakerPositions { voices.isIndependentExpert($0) }
        let value = (share + (experts.isEmpty ? 0 : 1)) / 2
        text.append(contentsOf: ReportNumbers.percent(share))
        text.append(" of attributed words come from named sources that are not officials")
        if !independent.isEmpty {
            text.append(" (")
            voices.appendLabels(of: independent, to: &text)
            text.append(")")
        }
        if experts.isEmpty {
            text.append("; no independent expert speaks.")
        } else {
            text.append("; independent experts: ")
            voices.appendLabels(of: experts, to: &text)
            text.append(".")
        }
        return Measurement(value: value, explanation: text.finish())
    }

    /// Simpson's diversity over the sides the speakers speak for, by words, against two even sides.
    func perspectiveSpread(_ voices: SourceVoices, text: inout ExplanationText) -> Measurement {
        var wordsBySide: [(side: String, words: Double, sources: [String])] = []
        for speaker in voices.speakers.indices {
            guard let side = voices.speakers[speaker].side else { continue }
            let words = voices.words[speaker]
            if let index = wordsBySide.firstIndex(where: { $0.side == side }) {
                wordsBySide[index].words += words
                wordsBySide[index].sources.append(voices.speakers[speaker].label)
            } else {
                wordsBySide.append((side, words, [voices.speakers[speaker].label]))
            }
        }
        guard !wordsBySide.isEmpty else {
            return Measurement(value: 0, explanation: "Left out: the text says for no source which side it speaks for.", isLeftOut: true)
        }
        let amounts = wordsBySide.map(\.words)
        let total = amounts.reduce(0, +)
        let simpson = Diversity.simpson(amounts)
        EnglishList.appendCount(wordsBySide.count, "side", to: &text)
        text.append(wordsBySide.count == 1 ? " speaks: " : " speak: ")
        let sides = wordsBySide.sorted { $0.words > $1.words }
        EnglishList.append(count: sides.count, to: &text) { index, text in
            text.append(contentsOf: sides[index].side)
            text.append(" ")
            text.append(contentsOf: ReportNumbers.percent(total > 0 ? sides[index].words / total : 0))
            text.append(" (")
            EnglishList.append(sides[index].sources, limit: 3, to: &text)
            text.append(")")
        }
        text.append("; Simpson's diversity ")
        text.append(contentsOf: ReportNumbers.decimal(simpson, places: 2))
        text.append(" against 0.50 for two even sides.")
        return Measurement(value: min(simpson / Self.targetSimpson, 1), explanation: text.finish())
    }

    /// Share of statements the outlet obtained itself rather than from another outlet.
    func directness(_ voices: SourceVoices, text: inout ExplanationText) -> Measurement {
        let statements = voices.statements
        guard !statements.isEmpty else { return Measurement(value: 0, explanation: "The article has no statements.") }
        let secondhand = voices.secondhandStatements
        let value = 1 - Double(secondhand.count) / Double(statements.count)
        guard !secondhand.isEmpty else {
            text.append("All ")
            EnglishList.appendCount(statements.count, "statement", to: &text)
            text.append(" were obtained by the outlet itself.")
            return Measurement(value: value, explanation: text.finish())
        }
        text.append(secondhand.count)
        text.append(" of ")
        EnglishList.appendCount(statements.count, "statement", to: &text)
        text.append(" came through other outlets: ")
        EnglishList.append(voices.secondhandOutlets, to: &text)
        text.append(".")
        return Measurement(value: value, explanation: text.finish())
    }

    /// Share of women among speakers whose gender the text gives, scored 1 at parity and 0 when
    /// all are of one gender; left out when fewer than two speakers have a gender.
    func genderRepresentation(_ voices: SourceVoices, text: inout ExplanationText) -> Measurement {
        let gendered = voices.speakerPositions { voices.speakers[$0].gender != nil }
        guard gendered.count >= 2 else {
            text.append("Left out: the text gives the gender of ")
            if let only = gendered.first {
                text.append("only ")
                text.append(contentsOf: voices.speakers[only].label)
            } else {
                text.append("no source")
            }
            text.append(", fewer than two.")
            return Measurement(value: 0, explanation: text.finish(), isLeftOut: true)
        }
        let women = voices.speakerPositions { voices.speakers[$0].gender == .female }
        let share = Double(women.count) / Double(gendered.count)
        text.append("Women are ")
        text.append(women.count)
        text.append(" of the ")
        text.append(gendered.count)
        text.append(" sources whose gender the text gives")
        if !women.isEmpty {
            text.append(" (")
            voices.appendLabels(of: women, to: &text)
            text.append(")")
        }
        text.append(", ")
        text.append(contentsOf: ReportNumbers.percent(share))
        text.append(" against a target of parity.")
        return Measurement(value: 1 - abs(2 * share - 1), explanation: text.finish())
    }
}
