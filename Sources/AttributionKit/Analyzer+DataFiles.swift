import Foundation

extension Analyzer {
    /// The pipeline with the balance weights and organisation registry of user files
    /// (`--weights FILE`, `--registry FILE`); a nil file keeps the shipped default.
    /// Throws a `DataFileError` naming the file and the problem.
    public init(weightsFile: URL?, registryFile: URL?) throws {
        let weights = try weightsFile.map { try BalanceWeights(contentsOf: $0) } ?? .defaults
        let profiler = try registryFile.map { try SourceProfiler(registryFile: $0) } ?? SourceProfiler()
        self.init(profiler: profiler, scorer: BalanceScorer(weights: weights))
    }
}
