extension StringProtocol where SubSequence == Substring {
    /// The text cut at each `separator`, an ASCII control character (line feed, tab), exactly as
    /// `split(separator:omittingEmptySubsequences:)` cuts it, found in the UTF-8 rather than
    /// character by character (the data files are read at every start): a control character is a
    /// character of its own, except a line feed after a carriage return, with which it makes the
    /// one character "\r\n", never cut.
    func split(atControl separator: Unicode.Scalar, omittingEmptySubsequences: Bool = true) -> [Substring] {
        precondition(separator.value < 0x20, "not an ASCII control character")
        let separatorByte = UInt8(separator.value)
        var parts: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == separatorByte && !(byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) {
                if !omittingEmptySubsequences || start != index { parts.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        if !omittingEmptySubsequences || start != utf8.endIndex { parts.append(self[start..<utf8.endIndex]) }
        return parts
    }
}
