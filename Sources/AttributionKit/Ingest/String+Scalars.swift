extension String {
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
