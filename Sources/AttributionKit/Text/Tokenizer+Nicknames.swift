extension Tokenizer {
    /// `tokens` with each nickname in quotation marks inside a name made one word, marks included:
    /// in "Marcia “Cia” Brell" or "Harold ‘Hal’ Finch" the marks quote no speech, and the name reads
    /// on through them. A nickname is one capitalized word in a pair of marks of one kind, set in a
    /// name: a capitalized word stands right before the opening mark and right after the closing one.
    static func joiningNicknames(_ tokens: [Token]) -> [Token] {
        guard let first = (1..<max(1, tokens.count - 3)).first(where: { isNickname(at: $0, in: tokens) }) else { return tokens }
        var joined = Array(tokens[..<first])
        var k = first
        while k < tokens.count {
            guard k + 3 < tokens.count, isNickname(at: k, in: tokens) else {
                joined.append(tokens[k])
                k += 1
                continue
            }
            var nickname = tokens[k + 1]
            let open = tokens[k], close = tokens[k + 2]
            nickname.start = open.start
            nickname.end = close.end
            nickname.utf8Start = open.utf8Start
            nickname.utf8End = close.utf8End
            nickname.spaceBefore = open.spaceBefore
            nickname.spaceAfter = close.spaceAfter
            joined.append(nickname)
            k += 3
        }
        return joined
    }

    /// Whether the mark at `k` opens a nickname: `Name “Nick” Name`, spaced as a word between words.
    private static func isNickname(at k: Int, in tokens: [Token]) -> Bool {
        guard k > 0, k + 3 < tokens.count, let open = tokens[k].mark, let close = tokens[k + 2].mark,
            open != .doubleClose, open != .singleClose, close != .doubleOpen, close != .singleOpen, open.isDouble == close.isDouble,
            tokens[k].spaceBefore, !tokens[k].spaceAfter, !tokens[k + 2].spaceBefore, tokens[k + 2].spaceAfter
        else { return false }
        return [k - 1, k + 1, k + 3].allSatisfy { tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].has(.functionWord) }
    }
}
