/// A top-level stretch of quoted words in one block, as token indices.
public struct QuoteSpan: Sendable, Equatable {
    /// Index of the opening mark; nil when the quote carries on from the previous block without one.
    public var open: Int?
    /// Index of the closing mark; nil when the block ends before the quote closes.
    public var close: Int?
    /// Token indices of the quoted words.
    public var content: Range<Int>
    /// Double quotation marks (single marks serve as quotation marks only outside double ones).
    public var isDouble: Bool

    /// First token index that belongs to the quote, marks included.
    public var first: Int { open ?? content.lowerBound }
    /// One past the last token index of the quote, marks included.
    public var last: Int { close.map { $0 + 1 } ?? content.upperBound }
}
