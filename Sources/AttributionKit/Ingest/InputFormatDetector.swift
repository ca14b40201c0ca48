/// Picks the reader for an input: by file extension, or for standard input (and unknown
/// extensions are plain text) by sniffing the content.
public enum InputFormatDetector {
    public static func format(forPath path: String) -> InputFormat {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .text }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "json", "jsonl", "ndjson": return .json
        default: return .text
        }
    }

    /// JSON when the first non-blank byte opens an object or array; Markdown when a line
    /// starts with a heading mark or the text holds a link `](`; else plain text.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return .text }
        if bytes[first] == UInt8(ascii: "{") || bytes[first] == UInt8(ascii: "[") { return .json }
        var atLineStart = true
        var i = first
        while i < bytes.count {
            let byte = bytes[i]
            if atLineStart && byte == UInt8(ascii: "#") {
                var j = i
                while j < bytes.count, bytes[j] == UInt8(ascii: "#"), j - i < 6 { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: " ") { return .markdown }
            }
            if byte == UInt8(ascii: "]"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "(") { return .markdown }
            atLineStart = byte == 0x0A
            i += 1
        }
        return .text
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xEF || byte == 0xBB || byte == 0xBF
    }
}
