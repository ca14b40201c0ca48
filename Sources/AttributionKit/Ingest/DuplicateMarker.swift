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
        guard prose.allSatisfy({ isNormalized(blocks[$0].text) }) else {
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

    /// Whether every scalar of `text` is one that no normalisation changes or combines with its
    /// neighbours: below U+0300 (ASCII, Latin letters), or U+2002–U+20BF (spaces, dashes, curly
    /// quotes, currency signs). Such a text is in NFC whatever surrounds each scalar.
    private static func isNormalized(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                // Runs of ASCII are crossed eight bytes at a time.
                if index + 8 <= utf8.count,
                    UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                let lead = utf8[index]
                switch lead {
                case ..<0x80:
                    index += 1
                case 0xC2...0xCB:
                    index += 2
                case 0xE2 where index + 1 < utf8.count:
                    // E2 80 80 and E2 80 81 are U+2000 and U+2001, which normalise to other spaces.
                    let second = utf8[index + 1]
                    guard second == 0x81 || second == 0x82 || (second == 0x80 && index + 2 < utf8.count && utf8[index + 2] >= 0x82)
                    else { return false }
                    index += 3
                default:
                    return false
                }
            }
            return true
        }
    }
}
