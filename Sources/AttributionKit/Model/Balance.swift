/// The sourcing-balance score of one article, explained component by component.
public struct Balance: Hashable, Sendable, Codable {
    /// 0 to 100: the weighted mean of the components' values.
    public var score: Double
    public var components: [Component]
    public var flags: [Flag]

    public init(score: Double, components: [Component], flags: [Flag]) {
        self.score = score
        self.components = components
        self.flags = flags
    }

    public struct Component: Hashable, Sendable, Codable {
        public var name: String
        /// 0 to 1.
        public var value: Double
        /// The weight actually used (after spreading the weight of components left out).
        public var weight: Double
        public var explanation: String

        public init(name: String, value: Double, weight: Double, explanation: String) {
            self.name = name
            self.value = value
            self.weight = weight
            self.explanation = explanation
        }
    }

    /// Something an editor should look at.
    public struct Flag: Hashable, Sendable, Codable {
        public var code: String
        public var message: String
        /// Ids of the sources behind the flag.
        public var sources: [String]

        public init(code: String, message: String, sources: [String]) {
            self.code = code
            self.message = message
            self.sources = sources
        }
    }
}
