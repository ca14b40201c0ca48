import Foundation

/// The rows of a tab-separated data file (registry, title words, country names), with
/// their line numbers so a bad line can be named; `#` comment lines and blank lines are skipped.
struct TabSeparatedRows: Sequence {
    struct Row {
        var line: Int
        var columns: [String]

        /// The column at `index`, trimmed; empty when the row is shorter.
        subscript(_ index: Int) -> String {
            index < columns.count ? columns[index][...].trimmed(of: .whitespaces) : ""
        }
    }

    let rows: [Row]

    init(text: String) {
        var rows: [Row] = []
        for (offset, line) in text.split(atControl: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmed(of: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(atControl: "\t", omittingEmptySubsequences: false).map {
                $0.trimmed(of: .whitespacesAndNewlines)
            }
            rows.append(Row(line: offset + 1, columns: columns))
        }
        self.rows = rows
    }

    /// A file shipped in `Resources/<folder>`; a missing file is a broken installation.
    static func bundled(_ name: String, in folder: String) -> TabSeparatedRows {
        let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/\(folder)")
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("attrib: missing resource Resources/\(folder)/\(name).tsv (is the AttributionKit resource bundle installed next to the binary?)")
        }
        return TabSeparatedRows(text: text)
    }

    func makeIterator() -> IndexingIterator<[Row]> {
        rows.makeIterator()
    }
}
