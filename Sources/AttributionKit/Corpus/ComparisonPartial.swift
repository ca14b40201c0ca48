import Foundation

/// The partial form of a comparison: its exact tallies as JSON, written by `compare --partial` on
/// each part of a corpus and combined by `attrib merge` into the result a single run would give.
public enum ComparisonPartial {
    /// The tallies as JSON (keys sorted, so equal tallies give equal files).
    public static func encode(_ comparison: SourcingComparison) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n"
    }

    public static func decode(_ bytes: [UInt8], origin: String) throws(BatchProblem) -> SourcingComparison {
        do {
            return try JSONDecoder().decode(SourcingComparison.self, from: Data(bytes))
        } catch {
            throw BatchProblem(origin: origin, message: "not a partial comparison written by 'attrib compare --partial'")
        }
    }

    /// Merges the partials read from `paths` (`-` for standard input, where several partials may
    /// follow one another a line each), in order; every one must group the same way.
    public static func merge(paths: [String]) throws(BatchProblem) -> SourcingComparison {
        var merged: SourcingComparison?
        for path in paths {
            let source = ArticleSource(argument: path)
            let bytes = try source.bytes()
            // Hadoop and Spark hand the reducer every mapper's output concatenated: one partial a line.
            for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            where line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
                let origin = "\(source.name):\(number + 1)"
                let partial = try decode(Array(line), origin: origin)
                guard merged != nil else {
                    merged = partial
                    continue
                }
                do {
                    try merged!.merge(partial)
                } catch {
                    throw BatchProblem(origin: origin, message: error.description)
                }
            }
        }
        guard let merged else { throw BatchProblem(origin: paths.joined(separator: " "), message: "no partial comparison to merge") }
        return merged
    }
}
