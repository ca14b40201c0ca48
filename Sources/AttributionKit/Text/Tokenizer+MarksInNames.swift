extension Tokenizer {
    /// `tokens` with the quotation marks that stand inside a name made part of its words, so the
    /// marks quote nothing and the name reads on through them:
    /// - a nickname, one capitalized word in a pair of marks of one kind between two capitalized
    ///   words, becomes one word, marks included ("Marcia “Cia” Brell", "Harold ‘Hal’ Finch");
    /// - the apostrophe of a plural possessive between a capitalized word and an organisation's head
    ///   joins the word before it ("the Rail Drivers’ Union", "the Harlow Teachers' Association"),
    ///   unlike a possessive before a person ("Reuters’ Ada Quill").
    ///
    /// `marks` are the indices of the quotation marks among `tokens`, in order; they are made those
    /// of the marks left when any is joined.
    static func joiningMarksInNames(_ tokens: [Token], marks: inout [Int]) -> [Token] {
        // Only marks are asked, and most blocks have none in a name.
        guard let first = marks.first(where: { $0 > 0 && $0 < tokens.count - 1 && marksInName(at: $0, in: tokens) > 0 }) else { return tokens }
        var joined: [Token] = []
        joined.reserveCapacity(tokens.count)
        joined += tokens[..<(first - 1)]
        var k = first - 1
        while k < tokens.count {
            let marks = k + 1 < tokens.count ? marksInName(at: k + 1, in: tokens) : 0
            if marks == 0 {
                joined.append(tokens[k])
                k += 1
            } else if marks == 1 {
                // The word before the apostrophe takes it.
                joined.append(extending(tokens[k], over: tokens[k + 1]))
                k += 2
            } else {
                joined.append(tokens[k])
                var nickname = extending(tokens[k + 2], over: tokens[k + 3])
                nickname.start = tokens[k + 1].start
                nickname.utf8Start = tokens[k + 1].utf8Start
                nickname.spaceBefore = tokens[k + 1].spaceBefore
                joined.append(nickname)
                k += 4
            }
        }
        marks = joined.indices.filter { joined[$0].mark != nil }
        return joined
    }

    /// `word` running on to the end of the mark right after it.
    private static func extending(_ word: Token, over mark: Token) -> Token {
        var word = word
        word.end = mark.end
        word.utf8End = mark.utf8End
        word.spaceAfter = mark.spaceAfter
        return word
    }

    /// How many tokens from the mark at `k` on belong to a name: 3 for the marks and word of a nickname
    /// (`Name “Nick” Name`), 1 for a plural possessive's apostrophe (`Drivers’ Union`), else 0.
    private static func marksInName(at k: Int, in tokens: [Token]) -> Int {
        guard k > 0, k + 1 < tokens.count, let open = tokens[k].mark, isNameWord(tokens[k - 1]) else { return 0 }
        if open == .singleClose || open == .singleStraight, !tokens[k].spaceBefore, tokens[k].spaceAfter,
            tokens[k - 1].has(.endsInS), isNameWord(tokens[k + 1]), tokens[k + 1].has(.organizationHead)
        {
            return 1
        }
        guard k + 3 < tokens.count, let close = tokens[k + 2].mark,
            open != .doubleClose, open != .singleClose, close != .doubleOpen, close != .singleOpen, open.isDouble == close.isDouble,
            tokens[k].spaceBefore, !tokens[k].spaceAfter, !tokens[k + 2].spaceBefore, tokens[k + 2].spaceAfter,
            isNameWord(tokens[k + 1]), isNameWord(tokens[k + 3])
        else { return 0 }
        return 3
    }

    /// A capitalized word that is no function word: a word of a name.
    private static func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.has(.functionWord)
    }
}
