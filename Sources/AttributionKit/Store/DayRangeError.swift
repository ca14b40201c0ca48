/// A `--since` / `--until` value that is not a date.
public struct DayRangeError: Error, Equatable, CustomStringConvertible {
    public var value: String

    public var description: String {
        "'\(value)' is not a date: give YYYY-MM-DD or YYYY-MM"
    }
}
