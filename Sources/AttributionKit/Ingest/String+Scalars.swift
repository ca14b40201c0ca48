extension String {
    /// The string's Unicode scalars, decoded straight from its UTF-8 storage in one pass
    /// (`Array(unicodeScalars)` walks the string twice, counting and then copying).
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { utf8 in
            // There are at most as many scalars as bytes.
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalars, count in
                // Counted in a local and stored once at the end, so the loop keeps it in a register.
                var written = 0
                var index = 0
                while index < utf8.count {
                    // Runs of ASCII (most text) are widened eight bytes at a time.
                    if index + 8 <= utf8.count,
                        UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        // Offsets that cannot overflow, added without checks so the copy is vectorised.
                        for offset in 0..<8 { scalars[written &+ offset] = Unicode.Scalar(utf8[index &+ offset]) }
                        written += 8
                        index += 8
                        continue
                    }
                    // A String's storage is valid UTF-8.
                    let next = utf8.scalar(at: index)
                    scalars[written] = next.scalar
                    written += 1
                    index = next.end
                }
                count = written
            }
        }
    }

    /// Whether every scalar is one that no normalisation changes or combines with its neighbours:
    /// below U+0300 (ASCII, Latin letters), or U+2002–U+20BF (spaces, dashes, curly quotes, currency
    /// signs). Such a text is in NFC whatever surrounds each scalar, told without Foundation.
    var isNFCByItsScalars: Bool {
        var text = self
        return text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                // Runs of ASCII are crossed eight bytes at a time.
                if index + 8 <= utf8.count,
                    UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                let lead = utf8[index]
                switch lead {
                case ..<0x80:
                    index += 1
                case 0xC2...0xCB:
                    index += 2
                case 0xE2 where index + 1 < utf8.count:
                    // E2 80 80 and E2 80 81 are U+2000 and U+2001, which normalise to other spaces.
                    let second = utf8[index + 1]
                    guard second == 0x81 || second == 0x82 || (second == 0x80 && index + 2 < utf8.count && utf8[index + 2] >= 0x82)
                    else { return false }
                    index += 3
                default:
                    return false
                }
            }
            return true
        }
    }

    /// The lowercase of ASCII text, written straight into the string's storage (short texts stay
    /// inline, without allocation); nil when a byte is beyond ASCII.
    init?(asciiLowercasing utf8: ArraySlice<UInt8>) {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        self = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            for (offset, byte) in utf8.enumerated() { buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
            return utf8.count
        }
    }

    /// A string from Unicode scalars, encoded straight into storage of the exact size.
    ///
    /// `String(String.UnicodeScalarView(slice))` goes through a slow generic path; block texts and
    /// token texts are built for every article, and an exact size keeps short texts (most names)
    /// inline in the string without an allocation.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { scalars in
            let count = String.utf8Count(of: scalars)
            return String(unsafeUninitializedCapacity: count) { buffer in
                // All ASCII (most names and quotes): each scalar is narrowed to its byte, with no test.
                if count == scalars.count {
                    for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: scalars[offset].value) }
                    return count
                }
                var at = 0
                for scalar in scalars {
                    if scalar.isASCII {
                        buffer[at] = UInt8(truncatingIfNeeded: scalar.value)
                        at += 1
                    } else {
                        UTF8.encode(scalar) { byte in
                            buffer[at] = byte
                            at += 1
                        }
                    }
                }
                return at
            }
        }
    }

    /// The UTF-8 length of `scalars`: a byte for each, and one more from U+0080, U+0800 and U+10000
    /// on, added in a loop without a branch, which the compiler vectorises.
    static func utf8Count(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var count = scalars.count
        for scalar in scalars {
            // `(limit &- value) >> 31` is 1 for a value above the limit (scalar values are below 2^31).
            let value = scalar.value
            count &+= Int((0x7F &- value) >> 31 &+ (0x7FF &- value) >> 31 &+ (0xFFFF &- value) >> 31)
        }
        return count
    }
}
