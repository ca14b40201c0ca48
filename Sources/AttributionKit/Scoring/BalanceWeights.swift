import Foundation

/// How much each component counts in the balance score: the documented defaults from
/// `Resources/scoring/weights.conf`, or a user file (`--weights FILE`) that overrides some of them.
public struct BalanceWeights: Hashable, Sendable {
    public var values: [BalanceMeasure: Double]

    public init(_ values: [BalanceMeasure: Double]) {
        self.values = values
    }

    /// The defaults shipped with AttributionKit.
    public static let defaults: BalanceWeights = {
        guard let url = Bundle.module.url(forResource: "weights", withExtension: "conf", subdirectory: "Resources/scoring"),
            let text = try? String(contentsOf: url, encoding: .utf8),
            let weights = try? BalanceWeights(text: text, origin: "weights.conf", base: BalanceWeights([:]))
        else {
            fatalError("attrib: missing or broken resource Resources/scoring/weights.conf")
        }
        return weights
    }()

    /// The defaults with the weights of a user file: a JSON object `{"transparency": 0.3}` or
    /// `name = value` lines (`#` comments). Components the file leaves out keep their default.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataFileError(file: url.path, problem: "cannot read the weights file (\(error.localizedDescription))")
        }
        try self.init(text: text, origin: url.path)
    }

    public init(text: String, origin: String, base: BalanceWeights = .defaults) throws {
        var values = base.values
        for (name, value, line) in try BalanceWeights.entries(of: text, origin: origin) {
            guard let measure = BalanceMeasure(rawValue: name) else {
                throw DataFileError(file: origin, line: line, problem:
                    "unknown component '\(name)' (expected one of \(BalanceMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard value.isFinite, value >= 0 else {
                throw DataFileError(file: origin, line: line, problem: "the weight of \(name) must be a number of 0 or more")
            }
            values[measure] = value
        }
        guard values.values.contains(where: { $0 > 0 }) else {
            throw DataFileError(file: origin, problem: "every weight is 0, so no score can be computed")
        }
        self.values = values
    }

    public subscript(_ measure: BalanceMeasure) -> Double {
        values[measure] ?? 0
    }

    private static func entries(of text: String, origin: String) throws -> [(String, Double, Int?)] {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            guard let object = try? JSONDecoder().decode([String: Double].self, from: Data(text.utf8)) else {
                throw DataFileError(file: origin, problem: "not a JSON object of component names to numbers")
            }
            return object.keys.sorted().map { ($0, object[$0]!, nil) }
        }
        var entries: [(String, Double, Int?)] = []
        for (offset, line) in text.split(atControl: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            let parts = content.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw DataFileError(file: origin, line: offset + 1, problem: "expected `name = value`, found '\(content)'")
            }
            guard let value = Double(parts[1]) else {
                throw DataFileError(file: origin, line: offset + 1, problem: "the weight of \(parts[0]) is not a number: '\(parts[1])'")
            }
            entries.append((parts[0], value, offset + 1))
        }
        return entries
    }
}
