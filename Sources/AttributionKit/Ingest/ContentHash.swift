/// A short stable identifier for an article without a url: 64-bit FNV-1a over the
/// UTF-8 of its text, as 16 hex digits.
enum ContentHash {
    static func fnv1a(_ text: [Unicode.Scalar]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt32) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for scalar in text {
            let v = scalar.value
            switch v {
            case ..<0x80:
                add(v)
            case ..<0x800:
                add(0xC0 | v >> 6)
                add(0x80 | v & 0x3F)
            case ..<0x10000:
                add(0xE0 | v >> 12)
                add(0x80 | v >> 6 & 0x3F)
                add(0x80 | v & 0x3F)
            default:
                add(0xF0 | v >> 18)
                add(0x80 | v >> 12 & 0x3F)
                add(0x80 | v >> 6 & 0x3F)
                add(0x80 | v & 0x3F)
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
