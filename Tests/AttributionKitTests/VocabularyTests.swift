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
