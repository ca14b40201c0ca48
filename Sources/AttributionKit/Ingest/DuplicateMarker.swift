/// Marks paragraphs that exactly repeat an earlier one (scrapers often double a stretch
/// of an article), so the engine analyses each text once.
///
/// Only prose kinds count: a repeated headline or caption is already left out of analysis.
/// Texts repeat when they are equal as Swift strings (canonically equivalent).
enum DuplicateMarker {
    static func mark(_ blocks: inout [Block]) {
        var prose: [Int] = []
        prose.reserveCapacity(blocks.count)
        for index in blocks.indices {
            switch blocks[index].kind {
            case .body, .blockQuote, .listItem: prose.append(index)
            default: continue
            }
        }
        // Texts already in normal form are equivalent only when their bytes are equal, which is
        // much cheaper to compare than a String's normalised form; and texts of different lengths
        // in bytes are never equal, so only texts of a shared length are compared at all.
        guard prose.allSatisfy({ blocks[$0].text.isNFCByItsScalars }) else {
            return mark(&blocks, prose: prose, key: { $0 })
        }
        // Sorted by length, and in input order within one, the texts of a shared length stand side by side.
        var byLength = prose.map { (length: blocks[$0].text.utf8.count, index: $0) }
        byLength.sort { $0.length != $1.length ? $0.length < $1.length : $0.index < $1.index }
        var start = 0
        while start < byLength.count {
            var end = start + 1
            while end < byLength.count, byLength[end].length == byLength[start].length { end += 1 }
            if end - start > maximumComparedGroup {
                mark(&blocks, prose: byLength[start..<end].map(\.index), key: { ExactText($0) })
            } else if end - start > 1 {
                markComparing(&blocks, group: byLength[start..<end])
            }
            start = end
        }
    }

    /// The most texts of one length compared with each other; a larger group (thousands of short
    /// paragraphs of one shape in a huge article) is hashed, one hash per text.
    private static let maximumComparedGroup = 8

    /// Marks the repeats among a few texts of one length (in input order) by comparing each with the
    /// first texts before it: no table made, and no text hashed whole.
    private static func markComparing(_ blocks: inout [Block], group: ArraySlice<(length: Int, index: Int)>) {
        for later in group.indices.dropFirst() {
            let index = group[later].index
            for earlier in group[..<later] where blocks[earlier.index].duplicateOf == nil {
                if ExactText(blocks[earlier.index].text) == ExactText(blocks[index].text) {
                    blocks[index].duplicateOf = earlier.index
                    break
                }
            }
        }
    }

    private static func mark<Key: Hashable>(_ blocks: inout [Block], prose: [Int], key: (String) -> Key) {
        var firstIndex: [Key: Int] = [:]
        firstIndex.reserveCapacity(prose.count)
        for index in prose {
            // One hash per block: each is stored as the first of its text, and a repeat (rare) puts the
            // first one back. (The subscript with a default would allocate its closure for every block.)
            let text = key(blocks[index].text)
            if let first = firstIndex.updateValue(index, forKey: text) {
                firstIndex[text] = first
                blocks[index].duplicateOf = first
            }
        }
    }
}
