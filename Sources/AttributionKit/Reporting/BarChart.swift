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

    /// One bar to draw: its label, its length as a fraction, the CSS class for its colour, and the
    /// text shown after it (the fraction as a percent when not given).
    struct Item {
        let label: String
        let fraction: Double
        let kind: String
        var value: String? = nil
    }

    let title: String
    let bars: [Bar]
    let height: Int
    // The geometry the template reads, shared with `StackedBarChart`.
    let width = ChartLayout.width
    let labelX = ChartLayout.labelX
    let barX = ChartLayout.barX
    let barHeight = ChartLayout.barHeight

    private static let maxBarWidth = 210.0

    /// Bars are scaled to `scaleMaximum` when given (0.5 fills half the width), else so the largest fills the width.
    init(title: String, items: [Item], scaleMaximum: Double? = nil) {
        self.title = title
        let largest = scaleMaximum ?? items.map(\.fraction).max() ?? 0
        var bars: [Bar] = []
        for (index, item) in items.enumerated() {
            let length = max(largest > 0 ? Self.maxBarWidth * item.fraction / largest : 0, 1)
            bars.append(Bar(
                label: ChartLayout.shortened(item.label),
                value: item.value ?? ReportNumbers.percent(item.fraction),
                barY: ChartLayout.barY(row: index),
                textY: ChartLayout.textY(row: index),
                barWidth: ReportNumbers.decimal(length),
                valueX: ReportNumbers.decimal(Double(barX) + length + 5),
                kind: item.kind))
        }
        self.bars = bars
        height = ChartLayout.height(rows: items.count)
    }
}
