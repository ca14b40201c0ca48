/// The last two mentions a parser read, by token range: the rules test a phrase (`parse(x) != nil`)
/// and then read the same phrase again, which is then a lookup rather than a second reading.
///
/// A class, so the parser (a value shared by the block's rules) keeps one memory for the block. Ranges
/// and mentions stand in fields of their own, which copy without the runtime's help a tuple needs.
final class RecentParses {
    private var latestRange: Range<Int>? = nil
    private var latest: Mention? = nil
    private var earlierRange: Range<Int>? = nil
    private var earlier: Mention? = nil

    /// Whether the mention read from `range` is remembered.
    func remembers(_ range: Range<Int>) -> Bool {
        latestRange == range || earlierRange == range
    }

    /// The mention read from `range`, which `remembers(_:)`; nil when it read as none.
    func mention(of range: Range<Int>) -> Mention? {
        latestRange == range ? latest : earlier
    }

    func remember(_ mention: Mention?, of range: Range<Int>) {
        // The latest becomes the earlier one by a swap, which copies neither.
        swap(&earlierRange, &latestRange)
        swap(&earlier, &latest)
        latestRange = range
        latest = mention
    }
}
