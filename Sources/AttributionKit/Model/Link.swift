/// A hyperlink found in the input: its anchor text, where it points, and where the anchor stands.
public struct Link: Hashable, Sendable, Codable {
    public var text: String
    public var destination: String
    /// The anchor's position in the owning block's text, in Unicode scalars.
    public var range: Range<Int>

    public init(text: String, destination: String, range: Range<Int>) {
        self.text = text
        self.destination = destination
        self.range = range
    }
}
