/// Marks paragraphs that exactly repeat an earlier one (scrapers often double a stretch
/// of an article), so the engine analyses each text once.
///
/// Only prose kinds count: a repeated headline or caption is already left out of analysis.
enum DuplicateMarker {
    static func mark(_ blocks: inout [Block]) {
        var firstIndex: [String: Int] = [:]
        for index in blocks.indices {
            switch blocks[index].kind {
            case .body, .blockQuote, .listItem: break
            default: continue
            }
            // One hash per block: the entry is read, or made with this index, in a single access.
            let first = Self.entry(&firstIndex[blocks[index].text, default: index])
            if first != index { blocks[index].duplicateOf = first }
        }
    }

    private static func entry(_ value: inout Int) -> Int { value }
}
