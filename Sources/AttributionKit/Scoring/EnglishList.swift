/// Lists and counts written for the one-sentence explanations of the balance score (numbers are `ReportNumbers`).
enum EnglishList {
    /// "A", "A and B", "A, B and C", "A, B, C and 2 others".
    static func join(_ items: [String], limit: Int = 4) -> String {
        var shown = items.prefix(limit)
        let others = items.count - shown.count
        let last: String
        if others > 0 {
            last = others == 1 ? "1 other" : "\(others) others"
        } else if let item = shown.popLast() {
            last = item
        } else {
            return "nobody"
        }
        guard let first = shown.first else { return last }
        // Appended into one string of the final size rather than joined and concatenated, which
        // makes a string per step, or grown step by step.
        var list = ""
        list.reserveCapacity(shown.reduce(last.utf8.count + 5) { $0 + $1.utf8.count + 2 })
        list += first
        for item in shown.dropFirst() {
            list += ", "
            list += item
        }
        list += " and "
        list += last
        return list
    }

    /// "1 statement", "3 statements".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
