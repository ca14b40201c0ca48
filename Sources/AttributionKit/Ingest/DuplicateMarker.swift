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
            if let first = firstIndex[blocks[index].text] {
                blocks[index].duplicateOf = first
            } else {
                firstIndex[blocks[index].text] = index
            }
        }
    }
}
