import Mustache

/// Mustache escaping for GitHub/GitLab-flavoured Markdown: backslash-escapes every character that
/// could start inline markup (`|` `*` `_` backticks `<` `[` `]` `&` `$` `~` …), what would start a block
/// at the beginning of a value (`-`, `+`, `=`, `12. `), and turns line breaks into spaces so a value
/// never leaves its table cell or list item.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// Characters escaped wherever they stand.
    private static let inline: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "$", "!",
    ]

    static func escape(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var atStart = true
        var inLeadingDigits = false
        var lastWasBreak = false
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" {
                if !lastWasBreak, !atStart { output.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            let isDigit = ("0"..."9").contains(scalar)
            if atStart {
                atStart = false
                inLeadingDigits = isDigit
                if scalar == "-" || scalar == "+" || scalar == "=" { output.append("\\") }
            } else if inLeadingDigits, !isDigit {
                inLeadingDigits = false
                // "12. " or "3)" at the start would open an ordered list ("70.0" would not).
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if scalar == "." || scalar == ")", next == " " || next == "\t" || next == "\n" { output.append("\\") }
            }
            if inline.contains(scalar) { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }
}
