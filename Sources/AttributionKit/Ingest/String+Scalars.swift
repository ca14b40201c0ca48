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
                    if lead < 0x80 {
                        // Most text is ASCII: one byte, one scalar.
                        scalars[count] = Unicode.Scalar(lead)
                        count += 1
                        index += 1
                        continue
                    }
                    let length: Int
                    var value: UInt32
                    switch lead {
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

    /// A string from Unicode scalars, encoded straight into storage of the exact size.
    ///
    /// `String(String.UnicodeScalarView(slice))` goes through a slow generic path; block texts and
    /// token texts are built for every article, and an exact size keeps short texts (most names)
    /// inline in the string without an allocation.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { scalars in
            var count = 0
            for scalar in scalars { count += UTF8.width(scalar) }
            return String(unsafeUninitializedCapacity: count) { buffer in
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
}
