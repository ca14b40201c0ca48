/// A stretch of input that becomes one block once its kind is decided: a line of plain
/// text, or a paragraph, heading, quote or list item of Markdown.
struct BlockCandidate {
    /// What the input's own structure says the stretch is.
    enum Structure: Equatable {
        /// A line of plain text: its kind comes only from its shape and place.
        case line
        case paragraph
        case heading(level: Int)
        case blockQuote
        case listItem
    }

    var structure: Structure
    /// The UTF-8 of the text as the engine will read it. A candidate with `.contiguous` offsets is a
    /// slice of the input's bytes: its indices are byte offsets of the input text.
    var text: ArraySlice<UInt8>
    /// The number of scalars of `text`.
    var length: Int
    var offsets: OffsetMap
    var links: [Link] = []

    /// Whether only shape and position can tell what the stretch is (no Markdown structure).
    var isFreeText: Bool {
        structure == .line || structure == .paragraph
    }

    var string: String {
        String(decoding: text, as: UTF8.self)
    }
}
