import Foundation

/// How reports write numbers for people: whole percents and scores, fixed decimals.
enum ReportNumbers {
    static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "–" }
        return "\(Int((fraction * 100).rounded()))%"
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "–" : percent(Double(part) / Double(whole))
    }

    static func score(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return String(Int(value.rounded()))
    }

    /// `value` with `places` decimals exactly as `String(format: "%.<places>f")` writes it, without
    /// the formatter's cost: only a value the fast path cannot write exactly (a rounding tie, a
    /// negative or a large one) goes to it.
    static func decimal(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = value * Double(scale)
        guard value.sign == .plus, scaled < 1e6, abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else {
            return String(format: "%.\(places)f", value)
        }
        let units = Int(scaled.rounded())
        guard places > 0 else { return String(units) }
        let fraction = String(units % scale)
        return "\(units / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// "1 attribution", "3 attributions".
    static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// "think_tank" → "think tank".
    static func words(_ code: String) -> String {
        code.replacing("_", with: " ")
    }
}
