/// Lists and counts written for the one-sentence explanations of the balance score (numbers are `ReportNumbers`).
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

    /// "1 statement", "3 statements".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
