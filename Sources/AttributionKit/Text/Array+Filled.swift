extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, but built by `map`, which
    /// the compiler specializes here: `init(repeating:count:)` has the runtime look up the storage's
    /// generic type at every call, a cost paid for each block, quote list and name key.
    init(filledWith value: Element, count: Int) {
        self = (0..<count).map { _ in value }
    }
}
