/// One organisation of the registry: what kind of source it is and whom it speaks for.
public struct Organization: Hashable, Sendable {
    public var name: String
    public var aliases: [String]
    public var category: SourceCategory
    /// The country or party it speaks for; nil for outlets, international NGOs and courts.
    public var side: String?
    /// Extra facts: `state_media`, `intergovernmental`, `intelligence`, `party`.
    public var marks: Set<String>

    public init(name: String, aliases: [String] = [], category: SourceCategory, side: String? = nil, marks: Set<String> = []) {
        self.name = name
        self.aliases = aliases
        self.category = category
        self.side = side
        self.marks = marks
    }

    public var isStateMedia: Bool { marks.contains("state_media") }
}
