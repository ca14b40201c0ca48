/// Makes the text of each block: when the input text is held as a string (a JSON field) and the
/// block is a verbatim stretch of it, its UTF-8 is copied from that string, which needs neither
/// encoding nor validating again; otherwise the block's scalars are encoded.
///
/// Blocks are asked for in input order, so the UTF-8 offset of each start is found by one walk.
struct BlockTexts {
    private let scalars: [Unicode.Scalar]
    private let source: String?
    /// How far the walk has come, in scalars and in UTF-8 bytes of `source`.
    private var scalarOffset = 0
    private var utf8Offset = 0

    /// `source` is the string `scalars` were decoded from, if there is one.
    init(scalars: [Unicode.Scalar], source: String?) {
        self.scalars = scalars
        self.source = source
    }

    mutating func text(of candidate: BlockCandidate) -> String {
        guard let source, case .contiguous(let start) = candidate.offsets, start >= scalarOffset,
            start + candidate.text.count <= scalars.count
        else { return candidate.string }
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: advance(to: start))
        let upper = utf8.index(utf8.startIndex, offsetBy: advance(to: start + candidate.text.count))
        return String(source[lower..<upper])
    }

    /// The UTF-8 offset of the scalar at `offset`, walking on from the last one asked for.
    private mutating func advance(to offset: Int) -> Int {
        utf8Offset += scalars[scalarOffset..<offset].withUnsafeBufferPointer(String.utf8Count)
        scalarOffset = offset
        return utf8Offset
    }
}
