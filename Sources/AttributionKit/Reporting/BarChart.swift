/// A horizontal bar chart for the HTML reports, laid out here so the template only places SVG shapes.
struct BarChart {
    struct Bar {
        let label: String
        let value: String
        let barY: Int
        let textY: Int
        let barWidth: String
        let valueX: String
        /// CSS class of the bar (a category or gender code), for its colour.
        let kind: String
    }

    let title: String
    let bars: [Bar]
    let height: Int
    let width = 640
    let labelX = 196
    let barX = 204

    private static let rowHeight = 28
    private static let barHeight = 18
    private static let maxBarWidth = 360.0
    private static let maxLabelLength = 30

    /// One bar to draw: its label, its length as a fraction, the CSS class for its colour, and the
    /// text shown after it (the fraction as a percent when not given).
    struct Item {
        let label: String
        let fraction: Double
        let kind: String
        var value: String? = nil
    }

    /// Bars are scaled to `scaleMaximum` when given (0.5 fills half the width), else so the largest fills the width.
    init(title: String, items: [Item], scaleMaximum: Double? = nil) {
        self.title = title
        let largest = scaleMaximum ?? items.map(\.fraction).max() ?? 0
        bars = items.enumerated().map { index, item in
            let top = 6 + index * Self.rowHeight
            let length = largest > 0 ? Self.maxBarWidth * item.fraction / largest : 0
            return Bar(
                label: Self.shortened(item.label),
                value: item.value ?? ReportNumbers.percent(item.fraction),
                barY: top,
                textY: top + Self.barHeight - 4,
                barWidth: ReportNumbers.decimal(max(length, 1)),
                valueX: ReportNumbers.decimal(204 + max(length, 1) + 6),
                kind: item.kind)
        }
        height = 12 + items.count * Self.rowHeight
    }

    private static func shortened(_ label: String) -> String {
        label.count <= maxLabelLength ? label : String(label.prefix(maxLabelLength - 1)) + "…"
    }
}
