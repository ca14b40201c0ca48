/// Converts libcmark's source positions (1-based line, 1-based byte column) into indices
/// of the input's Unicode scalars.
///
/// Lines break at LF, CRLF or a lone CR, as libcmark counts them.
struct SourceLineIndex {
    private let text: [Unicode.Scalar]
    /// Scalar index where each line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]

    init(_ text: [Unicode.Scalar]) {
        self.text = text
        var starts = [0]
        var i = 0
        while i < text.count {
            if text[i] == "\r", i + 1 < text.count, text[i + 1] == "\n" { i += 1 }
            if text[i] == "\n" || text[i] == "\r" { starts.append(i + 1) }
            i += 1
        }
        lineStarts = starts
    }

    /// The scalar index of `column` (a byte column) on `line`; past the line's end it stops at the break.
    func scalarIndex(line: Int32, column: Int32) -> Int {
        guard line >= 1 else { return 0 }
        guard Int(line) <= lineStarts.count else { return text.count }
        var index = lineStarts[Int(line) - 1]
        var bytes = 0
        let wanted = max(Int(column) - 1, 0)
        while bytes < wanted, index < text.count, text[index] != "\n", text[index] != "\r" {
            bytes += UTF8.width(text[index])
            index += 1
        }
        return index
    }
}
