extension Block {
    /// The scalars of `text` that fall inside the input span `span` (the inverse of `inputSpan`),
    /// nil when the span does not touch this block. `count` is the number of scalars of `text`.
    func textRange(of span: TextSpan, count: Int) -> Range<Int>? {
        let lower: Int
        let upper: Int
        switch offsets {
        case .contiguous(let start):
            lower = min(max(span.start - start, 0), count)
            upper = min(max(span.end - start, 0), count)
        case .mapped(let positions):
            let scalarPositions = positions.prefix(count)
            lower = Self.firstIndex(in: scalarPositions, atLeast: span.start)
            upper = Self.firstIndex(in: scalarPositions, atLeast: span.end)
        }
        return lower < upper ? lower..<upper : nil
    }

    /// Binary search in ascending input positions.
    private static func firstIndex(in positions: ArraySlice<Int>, atLeast value: Int) -> Int {
        var low = positions.startIndex
        var high = positions.endIndex
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
