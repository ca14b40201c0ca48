/// Lists and counts written for the one-sentence explanations of the balance score (numbers are `ReportNumbers`).
enum EnglishList {
    /// Writes "A", "A and B", "A, B and C", "A, B, C and 2 others" (or "nobody") onto `text`.
    static func append(_ items: [String], limit: Int = 4, to text: inout ExplanationText) {
        append(count: items.count, limit: limit, to: &text) { index, text in text.append(contentsOf: items[index]) }
    }

    /// Writes the list of `count` items onto `text` as `append(_:limit:to:)` does, `item(index, &text)`
    /// writing each: an explanation is written in one go, without a string for each item or the list.
    static func append(count: Int, limit: Int = 4, to text: inout ExplanationText, item: (Int, inout ExplanationText) -> Void) {
        let shown = min(count, limit)
        let others = count - shown
        guard shown > 0 else {
            appendOthers(others, to: &text)
            return
        }
        // The items before " and ": every one shown when some are left out, else all but the last.
        let listed = others > 0 ? shown : shown - 1
        for index in 0..<listed {
            if index > 0 { text.append(", ") }
            item(index, &text)
        }
        if listed > 0 { text.append(" and ") }
        if others > 0 {
            appendOthers(others, to: &text)
        } else {
            item(shown - 1, &text)
        }
    }

    /// "nobody", "1 other", "3 others".
    private static func appendOthers(_ others: Int, to text: inout ExplanationText) {
        if others == 0 {
            text.append("nobody")
        } else {
            appendCount(others, "other", to: &text)
        }
    }

    /// Writes "1 statement", "3 statements" onto `text`.
    static func appendCount(_ n: Int, _ singular: StaticString, to text: inout ExplanationText) {
        text.append(n)
        text.append(" ")
        text.append(singular)
        if n != 1 { text.append("s") }
    }
}
