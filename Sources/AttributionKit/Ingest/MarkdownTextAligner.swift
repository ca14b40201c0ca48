/// Builds the text of one Markdown block from libcmark's literals while finding where each
/// scalar stands in the source, so inline markup can be dropped without losing offsets.
///
/// libcmark's inline source positions are unreliable across lines, so the aligner walks the
/// block's source forward and matches each scalar of literal text; markup is what it skips.
struct MarkdownTextAligner {
    private let source: [Unicode.Scalar]
    private let end: Int
    private var cursor: Int
    private(set) var text: [Unicode.Scalar] = []
    private(set) var positions: [Int] = []
    private(set) var links: [Link] = []
    private var openLinks: [(start: Int, destination: String, bracketed: Bool)] = []

    init(source: [Unicode.Scalar], range: Range<Int>) {
        self.source = source
        cursor = range.lowerBound
        end = max(range.upperBound, range.lowerBound)
    }

    /// Literal text (a text or code node): each scalar mapped to its place in the source.
    mutating func appendLiteral(_ literal: String) {
        for scalar in literal.unicodeScalars { append(scalar) }
    }

    /// A soft or hard line break, kept as "\n" and mapped to the source's line break.
    mutating func appendLineBreak() {
        var i = cursor
        while i < end, source[i] != "\n", source[i] != "\r" { i += 1 }
        let at = min(i, max(end - 1, 0))
        text.append("\n")
        positions.append(at)
        if i < end, source[i] == "\r", i + 1 < end, source[i + 1] == "\n" { i += 1 }
        cursor = min(i + 1, end)
    }

    /// Raw HTML inside a paragraph: skipped in the source, left out of the text.
    mutating func skipLiteral(_ literal: String) {
        let wanted = Array(literal.unicodeScalars)
        guard let first = wanted.first else { return }
        var i = cursor
        while i + wanted.count <= end {
            if source[i] == first && Array(source[i..<(i + wanted.count)]) == wanted {
                cursor = i + wanted.count
                return
            }
            i += 1
        }
    }

    mutating func openLink(destination: String) {
        var i = cursor
        while i < end, source[i] != "[", source[i] != "<" { i += 1 }
        let bracketed = i < end && source[i] == "["
        if i < end { cursor = i + 1 }
        openLinks.append((text.count, destination, bracketed))
    }

    mutating func closeLink() {
        guard let open = openLinks.popLast() else { return }
        if open.start < text.count {
            let anchor = String(scalars: text[open.start...])
            links.append(Link(text: anchor, destination: open.destination, range: open.start..<text.count))
        }
        if open.bracketed {
            skipLinkTail()
        } else if let close = firstIndex(of: ">") {
            cursor = close + 1
        }
    }

    /// An image contributes no text: its alt text and destination are skipped.
    mutating func skipImage() {
        guard let bang = firstIndex(of: "!"), bang + 1 < end, source[bang + 1] == "[" else { return }
        cursor = bang + 1
        guard let close = matching(from: cursor, open: "[", close: "]") else { return }
        cursor = close
        skipLinkTail()
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        var i = cursor
        while i < end {
            if source[i] == scalar { break }
            if source[i] == "&", scalar != "&", let entityEnd = entityEnd(at: i) {
                // An entity such as &#8220; stands for the scalar.
                text.append(scalar)
                positions.append(i)
                cursor = entityEnd
                return
            }
            i += 1
        }
        if i < end {
            text.append(scalar)
            positions.append(i)
            cursor = i + 1
        } else {
            text.append(scalar)
            positions.append(min(cursor, max(end - 1, 0)))
        }
    }

    /// After a link's text: "](destination "title")", "][label]" or "]".
    private mutating func skipLinkTail() {
        guard let bracket = firstIndex(of: "]") else { return }
        cursor = bracket + 1
        guard cursor < end else { return }
        if source[cursor] == "(", let close = matching(from: cursor, open: "(", close: ")") {
            cursor = close + 1
        } else if source[cursor] == "[", let close = matching(from: cursor, open: "[", close: "]") {
            cursor = close + 1
        }
    }

    /// The index of the bracket closing the one at `start`, skipping nested pairs and escapes.
    private func matching(from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 0
        var i = start
        while i < end {
            if source[i] == "\\" {
                i += 2
                continue
            }
            if source[i] == open { depth += 1 }
            if source[i] == close {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }

    private func firstIndex(of scalar: Unicode.Scalar) -> Int? {
        var i = cursor
        while i < end {
            if source[i] == scalar { return i }
            i += 1
        }
        return nil
    }

    /// The index after the ';' of an HTML entity starting at `start`, if one does.
    private func entityEnd(at start: Int) -> Int? {
        var i = start + 1
        while i < end, i - start <= 32 {
            let s = source[i]
            if s == ";" { return i > start + 1 ? i + 1 : nil }
            guard s == "#" || s.properties.isAlphabetic || s.properties.numericType != nil, s.isASCII else { return nil }
            i += 1
        }
        return nil
    }
}
