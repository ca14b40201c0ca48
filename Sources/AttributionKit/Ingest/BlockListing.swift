/// A plain listing of how an article was cut into blocks (kind, input span, duplicate mark,
/// text), to check what the readers did with an input: `attrib blocks FILE`.
public enum BlockListing {
    public static func render(_ article: Article) -> String {
        var lines = ["# \(article.origin)  title: \(article.title ?? "-")  outlet: \(article.outlet ?? "-")  byline: \(article.byline.joined(separator: "; "))"]
        for (index, block) in article.blocks.enumerated() {
            let count = block.text.unicodeScalars.count
            let span = block.inputSpan(0..<count)
            let duplicate = block.duplicateOf.map { " =\($0)" } ?? ""
            let text = block.text.replacingOccurrences(of: "\n", with: "\u{21B5}")
            lines.append("\(index)\t\(block.kind.rawValue)\(duplicate)\t[\(span.start),\(span.end))\t\(text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
