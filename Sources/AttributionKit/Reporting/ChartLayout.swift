/// The geometry the HTML bar charts share (plain and stacked), so their rows line up in a report
/// and long labels are cut alike.
enum ChartLayout {
    /// Drawn about 1:1 in a half-width card on a desktop and barely shrunk on a phone, so labels stay readable.
    static let width = 420
    static let labelX = 150
    static let barX = 156
    static let barHeight = 16

    private static let rowHeight = 26
    private static let maxLabelLength = 20

    /// Top of the bar in row `index`.
    static func barY(row index: Int) -> Int { 6 + index * rowHeight }

    /// Baseline of the label and value beside the bar in row `index`.
    static func textY(row index: Int) -> Int { barY(row: index) + barHeight - 4 }

    /// Height of `rows` rows with their margins.
    static func height(rows: Int) -> Int { 12 + rows * rowHeight }

    /// The label cut to fit left of the bars, ending in "…" when cut.
    static func shortened(_ label: String) -> String {
        label.count <= maxLabelLength ? label : String(label.prefix(maxLabelLength - 1)) + "…"
    }
}
