extension String {
    /// The string's Unicode scalars, decoded straight from its UTF-8 storage in one pass
    /// (`Array(unicodeScalars)` walks the string twice, counting and then copying).
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { utf8 in
            // There are at most as many scalars as bytes.
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalars, count in
                var index = 0
                while index < utf8.count {
                    let lead = utf8[index]
                    let length: Int
                    var value: UInt32
                    switch lead {
                    case ..<0x80: length = 1; value = UInt32(lead)
                    case ..<0xE0: length = 2; value = UInt32(lead & 0x1F)
                    case ..<0xF0: length = 3; value = UInt32(lead & 0x0F)
                    default: length = 4; value = UInt32(lead & 0x07)
                    }
                    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                    // A String's storage is valid UTF-8, so every value is a scalar.
                    scalars[count] = Unicode.Scalar(value).unsafelyUnwrapped
                    count += 1
                    index += length
                }
            }
        }
    }

    /// A string from Unicode scalars, encoded straight into the string's UTF-8 storage.
    ///
    /// `String(String.UnicodeScalarView(slice))` goes through a slow generic path; block
    /// texts are built for every line of every article, so this one writes the bytes itself.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case ..<0x80:
                    buffer[n] = UInt8(v)
                    n += 1
                case ..<0x800:
                    buffer[n] = UInt8(0xC0 | v >> 6)
                    buffer[n + 1] = UInt8(0x80 | v & 0x3F)
                    n += 2
                case ..<0x10000:
                    buffer[n] = UInt8(0xE0 | v >> 12)
                    buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                default:
                    buffer[n] = UInt8(0xF0 | v >> 18)
                    buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
