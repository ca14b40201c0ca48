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
        self.window = max(self.workers, window ?? self.workers * 8)
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
        var refill: [Inputs.Element] = []
        refill.reserveCapacity(window)
        while true {
            while !exhausted && submitted + refill.count - emitted < window {
                if let input = iterator.next() { refill.append(input) } else { exhausted = true }
            }
            exchange.submit(refill, from: submitted)
            submitted += refill.count
            refill.removeAll(keepingCapacity: true)
            if emitted == submitted { break }
            // Wake for half a window at a time while more input comes, so the workers never run dry
            // and this thread sleeps through most articles; at the end, hand back each one as it is done.
            let inFlight = submitted - emitted
            for output in exchange.take(from: emitted, atLeast: exhausted ? 1 : min(inFlight, window / 2)) {
                try emit(output)
                emitted += 1
            }
        }
    }
}
