/// The flags of the balance score: what an editor should look at, with the sources behind each.
struct BalanceFlagger {
    let voices: SourceVoices
    /// The article's repeated paragraphs (`Article.duplicateBlockCount`), all the flags read of the
    /// article itself: the flagger holds no copy of it.
    let duplicateBlockCount: Int

    var flags: [Balance.Flag] {
        let found = [
            noStatements, singleSource, dominantVoice, noIndependentExpert, oneSide, anonymousSources, secondhand,
            vagueAttributions, duplicatedParagraphs,
        ]
        // Sized once for every flag: a list grown flag by flag is reallocated and copied.
        var flags: [Balance.Flag] = []
        flags.reserveCapacity(found.count)
        for case let flag? in found { flags.append(flag) }
        return flags
    }

    private var noStatements: Balance.Flag? {
        guard voices.speakers.isEmpty else { return nil }
        return Balance.Flag(code: "no_sources", message: "No statement in the article is attributed to a source.", sources: [])
    }

    private var singleSource: Balance.Flag? {
        guard voices.speakers.count == 1, let only = voices.speakers.first else { return nil }
        return Balance.Flag(code: "single_source", message: "Every attributed statement comes from one source: \(only.label).", sources: [only.id])
    }

    private var dominantVoice: Balance.Flag? {
        guard voices.speakers.count > 1, let top = voices.speakersByWords.first, voices.share(of: top) > 0.5 else { return nil }
        let source = voices.speakers[top]
        return Balance.Flag(
            code: "dominant_voice",
            message: "\(source.label) has \(ReportNumbers.percent(voices.share(of: top))) of the attributed words, over half.",
            sources: [source.id])
    }

    private var noIndependentExpert: Balance.Flag? {
        guard !voices.speakers.isEmpty, !voices.speakers.indices.contains(where: { voices.isIndependentExpert($0) }) else {
            return nil
        }
        return Balance.Flag(
            code: "no_independent_expert",
            message: "No independent expert (think tank, academic or legal) speaks.", sources: [])
    }

    private var oneSide: Balance.Flag? {
        let sided = voices.speakerPositions { voices.speakers[$0].side != nil }
        guard sided.count >= 2, let side = voices.speakers[sided[0]].side, sided.allSatisfy({ voices.speakers[$0].side == side }) else {
            return nil
        }
        let unsided = voices.speakers.count - sided.count
        let rest = unsided == 0 ? "" : "; \(EnglishList.count(unsided, "other source")) state\(unsided == 1 ? "s" : "") no side"
        return Balance.Flag(
            code: "one_side",
            message: message("Every source whose side the text gives speaks for \(side): ", labelsOf: sided, closing: rest + "."),
            sources: sided.map { voices.speakers[$0].id })
    }

    private var anonymousSources: Balance.Flag? {
        let anonymous = voices.speakerPositions { voices.speakers[$0].anonymous && !voices.speakers[$0].vague }
        guard !anonymous.isEmpty else { return nil }
        return Balance.Flag(
            code: "anonymous_sources",
            message: message(EnglishList.count(anonymous.count, "anonymous source") + ": ", labelsOf: anonymous),
            sources: anonymous.map { voices.speakers[$0].id })
    }

    private var secondhand: Balance.Flag? {
        let statements = voices.secondhandStatements
        guard !statements.isEmpty else { return nil }
        // A few ids at most: searched in the list itself rather than hashed into a set.
        // Read by position: a loop over the statements would copy each one.
        var ids: [String] = []
        for index in statements.indices {
            if let id = statements[index].sourceID, !ids.contains(id) { ids.append(id) }
        }
        return Balance.Flag(
            code: "secondhand",
            message: "\(EnglishList.count(statements.count, "statement")) taken from other outlets: \(EnglishList.join(voices.secondhandOutlets)).",
            sources: ids)
    }

    private var vagueAttributions: Balance.Flag? {
        let vague = voices.speakerPositions { voices.speakers[$0].vague }
        guard !vague.isEmpty else { return nil }
        let count = vague.reduce(0) { $0 + voices.statementCounts[$1] }
        return Balance.Flag(
            code: "vague_attributions",
            message: message(EnglishList.count(count, "statement") + " attributed vaguely: ", labelsOf: vague, quoted: true),
            sources: vague.map { voices.speakers[$0].id })
    }

    /// `opening`, the labels of the speakers at `positions` as an English list (in curly quotes when
    /// `quoted`), and `closing`, written in one string rather than a list of labels joined and concatenated.
    private func message(_ opening: String, labelsOf positions: [Int], quoted: Bool = false, closing: String = ".") -> String {
        var message = BalanceScorer.explanation(opening: opening)
        voices.appendLabels(of: positions, to: &message, quoted: quoted)
        message += closing
        return message
    }

    private var duplicatedParagraphs: Balance.Flag? {
        let count = duplicateBlockCount
        guard count > 0 else { return nil }
        return Balance.Flag(
            code: "duplicated_paragraphs",
            message: "\(EnglishList.count(count, "paragraph")) repeat\(count == 1 ? "s" : "") an earlier one; repeated statements are counted once.",
            sources: [])
    }
}
