/// The last two mentions a parser read, by token range: the rules test a phrase (`parse(x) != nil`)
/// and then read the same phrase again, which is then a lookup rather than a second reading.
///
/// A class, so the parser (a value shared by the block's rules) keeps one memory for the block.
final class RecentParses {
    private var latest: (range: Range<Int>, mention: Mention?)? = nil
    private var before: (range: Range<Int>, mention: Mention?)? = nil

    /// The mention read from `range` (nil inside when it reads as none), or nil when not remembered.
    func mention(of range: Range<Int>) -> Mention?? {
        if let latest, latest.range == range { return .some(latest.mention) }
        if let before, before.range == range { return .some(before.mention) }
        return nil
    }

    func remember(_ mention: Mention?, of range: Range<Int>) {
        before = latest
        latest = (range, mention)
    }
}
