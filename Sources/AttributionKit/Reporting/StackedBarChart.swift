/// A chart of horizontal bars each split into coloured parts (one bar per group, one part per
/// category), with its legend, laid out here so the template only places SVG shapes.
struct StackedBarChart {
    struct Part {
        let x: String
        let width: String
        let kind: String
        /// Tooltip: "think tank 40%".
        let tip: String
    }

    struct Row {
        let label: String
        let barY: Int
        let textY: Int
        let parts: [Part]
    }

    struct LegendItem {
        let label: String
        let kind: String
        let x: Int
        let y: Int
        let textX: Int
        let textY: Int
    }

    let title: String
    let rows: [Row]
    let legend: [LegendItem]
    let height: Int
    // The geometry the template reads, shared with `BarChart`.
    let width = ChartLayout.width
    let labelX = ChartLayout.labelX
    let barX = ChartLayout.barX
    let barHeight = ChartLayout.barHeight

    private static let barWidth = 240.0
    /// Rough width of a legend character at the chart's font size, to wrap the legend.
    private static let characterWidth = 8

    /// `rows` are (label, counts by kind); `kinds` gives the order and the legend labels of the parts.
    init(title: String, rows: [(label: String, counts: [String: Int])], kinds: [(kind: String, label: String)]) {
        self.title = title
        var laidOut: [Row] = []
        for (index, row) in rows.enumerated() {
            let total = row.counts.values.reduce(0, +)
            var x = Double(barX)
            var parts: [Part] = []
            for (kind, label) in kinds {
                guard let count = row.counts[kind], count > 0, total > 0 else { continue }
                let share = Double(count) / Double(total)
                let width = Self.barWidth * share
                parts.append(Part(
                    x: ReportNumbers.decimal(x), width: ReportNumbers.decimal(width), kind: kind,
                    tip: "\(label) \(ReportNumbers.percent(share))"))
                x += width
            }
            laidOut.append(Row(
                label: ChartLayout.shortened(row.label), barY: ChartLayout.barY(row: index), textY: ChartLayout.textY(row: index),
                parts: parts))
        }
        self.rows = laidOut

        let used = Set(rows.flatMap { $0.counts.filter { $0.value > 0 }.keys })
        var legend: [LegendItem] = []
        var x = 8
        var y = ChartLayout.height(rows: rows.count)
        for (kind, label) in kinds where used.contains(kind) {
            let itemWidth = 14 + label.count * Self.characterWidth + 16
            if x + itemWidth > width, x > 8 {
                x = 8
                y += 20
            }
            legend.append(LegendItem(label: label, kind: kind, x: x, y: y, textX: x + 14, textY: y + 10))
            x += itemWidth
        }
        self.legend = legend
        height = legend.isEmpty ? ChartLayout.height(rows: rows.count) : y + 22
    }
}
