/// Who stands behind a statement before sources get their ids: what the engine keeps of a finding
/// beside its `Attribution`, small enough to hold in an array of its own.
struct StatementSource: Sendable {
    var entity: Int?
    /// The cue says the speaker wrote the words themselves ("wrote", "posted"): no interview outlet carries over.
    var writtenByThemselves: Bool
    /// The cue is "wrote" alone, which names no channel of its own (unlike "tweeted").
    var wrote: Bool
    /// The cue is "told" before a common noun for whom the words were told ("told reporters", "told the crowd", "told
    /// local media"): no interview outlet carries over to them ("told me", "told co-host Joe Dunn", "told the newspaper"
    /// may name its own).
    var toldAddressee: Bool
    /// The latest paragraph a quote running on over several paragraphs reached, by block index.
    var continuedTo: Int? = nil

    init(_ finding: Finding, in block: TokenizedBlock) {
        entity = finding.entity
        writtenByThemselves = finding.cue.map { block.tokens[$0.lowerBound].has(.ownChannelCue) } ?? false
        wrote = finding.cue.map { ViaFinder.writeForms.contains(block.tokens[$0.lowerBound].word) } ?? false
        toldAddressee = finding.cue.map { cue in
            guard StatementSource.tellForms.contains(block.tokens[cue.lowerBound].word) else { return false }
            let tokens = block.tokens
            let addressee = cue.upperBound < tokens.count && tokens[cue.upperBound].word == .the ? cue.upperBound + 1 : cue.upperBound
            guard addressee < tokens.count, tokens[addressee].isWord, !tokens[addressee].isCapitalized,
                !tokens[addressee].has([.pronoun, .outletWord]), tokens[addressee].word != .that,
                !StatementSource.objectPronouns.contains(where: { block.lower(addressee, is: $0) })
            else { return false }
            return addressee + 1 == tokens.count || !tokens[addressee + 1].isCapitalized
        } ?? false
    }

    /// The forms of "tell", whose object is whom the words were told.
    static let tellForms: Set<Word> = [Word("told"), Word("tells"), Word("tell"), Word("telling")]
    /// Addressees that may be the writer or the interviewer ("told me", "told him"), whose outlet the words did reach.
    static let objectPronouns = ["me", "us", "him", "her", "them", "you"]
}
