/// Who a rule found behind a statement: the resolved entity, the mention as written, the cue and the via.
struct Speaker: Sendable {
    var entity: Int?
    var mention: Range<Int>?
    var inheritedSpan: TextSpan?
    var cue: Range<Int>?
    var via: Via?
    var rule: String
}
