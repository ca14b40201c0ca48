/// Words of a block named by their tokens, made into a string only where it is kept: a description
/// as it would stand inside a sentence, its first letter lowered when only the sentence gave it a capital.
struct Phrase: Sendable, Equatable {
    var tokens: Range<Int>
    /// The first letter is lowered ("The official" → "the official").
    var lowersFirst = false

    func text(in block: TokenizedBlock) -> String {
        lowersFirst ? block.textLoweringFirst(tokens: tokens) : block.text(tokens: tokens)
    }
}
