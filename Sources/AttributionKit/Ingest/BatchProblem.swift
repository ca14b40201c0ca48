/// Why one input (a file, standard input, one line of a JSON Lines file) could not be read,
/// or one report could not be written.
///
/// Printed as `attrib: ORIGIN: MESSAGE`, one line per problem; the rest of the batch goes on.
public struct BatchProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it, `-` for standard input, or `file:line` for one JSON line.
    public var origin: String
    public var message: String

    public init(origin: String, message: String) {
        self.origin = origin
        self.message = message
    }

    /// The one-line diagnostic for standard error.
    public var description: String {
        "attrib: \(origin): \(message)"
    }
}
