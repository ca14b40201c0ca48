/// The first and last words, lowercase, of the bundled registry's names of two words or more and no head word
/// of an organisation ("doctors" and "borders" of "Doctors Without Borders", "pentagon" of "the Pentagon"): a run
/// the parser asks the registry about must open and end with one, which rules out most capitalized runs without
/// making their text.
enum RegisteredNameWords {
    static let (firstWords, lastWords): (ByteTable, ByteTable) = {
        var first = ByteTable()
        var last = ByteTable()
        // ("Brookings Institution", "Department of Defense": a name with a head word the parser reads whole anyway.)
        let heads = Set(Lexicon.entries("organization-heads"))
        for name in OrganizationRegistry.bundled.names {
            let all = NameWords(name).words
            guard all.count >= 2, !all.contains(where: heads.contains), let opening = all.first(where: { $0 != "the" }), let closing = all.last
            else { continue }
            _ = first.add(Array(opening.utf8))
            _ = last.add(Array(closing.utf8))
        }
        return (first, last)
    }()

    /// Whether the tokens `range` of `block` may be a registered name: it opens (past "the") and ends with such
    /// words, or with words beyond ASCII, which the tables do not lowercase alike.
    static func mayBeName(_ range: Range<Int>, in block: TokenizedBlock) -> Bool {
        mayOpen(range, in: block) && mayEnd(range.upperBound - 1, in: block)
    }

    /// Whether the tokens `range` of `block` may open a registered name, past "the".
    static func mayOpen(_ range: Range<Int>, in block: TokenizedBlock) -> Bool {
        let opening = block.tokens[range.lowerBound].word == .the ? range.lowerBound + 1 : range.lowerBound
        return opening < range.upperBound && contains(opening, in: block, firstWords)
    }

    /// Whether token `k` of `block` may end a registered name.
    static func mayEnd(_ k: Int, in block: TokenizedBlock) -> Bool {
        contains(k, in: block, lastWords)
    }

    private static func contains(_ k: Int, in block: TokenizedBlock, _ table: ByteTable) -> Bool {
        let bytes = block.tokens[k].utf8Range
        let utf8 = block.utf8
        guard utf8[bytes].allSatisfy({ $0 < 128 }) else { return true }
        return table.id(count: bytes.count) { utf8[bytes.lowerBound + $0].asciiLowercased } != nil
    }
}
