/// The flags of the balance score: what an editor should look at, with the sources behind each.
struct BalanceFlagger {
    let voices: SourceVoices
    /// The article's repeated paragraphs (`Article.duplicateBlockCount`), all the flags read of the
    /// article itself: the flagger holds no copy of it.
    let duplicateBlockCount: Int

    /// The flags, their messages written in `text`.
    func flags(text: inout ExplanationText) -> [Balance.Flag] {
        let found = [
            noStatements, singleSource(&text), dominantVoice(&text), noIndependentExpert, oneSide(&text), anonymousSources(&text),
            secondhand(&text), vagueAttributions(&text), duplicatedParagraphs(&text),
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

    private func singleSource(_ text: inout ExplanationText) -> Balance.Flag? {
        guard voices.speakers.count == 1, let only = voices.speakers.first else { return nil }
        text.append("Every attributed statement comes from one source: ")
        text.append(contentsOf: only.label)
        text.append(".")
        return Balance.Flag(code: "single_source", message: text.finish(), sources: [only.id])
    }

    private func dominantVoice(_ text: inout ExplanationText) -> Balance.Flag? {
        guard voices.speakers.count > 1, let top = voices.speakersByWords.first, voices.share(of: top) > 0.5 else { return nil }
        let source = voices.speakers[top]
        text.append(contentsOf: source.label)
        text.append(" has ")
        text.append(contentsOf: ReportNumbers.percent(voices.share(of: top)))
        text.append(" of the attributed words, over half.")
        return Balance.Flag(code: "dominant_voice", message: text.finish(), sources: [source.id])
    }

    private var noIndependentExpert: Balance.Flag? {
        guard !voices.speakers.isEmpty, !voices.speakers.indices.contains(where: { voices.isIndependentExpert($0) }) else {
            return nil
        }
        return Balance.Flag(
            code: "no_independent_expert",
            message: "No independent expert (think tank, academic or legal) speaks.", sources: [])
    }

    private func oneSide(_ text: inout ExplanationText) -> Balance.Flag? {
        let sided = voices.speakerPositions { voices.speakers[$0].side != nil }
        guard sided.count >= 2, let side = voices.speakers[sided[0]].side, sided.allSatisfy({ voices.speakers[$0].side == side }) else {
            return nil
        }
        text.append("Every source whose side the text gives speaks for ")
        text.append(contentsOf: side)
        text.append(": ")
        voices.appendLabels(of: sided, to: &text)
        let unsided = voices.speakers.count - sided.count
        if unsided > 0 {
            text.append("; ")
            EnglishList.appendCount(unsided, "other source", to: &text)
            text.append(unsided == 1 ? " states no side" : " state no side")
        }
        text.append(".")
        return Balance.Flag(code: "one_side", message: text.finish(), sources: sided.map { voices.speakers[$0].id })
    }

    private func anonymousSources(_ text: inout ExplanationText) -> Balance.Flag? {
        let anonymous = voices.speakerPositions { voices.speakers[$0].anonymous && !voices.speakers[$0].vague }
        guard !anonymous.isEmpty else { return nil }
        EnglishList.appendCount(anonymous.count, "anonymous source", to: &text)
        text.append(": ")
        voices.appendLabels(of: anonymous, to: &text)
        text.append(".")
        return Balance.Flag(code: "anonymous_sources", message: text.finish(), sources: anonymous.map { voices.speakers[$0].id })
    }

    private func secondhand(_ text: inout ExplanationText) -> Balance.Flag? {
        let statements = voices.secondhandStatements
        guard !statements.isEmpty else { return nil }
        // A few ids at most: searched in the list itself rather than hashed into a set.
        // Read by position: a loop over the statements would copy each one.
        var ids: [String] = []
        for index in statements.indices {
            if let id = statements[index].sourceID, !ids.contains(id) { ids.append(id) }
        }
        EnglishList.appendCount(statements.count, "statement", to: &text)
        text.append(" taken from other outlets: ")
        EnglishList.append(voices.secondhandOutlets, to: &text)
        text.append(".")
        return Balance.Flag(code: "secondhand", message: text.finish(), sources: ids)
    }

    private func vagueAttributions(_ text: inout ExplanationText) -> Balance.Flag? {
        let vague = voices.speakerPositions { voices.speakers[$0].vague }
        guard !vague.isEmpty else { return nil }
        EnglishList.appendCount(vague.reduce(0) { $0 + voices.statementCounts[$1] }, "statement", to: &text)
        text.append(" attributed vaguely: ")
        voices.appendLabels(of: vague, to: &text, quoted: true)
        text.append(".")
        return Balance.Flag(code: "vague_attributions", message: text.finish(), sources: vague.map { voices.speakers[$0].id })
    }

    private func duplicatedParagraphs(_ text: inout ExplanationText) -> Balance.Flag? {
        let count = duplicateBlockCount
        guard count > 0 else { return nil }
        EnglishList.appendCount(count, "paragraph", to: &text)
        text.append(count == 1 ? " repeats" : " repeat")
        text.append(" an earlier one; repeated statements are counted once.")
        return Balance.Flag(code: "duplicated_paragraphs", message: text.finish(), sources: [])
    }
}
