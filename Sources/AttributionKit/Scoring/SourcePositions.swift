/// Finds a source's position in an article's list by its id. The engine numbers sources "s1",
/// "s2", … in order, so such ids are read as positions, with no string hashed; a list with other
/// ids is looked up in a dictionary.
struct SourcePositions {
    /// The first position of each id, made only for a list whose ids are not the engine's numbering.
    private let byID: [String: Int]?
    private let count: Int

    init(_ sources: [Source]) {
        count = sources.count
        guard !sources.indices.allSatisfy({ Self.enginePosition(of: sources[$0].id) == $0 }) else {
            byID = nil
            return
        }
        var byID: [String: Int] = [:]
        byID.reserveCapacity(sources.count)
        // Walking backwards leaves the first source of each id in place.
        for index in sources.indices.reversed() { byID[sources[index].id] = index }
        self.byID = byID
    }

    /// The position of the first source whose id is `id`.
    func position(of id: String) -> Int? {
        if let byID { return byID[id] }
        return Self.enginePosition(of: id).flatMap { $0 < count ? $0 : nil }
    }

    /// The position "s" and a number from 1 without leading zeros stands for (the number less
    /// one), nil for any other id: each position has exactly one such id.
    private static func enginePosition(of id: String) -> Int? {
        // The id's UTF-8 where it stands (a small string's copied out once), not decoded byte by byte.
        id.utf8.withContiguousStorageIfAvailable(enginePosition(utf8:)) ?? enginePosition(utf8: Array(id.utf8))
    }

    private static func enginePosition<Bytes: RandomAccessCollection<UInt8>>(utf8 id: Bytes) -> Int? where Bytes.Index == Int {
        guard id.count > 1, id.count < 20, id[id.startIndex] == UInt8(ascii: "s"), id[id.startIndex + 1] != UInt8(ascii: "0") else {
            return nil
        }
        var number = 0
        for byte in id.dropFirst() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number - 1
    }
}
