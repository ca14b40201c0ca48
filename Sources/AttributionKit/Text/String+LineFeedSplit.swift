extension String {
    /// The text cut at its line feeds exactly as `split(separator: "\n", omittingEmptySubsequences:)`
    /// cuts it, found in the UTF-8 rather than character by character (the data files are read at
    /// every start): a line feed is a character of its own except after a carriage return, with
    /// which it makes the one character "\r\n", never cut.
    func splitAtLineFeeds(omittingEmptySubsequences: Bool = true) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                if !omittingEmptySubsequences || start != index { lines.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        if !omittingEmptySubsequences || start != utf8.endIndex { lines.append(self[start...]) }
        return lines
    }
}
