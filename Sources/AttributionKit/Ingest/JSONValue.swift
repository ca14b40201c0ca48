/// A parsed JSON value as far as an article reader cares: strings, arrays and objects, with
/// numbers, booleans and null all left as `other`.
///
/// Not `indirect`: arrays and dictionaries already hold their elements out of line, and an indirect
/// enum would box every value (every string of every article) in an allocation of its own.
enum JSONValue: Equatable {
    case string(String)
    case array([JSONValue])
    /// Members by name; of repeated names the last one wins, as in `JSONSerialization`.
    case object([String: JSONValue])
    case other

    /// The value `JSONSerialization` returned, read with the casts a `[String: Any]` reader would use.
    init(foundation value: Any) {
        if let object = value as? [String: Any] {
            self = .object(object.mapValues(JSONValue.init(foundation:)))
        } else if let array = value as? [Any] {
            self = .array(array.map(JSONValue.init(foundation:)))
        } else if let string = value as? String {
            self = .string(string)
        } else {
            self = .other
        }
    }

    var string: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The strings of an array holding nothing but strings.
    var strings: [String]? {
        guard case .array(let elements) = self else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let string) = element else { return nil }
            strings.append(string)
        }
        return strings
    }
}
