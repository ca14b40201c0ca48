import CCmark
import Glibc

/// Renders Markdown fragments to HTML with libcmark in its default safe mode
/// (raw HTML is dropped and `javascript:` links are emptied).
enum CommonMark {
    static func html(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { buffer -> String in
            buffer.withMemoryRebound(to: CChar.self) { characters -> String in
                guard let base = characters.baseAddress,
                    let rendered = cmark_markdown_to_html(base, characters.count, CMARK_OPT_DEFAULT)
                else { return "" }
                defer { free(rendered) }
                return String(cString: rendered)
            }
        }
    }

    /// A one-paragraph fragment without its `<p>` wrapper, for use inside a sentence or list item.
    static func inlineHTML(_ markdown: String) -> String {
        let rendered = html(markdown)
        guard rendered.hasPrefix("<p>"), rendered.hasSuffix("</p>\n") else { return rendered }
        let inner = rendered.dropFirst(3).dropLast(5)
        return inner.contains("<p>") ? rendered : String(inner)
    }
}
