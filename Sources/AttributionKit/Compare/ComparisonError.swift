/// Why two comparisons cannot be merged.
public enum ComparisonError: Error, Equatable, CustomStringConvertible {
    case groupingMismatch(ComparisonGrouping, ComparisonGrouping)
    case versionMismatch(Int)

    public var description: String {
        switch self {
        case .groupingMismatch(let mine, let theirs):
            return "cannot merge a comparison by \(theirs.rawValue) into one by \(mine.rawValue)"
        case .versionMismatch(let version):
            return "comparison format \(version) is not \(SourcingComparison.formatVersion); tally it again with this attrib"
        }
    }
}
