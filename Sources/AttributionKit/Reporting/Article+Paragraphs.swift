extension Article {
    /// The paragraph number a reader would count for each block: 1-based over the
    /// body paragraphs, block quotes and list items (repeats included, since the reader
    /// sees them); nil for titles, captions, bylines and other furniture.
    public var paragraphNumbers: [Int?] {
        var next = 1
        return blocks.map { block in
            switch block.kind {
            case .body, .blockQuote, .listItem:
                defer { next += 1 }
                return next
            default:
                return nil
            }
        }
    }
}
