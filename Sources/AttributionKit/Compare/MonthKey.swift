/// Reads the month (`YYYY-MM`) out of the date strings articles carry: ISO dates and timestamps
/// ("2026-03-14", "2026-03-14T09:00:00Z", "2026/03/14") or written dates ("March 14, 2026", "14 Mar 2026").
enum MonthKey {
    private static let monthNames: [(prefix: String, number: Int)] = [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6),
        ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    static func parse(_ date: String) -> String? {
        let scalars = Array(date.unicodeScalars)
        let digitRuns = runs(in: scalars, where: { ("0"..."9").contains($0) })
        // ISO order: a four-digit year followed by a one- or two-digit month.
        if let first = digitRuns.first, first.count == 4, digitRuns.count >= 2,
            let year = number(scalars, first), let month = number(scalars, digitRuns[1]),
            digitRuns[1].count <= 2, (1...12).contains(month)
        {
            return key(year, month)
        }
        // Written month: the first month name and the first four-digit year.
        let words = runs(in: scalars, where: { $0.properties.isAlphabetic })
        guard let year = digitRuns.first(where: { $0.count == 4 }).flatMap({ number(scalars, $0) }) else { return nil }
        for word in words where word.count >= 3 {
            let text = String(String.UnicodeScalarView(scalars[word])).lowercased()
            if let month = monthNames.first(where: { text.hasPrefix($0.prefix) }) {
                return key(year, month.number)
            }
        }
        return nil
    }

    private static func key(_ year: Int, _ month: Int) -> String {
        "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    private static func runs(in scalars: [Unicode.Scalar], where test: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            if test(scalar) {
                if start == nil { start = index }
            } else if let open = start {
                result.append(open..<index)
                start = nil
            }
        }
        if let open = start { result.append(open..<scalars.count) }
        return result
    }

    private static func number(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        Int(String(String.UnicodeScalarView(scalars[range])))
    }
}
