import Foundation

/// Maps a lazy stream through a transform on several threads and hands the results back in input order.
///
/// At most `window` inputs are in flight at once (queued, being transformed, or finished but waiting
/// for an earlier one), so memory stays flat however long the stream is.
public struct OrderedParallelPipeline: Sendable {
    /// Threads that run the transform; 1 runs everything on the calling thread.
    public let workers: Int
    /// Most inputs held at once.
    public let window: Int

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? self.workers * 4)
    }

    /// Reads `inputs` on the calling thread, transforms them on the workers and calls `emit`
    /// on the calling thread once per input, in input order. If `emit` throws, the inputs still
    /// queued are dropped, the workers stop and the error is rethrown.
    public func run<Inputs: Sequence, Output: Sendable>(
        _ inputs: Inputs,
        transform: @escaping @Sendable (Inputs.Element) -> Output,
        emit: (Output) throws -> Void
    ) rethrows where Inputs.Element: Sendable {
        if workers == 1 {
            for input in inputs { try emit(transform(input)) }
            return
        }
        let exchange = WorkExchange<Inputs.Element, Output>()
        for _ in 0..<workers {
            exchange.workerStarted()
            let thread = Thread {
                while let (sequence, input) = exchange.nextInput() {
                    exchange.complete(sequence, with: transform(input))
                }
                exchange.workerStopped()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { exchange.shutDown() }

        var iterator = inputs.makeIterator()
        var submitted = 0
        var emitted = 0
        var exhausted = false
        while true {
            if !exhausted && submitted - emitted < window {
                if let input = iterator.next() {
                    exchange.submit(input, as: submitted)
                    submitted += 1
                } else {
                    exhausted = true
                }
                // Hand back what is already done without waiting, so output keeps flowing while reading.
                while let output = exchange.take(emitted, waiting: false) {
                    try emit(output)
                    emitted += 1
                }
                continue
            }
            if emitted == submitted { break }
            try emit(exchange.take(emitted, waiting: true)!)
            emitted += 1
        }
    }
}
