/// Turns a view model into nested dictionaries and arrays once before rendering, so Mustache
/// finds each name with a hash lookup instead of reflecting on the value at every tag.
enum TemplateContext {
    static func box(_ value: Any) -> Any {
        switch value {
        case is String, is Int, is Double, is Bool:
            return value
        case let array as [Any]:
            return array.map(box)
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                // Absent values are left out, as Mustache treats them as not there.
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                fields[label] = box(present)
            }
            return fields
        case .optional:
            return unwrapped(value).map(box) ?? value
        default:
            return value
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}
