import Testing
@testable import AttributionKit

@Suite struct VocabularyTests {
    func token(_ text: String) -> Token {
        TokenizedBlock(index: 0, text: text).tokens[0]
    }

    @Test func lexiconWordsCarryTheirLists() {
        #expect(token("said").has(.speechVerb))
        #expect(token("Gen.").has(.titleWord) && token("Gen.").has(.abbreviation))
        #expect(token("Dr.").has(.honorific))
        #expect(token("the").has(.determiner))
        #expect(token("told").has(.tellVerb))
        #expect(!token("said").has(.determiner))
    }

    @Test func wordsOutsideTheVocabularyAreOtherWithTheirEndings() {
        let word = token("Quillfeathering")
        #expect(word.word == .other)
        #expect(word.has(.endsInIng))
        #expect(!word.has(.speechVerb))
    }

    /// `lower(_:is:)` answers as comparing `lower(_:)` would, for words in and outside the vocabulary, in capitals,
    /// beyond ASCII and with marks.
    @Test func aTokensLowercaseComparedFromItsBytesAgreesWithItsString() {
        let block = TokenizedBlock(
            index: 0, text: "A spokesman for Its Ædal Group, based in Kessel, said ITS aim \u{2014} one of them \u{2014} had been “much” the Agency’s media.")
        for k in block.tokens.indices {
            for text in ["a", "its", "one", "based", "much", "agency", "media", "been", "them"] {
                #expect(block.lower(k, is: text) == (block.lower(k) == text))
            }
        }
    }

    @Test func capitalizationDoesNotChangeTheWord() {
        #expect(token("The").word == .the)
        #expect(token("ACCORDING").word == .according)
    }

    @Test func everyKeywordConstantSpellsItsText() {
        let keywords: [(Word, String)] = [
            (.comma, ","), (.colon, ":"), (.semicolon, ";"), (.period, "."), (.ellipsis, "…"), (.openParenthesis, "("),
            (.closeParenthesis, ")"), (.openBracket, "["), (.possessive, "'s"), (.ampersand, "&"), (.according, "according"),
            (.and, "and"), (.as, "as"), (.at, "at"), (.but, "but"), (.by, "by"), (.during, "during"),
            (.for, "for"), (.from, "from"), (.has, "has"), (.in, "in"), (.is, "is"), (.it, "it"),
            (.many, "many"), (.most, "most"), (.not, "not"), (.of, "of"), (.on, "on"), (.or, "or"), (.over, "over"), (.per, "per"),
            (.some, "some"), (.that, "that"), (.the, "the"), (.to, "to"), (.via, "via"), (.was, "was"), (.while, "while"),
            (.which, "which"), (.who, "who"), (.with, "with"),
        ]
        for (word, text) in keywords {
            #expect(Vocabulary.shared.text(of: word) == text)
        }
    }

    @Test func lowerGivesTheLowercaseTextOfAnyToken() {
        let block = TokenizedBlock(index: 0, text: "Brenner’s “Plan,” Dr. Quill said")
        #expect(block.tokens.indices.map(block.lower) == ["brenner", "'s", "“", "plan", ",", "”", "dr.", "quill", "said"])
    }
}
