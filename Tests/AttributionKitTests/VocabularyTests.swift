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

    @Test func keywordConstantsSpellTheirText() {
        #expect(Vocabulary.shared.text(of: .comma) == ",")
        #expect(Vocabulary.shared.text(of: .possessive) == "'s")
        #expect(Vocabulary.shared.text(of: .that) == "that")
    }

    @Test func lowerGivesTheLowercaseTextOfAnyToken() {
        let block = TokenizedBlock(index: 0, text: "Brenner’s “Plan,” Dr. Quill said")
        #expect(block.tokens.indices.map(block.lower) == ["brenner", "'s", "“", "plan", ",", "”", "dr.", "quill", "said"])
    }
}
