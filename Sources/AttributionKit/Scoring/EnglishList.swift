/// Lists and counts written for the one-sentence explanations of the balance score (numbers are `ReportNumbers`).
enum EnglishList {
    /// "A", "A and B", "A, B and C", "A, B, C and 2 others".
    static func join(_ items: [String], limit: Int = 4) -> String {
        // No item or a lone one is the list itself, with no string made.
        guard items.count > 1 else { return items.first ?? "nobody" }
        var list = ""
        // Room for the whole list, so it is not regrown item by item.
        list.reserveCapacity(items.prefix(limit).reduce(16) { $0 + $1.utf8.count + 2 })
        append(count: items.count, limit: limit, to: &list) { index, list in list += items[index] }
        return list
    }

    /// Writes the list of `count` items onto `text` as `join` does, `item(index, &text)` writing
    /// each: an explanation is written in one string, without a string for each item or the list.
    static func append(count: Int, limit: Int = 4, to text: inout String, item: (Int, inout String) -> Void) {
        let shown = min(count, limit)
        let others = count - shown
        guard shown > 0 else {
            text += others == 0 ? "nobody" : others == 1 ? "1 other" : "\(others) others"
            return
        }
        // The items before " and ": every one shown when some are left out, else all but the last.
        let listed = others > 0 ? shown : shown - 1
        for index in 0..<listed {
            if index > 0 { text += ", " }
            item(index, &text)
        }
        if listed > 0 { text += " and " }
        if others > 0 {
            text += others == 1 ? "1 other" : "\(others) others"
        } else {
            item(shown - 1, &text)
        }
    }

    /// "1 statement", "3 statements".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        // Written piece by piece: interpolation reaches the number through its protocol, and the
        // plural made apart is a second string.
        var text = String(n)
        text += " "
        if n == 1 {
            text += singular
        } else if let plural {
            text += plural
        } else {
            text += singular
            text += "s"
        }
        return text
    }
}
