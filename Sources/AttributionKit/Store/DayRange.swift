/// Inclusive bounds on an article's day (`YYYY-MM-DD`), either side open.
public struct DayRange: Sendable, Equatable {
    public var since: String?
    public var until: String?

    /// Bounds given as `YYYY-MM-DD` or `YYYY-MM` (a month starts on its first day and ends on its last).
    public init(since: String? = nil, until: String? = nil) throws(DayRangeError) {
        self.since = nil
        self.until = nil
        if let since { self.since = try Self.day(since, endOfMonth: false) }
        if let until { self.until = try Self.day(until, endOfMonth: true) }
    }

    public init() {
        since = nil
        until = nil
    }

    /// The day an article's date names, when it names one: ISO dates keep their day, written dates
    /// ("April 22, 2031") take their one- or two-digit day, dates that give only a month its first day.
    public static func day(ofArticleDate date: String) -> String? {
        if let iso = isoDay(date) { return iso }
        guard let month = MonthKey.parse(date) else { return nil }
        let numbers = date.split(whereSeparator: { !$0.isASCII || !$0.isNumber })
        let day = numbers.first { $0.count <= 2 && (1...31).contains(Int($0) ?? 0) }.flatMap { Int($0) } ?? 1
        return month + (day < 10 ? "-0\(day)" : "-\(day)")
    }

    private static func day(_ bound: String, endOfMonth: Bool) throws(DayRangeError) -> String {
        if let iso = isoDay(bound), iso.count == bound.count { return iso }
        let parts = bound.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        {
            return bound + (endOfMonth ? "-\(lastDay(ofMonth: month, year: year))" : "-01")
        }
        throw DayRangeError(value: bound)
    }

    /// `YYYY-MM-DD` at the start of `text`, checked for a plausible month and day.
    private static func isoDay(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(10))
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ ("0"..."9").contains(scalars[$0]) }) else { return nil }
        let day = String(String.UnicodeScalarView(scalars))
        guard let month = Int(day.dropFirst(5).prefix(2)), let dayOfMonth = Int(day.suffix(2)),
            (1...12).contains(month), (1...31).contains(dayOfMonth)
        else { return nil }
        return day
    }

    private static func lastDay(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
