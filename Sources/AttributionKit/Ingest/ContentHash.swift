/// A short stable identifier for an article without a url: 64-bit FNV-1a over the
/// UTF-8 of its text, as 16 hex digits.
enum ContentHash {
    static func fnv1a(_ utf8: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
