/// Lists and numbers written for the one-sentence explanations of the balance score.
enum EnglishList {
    /// "A", "A and B", "A, B and C", "A, B, C and 2 others".
    static func join(_ items: [String], limit: Int = 4) -> String {
        var shown = Array(items.prefix(limit))
        if items.count > limit { shown.append(items.count - limit == 1 ? "1 other" : "\(items.count - limit) others") }
        switch shown.count {
        case 0: return "nobody"
        case 1: return shown[0]
        default: return shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
        }
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    static func number(_ value: Double) -> String {
        decimal(value, places: 2)
    }

    /// `value` with `places` decimals exactly as `String(format: "%.<places>f")` writes it, without
    /// the formatter's cost: only a value on a rounding tie, where its exact rounding shows, goes to it.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = value * Double(scale)
        guard value.sign == .plus, scaled < 1e6, abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else {
            return String(format: "%.\(places)f", value)
        }
        let units = Int(scaled.rounded())
        let fraction = String(units % scale)
        return "\(units / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// "1 statement", "3 statements".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
