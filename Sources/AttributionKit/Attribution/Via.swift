/// The outlet or channel a statement came through: "Harbor Times" (an outlet), "in an email" (a channel).
struct Via: Sendable, Equatable {
    var text: String
    var isOutlet: Bool
}
