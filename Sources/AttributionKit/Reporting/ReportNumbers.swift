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

    static func decimal(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.rounded(.towardZero))
        var fraction = Int((abs(rounded - Double(whole)) * scale).rounded())
        var digits = ""
        for _ in 0..<places {
            digits = String(fraction % 10) + digits
            fraction /= 10
        }
        let sign = rounded < 0 && whole == 0 ? "-" : ""
        return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(digits)"
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
