extension OffsetMap {
    /// The map of the scalars `range` of a block's text, for a block cut out of another.
    func slice(_ range: Range<Int>) -> OffsetMap {
        switch self {
        case .contiguous(let start):
            return .contiguous(start: start + range.lowerBound)
        case .mapped:
            return .mapped(range.map(inputOffset) + [inputOffset(range.upperBound - 1) + 1])
        }
    }
}
