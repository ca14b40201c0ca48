extension UInt8 {
    /// The byte with an ASCII capital letter made lowercase; any other byte as it is. Keys and
    /// word comparisons lower UTF-8 byte by byte with it, without building a lowercased String.
    @inline(__always)
    var asciiLowercased: UInt8 {
        self >= 65 && self <= 90 ? self + 32 : self
    }
}
