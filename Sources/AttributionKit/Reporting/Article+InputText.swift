extension Article {
    /// The words of the input at `span`, looked up from block `hint` backwards (a speaker named in the
    /// paragraph before its quote), then forwards; nil when no block holds the span.
    func inputText(of span: TextSpan, near hint: Int) -> String? {
        let order = stride(from: min(hint, blocks.count - 1), through: 0, by: -1).map { $0 } + Array(blocks.indices.dropFirst(hint + 1))
        for index in order {
            let scalars = blocks[index].text.scalarArray
            if let range = blocks[index].textRange(of: span, count: scalars.count) { return String(scalars: scalars[range]) }
        }
        return nil
    }
}
