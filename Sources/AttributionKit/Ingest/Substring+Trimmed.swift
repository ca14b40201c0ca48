import Foundation

extension Substring {
    /// The text trimmed of `set` (white space, with or without line breaks) exactly as Foundation
    /// trims it. Most texts have at most ASCII spaces and tabs to trim, which are dropped here;
    /// Foundation's trimming, which bridges through `NSString`, is left for those that may have more.
    /// The set is made only then: making one bridges through Foundation too.
    func trimmed(of set: @autoclosure () -> CharacterSet) -> String {
        // Most texts (every field of an article export) have nothing to trim: they open and close
        // with visible ASCII, told from their bytes.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return String(self)
        }
        let scalars = unicodeScalars
        let start = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.endIndex
        let end = scalars[start...].lastIndex { $0 != " " && $0 != "\t" }.map(scalars.index(after:)) ?? start
        let core = scalars[start..<end]
        if let first = core.first, let last = core.last, !Self.mayBeTrimmed(first), !Self.mayBeTrimmed(last) { return String(core) }
        return trimmingCharacters(in: set())
    }

    /// Whether `trimmingCharacters(in: .whitespacesAndNewlines)` may remove the scalar (space
    /// separators, tab, line breaks); controls and format characters are left to it too.
    private static func mayBeTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x20, 0x7F...0xA0: return true
        case 0x21..<0x7F: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return true
            default: return false
            }
        }
    }
}
