/// The last two mentions a parser read, by token range: the rules test a phrase (`parse(x) != nil`)
/// and then read the same phrase again, which is then a lookup rather than a second reading.
///
/// A class, so the parser (a value shared by the block's rules) keeps one memory for the block. Ranges
/// and mentions stand in fields of their own, which copy without the runtime's help a tuple needs.
final class RecentParses {
    private var latestRange: Range<Int>? = nil
    private var latest: Mention? = nil
    private var beforeRange: Range<Int>? = nil
    private var before: Mention? = nil

    /// The mention read from `range` (nil inside when it reads as none), or nil when not remembered.
    func mention(of range: Range<Int>) -> Mention?? {
        if latestRange == range { return .some(latest) }
        if beforeRange == range { return .some(before) }
        return nil
    }

    func remember(_ mention: Mention?, of range: Range<Int>) {
        beforeRange = latestRange
        before = latest
        latestRange = range
        latest = mention
    }
}
