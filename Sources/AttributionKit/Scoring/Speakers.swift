/// The sources that speak in an article, in order of first statement, read in place in the
/// article's list of sources: the score never copies a source (each copy retains all its strings).
struct Speakers: RandomAccessCollection {
    /// All sources of the article.
    private let sources: [Source]
    /// The position in `sources` of each speaker.
    private let positions: [Int]

    init(_ positions: [Int], of sources: [Source]) {
        self.sources = sources
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(speaker: Int) -> Source {
        sources[positions[speaker]]
    }
}
