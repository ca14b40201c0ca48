/// One block of an ingested article: a paragraph, heading, caption or other line,
/// with the position of its text in the input so every later span maps back exactly.
public struct Block: Hashable, Sendable {
    /// What the block is; only `body`, `blockQuote` and `listItem` blocks are searched for attributions.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case title, deck, byline, dateline, heading, body, blockQuote, listItem, caption, boilerplate, bio
    }

    public var kind: Kind
    /// The block's text as the engine reads it (Markdown inline markup removed).
    public var text: String
    /// Where each Unicode scalar of `text` stands in the input.
    public var offsets: OffsetMap
    /// Index of the first block with exactly the same text, when this one repeats it.
    public var duplicateOf: Int?
    /// Hyperlinks inside the block (Markdown input only).
    public var links: [Link]

    public init(kind: Kind, text: String, offsets: OffsetMap, duplicateOf: Int? = nil, links: [Link] = []) {
        self.kind = kind
        self.text = text
        self.offsets = offsets
        self.duplicateOf = duplicateOf
        self.links = links
    }

    /// Whether the engine looks for attributions in this block.
    public var isProse: Bool {
        switch kind {
        case .body, .blockQuote, .listItem: return duplicateOf == nil
        default: return false
        }
    }

    /// The input span of the scalars `range` of `text`.
    public func inputSpan(_ range: Range<Int>) -> TextSpan {
        offsets.inputSpan(range)
    }
}

/// Maps positions in a block's text (Unicode scalar indices) to positions in the input.
public enum OffsetMap: Hashable, Sendable {
    /// The block's text is a verbatim slice of the input starting at this code point.
    case contiguous(start: Int)
    /// One input position per scalar of the block's text, plus one for its end.
    case mapped([Int])

    public func inputOffset(_ index: Int) -> Int {
        switch self {
        case .contiguous(let start): return start + index
        case .mapped(let positions):
            if positions.isEmpty { return 0 }
            return positions[min(max(index, 0), positions.count - 1)]
        }
    }

    /// The input span covering the scalars `range`; an empty range maps to an empty span.
    public func inputSpan(_ range: Range<Int>) -> TextSpan {
        switch self {
        case .contiguous(let start):
            return TextSpan(start + range.lowerBound, start + range.upperBound)
        case .mapped:
            if range.isEmpty {
                let at = inputOffset(range.lowerBound)
                return TextSpan(at, at)
            }
            return TextSpan(inputOffset(range.lowerBound), inputOffset(range.upperBound - 1) + 1)
        }
    }
}
