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
        // Most paragraphs have no "told" at all, and are passed over before they are split into words.
        for paragraph in paragraphs where mayHoldCue(paragraph) {
            var seen: Set<String> = []
            let shape = LineShape(paragraph, length: paragraph.scalarCount)
            for (index, word) in shape.words.enumerated() where shape.word(in: word, is: cue) {
                if let name = outletName(after: index, in: shape), seen.insert(name).inserted {
                    if counts[name] == nil { order.append(name) }
                    counts[name, default: 0] += 1
                }
            }
        }
        return order.filter { counts[$0]! >= 2 }.max { counts[$0]! < counts[$1]! }
    }

    /// The verb before an outlet's name.
    private static let cue: StaticString = "told"

    /// Whether the cue stands anywhere in `text`, in any ASCII case (as `LineShape.wordIs` compares).
    /// Every paragraph of an article without a named outlet is searched, so four bytes are read at
    /// each position and compared with the cue at once, ASCII capitals folded by setting their
    /// 0x20 bit (which folds no other byte onto a letter of the cue).
    private static func mayHoldCue(_ text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { utf8 in
            guard utf8.count >= 4, let base = utf8.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            for start in 0...(utf8.count - 4)
            where UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)) | 0x2020_2020 == foldedCue {
                return true
            }
            return false
        }
    }

    /// The cue's four bytes as one little-endian integer, as `mayHoldCue` reads them.
    private static let foldedCue: UInt32 = cue.withUTF8Buffer { cue in
        cue.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// "told the Riverside Gazette" → "Riverside Gazette"; "told The Daily Ledger" keeps "The".
    private static func outletName(after cue: Int, in shape: LineShape) -> String? {
        var index = cue + 1
        if index < shape.wordCount, shape.word(index) == "the" { index += 1 }
        var words: [String] = []
        while index < shape.wordCount, words.count < 6, shape.isCapitalized(index) {
            let raw = shape.word(index)
            let trimmed = String(decoding: shape.bareBytes(in: shape.words[index]), as: UTF8.self)
            words.append(trimmed)
            if raw.unicodeScalars.last.map({ !LineShape.isWordScalar($0) }) ?? false { break }
            index += 1
        }
        guard let last = words.last, IngestLexicon.outletWords.contains(last.lowercased()),
            words.count >= 2 || words.first != "The"
        else { return nil }
        return words.joined(separator: " ")
    }
}
