/// Who stands behind a statement before sources get their ids: what the engine keeps of a finding
/// beside its `Attribution`, small enough to hold in an array of its own.
struct StatementSource: Sendable {
    var entity: Int?
    /// The cue says the speaker wrote the words themselves ("wrote", "posted"): no interview outlet carries over.
    var writtenByThemselves: Bool
    /// The cue is "wrote" alone, which names no channel of its own (unlike "tweeted").
    var wrote: Bool
    /// The cue is "told" before a common noun for whom the words were told ("told reporters", "told the crowd", "told
    /// local media"), or the sentence opens on speaking to one ("Speaking to reporters, the minister said"): no
    /// interview outlet carries over to them ("told me", "told co-host Joe Dunn", "told the newspaper" may name its own).
    var toldAddressee: Bool
    /// The cue is a form of "tweet", which names its platform by itself: the via of a statement whose sentence names no
    /// channel, set after the interview outlets are carried, past which the words a source posted itself go on.
    var tweeted: Bool
    /// The latest paragraph a quote running on over several paragraphs reached, by block index.
    var continuedTo: Int? = nil

    init(_ finding: Finding, in block: TokenizedBlock) {
        entity = finding.entity
        writtenByThemselves = finding.cue.map { block.tokens[$0.lowerBound].has(.ownChannelCue) } ?? false
        wrote = finding.cue.map { ViaFinder.writeForms.contains(block.tokens[$0.lowerBound].word) } ?? false
        tweeted = finding.cue.map { StatementSource.tweetForms.contains(block.tokens[$0.lowerBound].word) } ?? false
        let told = finding.cue.map { cue in
            StatementSource.tellForms.contains(block.tokens[cue.lowerBound].word) && StatementSource.isAddressee(after: cue.upperBound, in: block)
        } ?? false
        toldAddressee = told || (finding.speaker.map { StatementSource.spokeToAddressee(before: $0.lowerBound, in: block) } ?? false)
    }

    /// Whether a common noun for whom words were told stands at `k`, after "the" if any ("reporters", "the crowd").
    static func isAddressee(after k: Int, in block: TokenizedBlock) -> Bool {
        let tokens = block.tokens
        let addressee = k < tokens.count && tokens[k].word == .the ? k + 1 : k
        guard addressee < tokens.count, tokens[addressee].isWord, !tokens[addressee].isCapitalized,
            !tokens[addressee].has([.pronoun, .outletWord]), tokens[addressee].word != .that,
            !StatementSource.objectPronouns.contains(where: { block.lower(addressee, is: $0) })
        else { return false }
        return addressee + 1 == tokens.count || !tokens[addressee + 1].isCapitalized
    }

    /// Whether the sentence before the speaker at `speaker` opens on a participle speaking to an addressee ("Speaking to
    /// reporters, …", "Talking with the crowd, …").
    static func spokeToAddressee(before speaker: Int, in block: TokenizedBlock) -> Bool {
        let tokens = block.tokens
        var k = speaker - 1
        while k > 0, !tokens[k - 1].isSentenceFinal { k -= 1 }
        guard k >= 0, k + 2 < speaker, tokens[k].has(.endsInIng), [.to, .with].contains(tokens[k + 1].word) else { return false }
        return isAddressee(after: k + 2, in: block)
    }

    /// The forms of "tweet" as a cue.
    static let tweetForms: Set<Word> = [Word("tweeted"), Word("tweets"), Word("tweet"), Word("tweeting")]
    /// The via of a tweet, read like "wrote on Facebook" or "said on her Telegram channel".
    static let twitter = "on Twitter"
    /// The forms of "tell", whose object is whom the words were told.
    static let tellForms: Set<Word> = [Word("told"), Word("tells"), Word("tell"), Word("telling")]
    /// Addressees that may be the writer or the interviewer ("told me", "told him"), whose outlet the words did reach.
    static let objectPronouns = ["me", "us", "him", "her", "them", "you"]
}
