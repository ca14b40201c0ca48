import Testing
@testable import AttributionKit

@Suite struct TextTokenizerTests {
    func words(_ text: String) -> [String] {
        let block = TokenizedBlock(index: 0, text: text)
        return block.tokens.indices.map(block.lower)
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(words("Brig. Gen. Ana Roe of the U.S. Army") == ["brig.", "gen.", "ana", "roe", "of", "the", "u.s.", "army"])
    }

    @Test func possessiveIsItsOwnToken() {
        #expect(words("Vela’s plan") == ["vela", "'s", "plan"])
    }

    @Test func apostrophesInsideWordsStay() {
        #expect(words("O’Neill don't") == ["o'neill", "don't"])
    }

    /// Words beyond ASCII are lowercased scalar by scalar, the curly apostrophe made straight.
    @Test func wordsBeyondASCIILowercaseScalarByScalar() {
        #expect(words("DON’T Ærøskøbing ÉLODIE Straße İz") == ["don't", "ærøskøbing", "élodie", "straße", "i\u{307}z"])
    }

    @Test func marksBetweenDigitsStayInTheNumber() {
        #expect(words("9/11 widow, 1,200 boats, 24/7 and/or") == ["9/11", "widow", ",", "1,200", "boats", ",", "24/7", "and", "/", "or"])
    }

    @Test func hyphenatedNamesAreOneWord() {
        #expect(words("Iva Sen-Moraes said") == ["iva", "sen-moraes", "said"])
    }

    @Test func tokensPackTwoToACacheLine() {
        // Every pass of the engine walks token arrays: a field added or moved that pads the token
        // past 32 bytes costs all of them.
        #expect(MemoryLayout<Token>.stride == 32)
    }

    @Test func offsetsAreScalarIndices() {
        let tokens = Tokenizer().tokenize(Array("“Hé,” she".utf8))
        #expect(tokens.map(\.range) == [0..<1, 1..<3, 3..<4, 4..<5, 6..<9])
        #expect(tokens.map(\.utf8Range) == [0..<3, 3..<6, 6..<7, 7..<10, 11..<14])
    }

    @Test func blocksReadTextsAndScalarsBeyondASCIIFromTheirBytes() {
        let block = TokenizedBlock(index: 0, text: "Zoë Brandt — “the élite” said")
        #expect(block.text(tokens: 0..<2) == "Zoë Brandt")
        #expect(block.text(tokens: 3..<7) == "“the élite”")
        #expect(block.textLoweringFirst(tokens: 0..<1) == "zoë")
        #expect(block.firstScalar(of: 2) == "—")
        #expect(Array(block.scalars(of: 5)) == Array("élite".unicodeScalars))
        #expect(block.lower(0) == "zoë")
        #expect(block.scalarRange(4..<6) == 14..<23)
        #expect(block.scalarRange(8..<8) == 29..<29)
        #expect(block.isASCII(1) && !block.isASCII(5))
    }
}
