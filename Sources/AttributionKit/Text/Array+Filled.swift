extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, but built by code the compiler
    /// specializes here: `init(repeating:count:)` has the runtime look up the storage's generic type at
    /// every call, a cost paid for each block, quote list and name key. Room is made once and the copies
    /// appended in one go (a `map` wrote them one at a time, checking the capacity at each).
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
