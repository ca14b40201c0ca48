/// Infers the publishing outlet from the article's references to itself: a name such as
/// "The Riverside Gazette" that sources "told" in at least two different paragraphs.
///
/// A single "told the X" is more often another outlet being cited, so one mention is not enough.
/// Used only when no metadata or `--outlet` names the outlet.
enum SelfReferenceOutlet {
    /// `paragraphs`: the text of each prose block, each repeated paragraph once.
    static func infer(from paragraphs: [ArraySlice<UInt8>]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        // Most paragraphs have no "told" at all, and none is split into words: each word holding the
        // cue's bytes is read where they stand, with the few words after it.
        for paragraph in paragraphs {
            var seen: Set<String> = []
            var shape: LineShape? = nil
            var from = paragraph.startIndex
            while let at = cueStart(in: paragraph, from: from) {
                let line = shape ?? LineShape(paragraph, length: paragraph.scalarCount)
                shape = line
                // The cue's word, then "the" and the six words a name may have.
                let words = line.words(fromWordHolding: at, count: 8)
                from = words[0].upperBound
                if line.word(in: words[0], is: cue), let name = outletName(after: words, in: line), seen.insert(name).inserted {
                    if counts[name] == nil { order.append(name) }
                    counts[name, default: 0] += 1
                }
            }
        }
        return order.filter { counts[$0]! >= 2 }.max { counts[$0]! < counts[$1]! }
    }

    /// The verb before an outlet's name.
    private static let cue: StaticString = "told"

    /// Where the cue stands in `text` from byte `from` on, in any ASCII case (as `LineShape.wordIs`
    /// compares), inside a word or not. Every paragraph of an article without a named outlet is
    /// searched, so four bytes are read at each position and compared with the cue at once, ASCII
    /// capitals folded by setting their 0x20 bit (which folds no other byte onto a letter of the cue).
    private static func cueStart(in text: ArraySlice<UInt8>, from: Int) -> Int? {
        text.withUnsafeBufferPointer { utf8 in
            let offset = from - text.startIndex
            guard utf8.count - offset >= 4, let base = utf8.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            for start in offset...(utf8.count - 4)
            where UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)) | 0x2020_2020 == foldedCue {
                return text.startIndex + start
            }
            return nil
        }
    }

    /// The cue's four bytes as one little-endian integer, as `mayHoldCue` reads them.
    private static let foldedCue: UInt32 = cue.withUTF8Buffer { cue in
        cue.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// "told the Riverside Gazette" → "Riverside Gazette"; "told The Daily Ledger" keeps "The". `words`:
    /// the cue's word and those after it.
    private static func outletName(after words: [Range<Int>], in shape: LineShape) -> String? {
        var index = 1
        // Compared by its bytes, as a String compares: no scalar beyond ASCII composes to "t", "h" or "e".
        if index < words.count, shape.text[words[index]].elementsEqual("the".utf8) { index += 1 }
        var name: [String] = []
        while index < words.count, name.count < 6, shape.isCapitalized(in: words[index]) {
            let raw = shape.text[words[index]]
            name.append(String(decoding: shape.bareBytes(in: words[index]), as: UTF8.self))
            if !LineShape.isWordScalar(raw.scalar(before: raw.endIndex).scalar) { break }
            index += 1
        }
        guard let last = name.last, IngestLexicon.outletWords.contains(last.lowercased()),
            name.count >= 2 || name.first != "The"
        else { return nil }
        return name.joined(separator: " ")
    }
}
