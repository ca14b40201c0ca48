import Foundation

/// Diversity measures over the shares of a whole (words per source, words per side).
enum Diversity {
    /// Shannon entropy H = −Σ pᵢ ln pᵢ of the shares of `amounts`; 0 for one share or none.
    static func shannonEntropy(_ amounts: [Double]) -> Double {
        let total = amounts.reduce(0, +)
        guard total > 0 else { return 0 }
        return -amounts.reduce(0) { sum, amount in
            guard amount > 0 else { return sum }
            let share = amount / total
            return sum + share * log(share)
        }
    }

    /// The effective number of parts, exp(H): how many equal parts would be as diverse.
    static func effectiveNumber(_ amounts: [Double]) -> Double {
        amounts.contains { $0 > 0 } ? exp(shannonEntropy(amounts)) : 0
    }

    /// Herfindahl–Hirschman index Σ pᵢ²: the chance two words drawn at random share a part.
    static func herfindahl(_ amounts: [Double]) -> Double {
        let total = amounts.reduce(0, +)
        guard total > 0 else { return 0 }
        return amounts.reduce(0) { $0 + ($1 / total) * ($1 / total) }
    }

    /// Simpson's diversity 1 − Σ pᵢ²: the chance two words drawn at random come from different parts.
    static func simpson(_ amounts: [Double]) -> Double {
        amounts.contains { $0 > 0 } ? 1 - herfindahl(amounts) : 0
    }
}
