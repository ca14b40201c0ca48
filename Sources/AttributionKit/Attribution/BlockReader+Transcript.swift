/// Interviews printed as questions and answers: "Q: What comes first?" / "A: The buses." and transcripts
/// with the speakers' names as labels ("Varga: Not this year."). The answers carry no quotation marks and
/// no cue, yet they are the interviewee's own words: statements of the interviewee, reported as indirect
/// (a direct quote is one in quotation marks).
extension BlockReader {
    /// What a paragraph that opens with a label and a colon holds.
    enum TranscriptLine {
        /// The interviewer's question ("Q: …", or a named line that ends in a question mark): nobody's statement.
        case question
        /// An answer under a bare label ("A: …"): the words of the person interviewed.
        case answer(Range<Int>)
        /// The words of the person the label names.
        case named(Speaker, Range<Int>)
    }

    /// Labels of a Q&A's questions and answers, lowercase.
    static let questionLabels: Set<String> = ["q", "question"]
    static let answerLabels: Set<String> = ["a", "answer"]

    /// Whether the first sentence of the words ends in a cue after a comma with a capitalized speaker beside it:
    /// "…, said Maria Duval, a professor …", "…, Duval said." (an interviewee's "McConnell said he would …" reports).
    func namesItsSpeaker(_ words: Range<Int>) -> Bool {
        guard let first = block.sentences.first(where: { $0.contains(words.lowerBound) }) else { return false }
        let sentence = words.lowerBound..<min(words.upperBound, first.upperBound)
        let closesClause = { [tokens] (k: Int) in k >= sentence.upperBound || tokens[k].word == .comma || tokens[k].isSentenceFinal }
        return sentence.dropFirst().contains { k in
            guard tokens[k - 1].word == .comma, quoteOf[k] < 0 else { return false }
            if isCue(k, .speechVerb) { return k + 1 < sentence.upperBound && tokens[k + 1].isCapitalized }
            return tokens[k].isCapitalized && (k + 1..<min(sentence.upperBound, k + 4)).contains { isCue($0, .speechVerb) && closesClause($0 + 1) }
        }
    }

    /// Registers the people each sentence names, for a transcript line, whose words are read no further.
    func registerNames(book: inout EntityBook) {
        for sentence in block.sentences {
            book.beginSentence()
            registerNames(in: sentence, book: &book)
        }
    }

    /// The colon after a label of one to `maxWords` capitalized words that opens the block, with words after it.
    func labelColon(maxWords: Int = 3) -> Int? {
        guard let colon = tokens.prefix(maxWords + 1).firstIndex(where: { $0.word == .colon }), colon > 0, colon + 2 < tokens.count,
            tokens[..<colon].allSatisfy({ $0.isWord && $0.isCapitalized })
        else { return nil }
        return colon
    }

    /// The person the block's first word stands for when it is two or three capitals, their initials ("AB" of "Ana Berg").
    func initialedPerson(_ book: EntityBook) -> Int? {
        let label = block.text(tokens: 0..<1)
        guard (2...3).contains(label.utf8.count), label.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return nil }
        return book.person(initialed: label)
    }

    /// A headline that opens with a person's name and a colon ("Vale: Port Will Close by Spring"), a common
    /// way to credit its claim, read once the body is read: the name must be a person the body names ("Update:",
    /// "Breaking:" name nobody), and a question after the colon ("Vale: Reformer or Insider?") claims nothing. The
    /// label may carry a title ("Dr. Ada Vale:", "Harbour Chief Vale:"), but no function word ("Big Win for Vale:" is
    /// about her).
    func labelledHeadline(book: inout EntityBook) -> (speaker: Speaker, words: Range<Int>)? {
        guard let colon = labelColon(maxWords: 4), tokens[(colon + 1)...].count(where: \.isWord) >= 3,
            !tokens[..<colon].contains(where: { $0.has(.functionWord) }),
            !tokens.indices.contains(where: { block.firstScalar(of: $0) == "?" }),
            let mention = mentions.parse(0..<colon), case .person(let name) = mention.kind, book.knowsPerson(name, in: block)
        else { return nil }
        let entity = book.resolve(mention, in: block)
        let speaker = Speaker(entity: entity, mention: 0..<colon, cue: colon..<(colon + 1), via: nil, rule: "NAME: claim of a headline")
        return (speaker, (colon + 1)..<tokens.count)
    }

    /// The block as a line of an interview: a label of one to three capitalized words and a colon open it, and
    /// a few words without quotation marks follow (a quotation after a name's colon is read as a quote). Nil otherwise.
    func transcriptLine(book: inout EntityBook) -> TranscriptLine? {
        guard let colon = labelColon(), quoteOf[colon + 1] < 0 else { return nil }
        let words = (colon + 1)..<tokens.count
        let label = block.lower(0)
        if colon == 1, BlockReader.questionLabels.contains(label) { return .question }
        // ("Clinton: 1,769.": a tally under a name says nothing, nor does a list of names with no lowercase word.)
        guard tokens[words].count(where: \.isWord) >= 4, tokens[words].contains(where: { $0.isWord && !$0.isCapitalized }) else { return nil }
        if colon == 1, BlockReader.answerLabels.contains(label) {
            // "A: Lower inflation means …, said Maria Duval": an explainer's answer that names its own speaker is read as prose.
            return namesItsSpeaker(words) ? nil : .answer(words)
        }
        // "AB: A library in Dunmore …": two or three capitals stand for the person the article named with those initials.
        if colon == 1, let person = initialedPerson(book) {
            if block.firstScalar(of: tokens.count - 1) == "?" { return .question }
            return .named(Speaker(entity: person, mention: 0..<colon, cue: colon..<(colon + 1), via: nil, rule: "AB: words of a transcript"), words)
        }
        // A person the article named before ("New Hampshire:", "Update:" are none); a line that names the label's
        // person in its words is a section about them ("Sanders: On his website, Sanders calls for …").
        let surname = block.lower(colon - 1)
        guard book.knowsPerson(0..<colon, in: block), let mention = mentions.parse(0..<colon), case .person = mention.kind,
            !words.contains(where: { tokens[$0].isCapitalized && block.lower($0) == surname })
        else { return nil }
        if block.firstScalar(of: tokens.count - 1) == "?" { return .question }
        let entity = book.resolve(mention, in: block)
        return .named(Speaker(entity: entity, mention: 0..<colon, cue: colon..<(colon + 1), via: nil, rule: "NAME: words of a transcript"), words)
    }
}
