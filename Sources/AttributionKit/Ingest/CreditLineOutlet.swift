/// Infers the publishing outlet from a credit line among the article's last blocks: "Source: Al Jazeera",
/// "Copyright 2031 The Calder Post", "© 2031 Calder Post. All rights reserved."
///
/// The name must be a known outlet or end in an outlet word ("Post", "Times"): "Source: Ministry of Energy"
/// credits a figure, not the article. Used only when no metadata, `--outlet` or wire dateline names the outlet.
enum CreditLineOutlet {
    /// How many blocks from the end of the text may hold the credit.
    static let blocksFromEnd = 3
    /// The longest block, in bytes, read as a credit line.
    static let longestLine = 120
    /// The most words an outlet's name has.
    static let longestName = 6

    /// `blocks`: the text of each block, in order.
    static func infer(from blocks: [ArraySlice<UInt8>]) -> String? {
        for text in blocks.suffix(blocksFromEnd).reversed() where text.count <= longestLine && mayOpenWithCredit(text) {
            if let outlet = outlet(credited: String(decoding: text, as: UTF8.self)) { return outlet }
        }
        return nil
    }

    /// The ASCII openers `outlet(credited:)` reads a credit after, lowercase.
    private static let asciiOpeners: [[UInt8]] = ["source:", "copyright", "(c)"].map { Array($0.utf8) }

    /// Whether `text` may open with a credit's first word, asked of its bytes: the last lines of every article
    /// without an outlet are read here, and splitting one into words by `Character` cost more than all the rest.
    /// A first word all ASCII must be one of `asciiOpeners` in any case; one that reaches a byte beyond ASCII
    /// ("©", a space beyond ASCII, a combining mark) is left to `outlet(credited:)`.
    private static func mayOpenWithCredit(_ text: ArraySlice<UInt8>) -> Bool {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let start = text.firstIndex(where: { !isSpace($0) }) else { return false }
        let end = text[start...].firstIndex(where: { isSpace($0) || $0 >= 0x80 }) ?? text.endIndex
        if end < text.endIndex, text[end] >= 0x80 { return true }
        let word = text[start..<end]
        return asciiOpeners.contains { $0.elementsEqual(word.lazy.map(\.asciiLowercased)) }
    }

    /// The outlet a credit line names, as the outlet list writes a known one; nil when the line is no credit.
    static func outlet(credited line: String) -> String? {
        var words = line.split(whereSeparator: \.isWhitespace)[...]
        guard let opener = words.popFirst() else { return nil }
        switch opener.lowercased() {
        case "source:":
            break
        case "copyright", "©", "(c)":
            // "Copyright © 2031", "© 2031", "©2031-2032": the mark and the years before the name.
            if let mark = words.first, mark == "©" || mark.lowercased() == "(c)" { words.removeFirst() }
            if let year = words.first, year.first?.isNumber ?? false { words.removeFirst() }
        default:
            guard opener.hasPrefix("©"), opener.dropFirst().allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
        }
        var name: [Substring] = []
        for word in words {
            guard name.count < longestName, word.first?.isUppercase ?? false else { break }
            // "Calder Post. All rights reserved.": a mark after a word ends the name.
            let bare = word.prefix { !".,;|".contains($0) }
            name.append(bare)
            if bare.count < word.count { break }
        }
        guard let last = name.last else { return nil }
        let written = name.joined(separator: " ")
        let key = written.lowercased()
        if let known = Lexicon.shared.outlets[key] ?? Lexicon.shared.outlets["the " + key]
            ?? (key.hasPrefix("the ") ? Lexicon.shared.outlets[String(key.dropFirst(4))] : nil)
        {
            return known
        }
        // ("The Post" alone may be any paper's second reference.)
        guard IngestLexicon.outletWords.contains(last.lowercased()), name.count >= 2, name.first != "The" || name.count >= 3 else { return nil }
        return written
    }
}
