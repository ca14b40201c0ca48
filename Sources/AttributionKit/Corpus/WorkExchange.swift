import Foundation

/// The state the pipeline's calling thread and workers share: a queue of inputs and a table of
/// finished outputs, each behind its own condition lock.
///
/// Two locks, and wake-ups only for whoever can act, because articles are small: waking every thread
/// for every article cost more kernel time than the locks themselves.
final class WorkExchange<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let inputLock = NSCondition()
    private var queued: [(Int, Input)] = []
    private var queuedHead = 0
    private var closed = false

    private let outputLock = NSCondition()
    private var finished: [Int: Output] = [:]
    private var liveWorkers = 0
    /// What the calling thread waits for: this sequence number finished, and at least `awaitedCount` outputs.
    private var awaited: (sequence: Int, count: Int)?

    func workerStarted() {
        outputLock.lock()
        liveWorkers += 1
        outputLock.unlock()
    }

    func workerStopped() {
        outputLock.lock()
        liveWorkers -= 1
        outputLock.signal()
        outputLock.unlock()
    }

    /// Queues inputs, numbered from `sequence` on.
    func submit(_ inputs: [Input], from sequence: Int) {
        guard !inputs.isEmpty else { return }
        inputLock.lock()
        for (offset, input) in inputs.enumerated() { queued.append((sequence + offset, input)) }
        if inputs.count == 1 { inputLock.signal() } else { inputLock.broadcast() }
        inputLock.unlock()
    }

    /// The next input to transform, or nil once the pipeline is shut down.
    func nextInput() -> (Int, Input)? {
        inputLock.lock()
        defer { inputLock.unlock() }
        while queuedHead == queued.count && !closed { inputLock.wait() }
        if closed { return nil }
        let next = queued[queuedHead]
        queuedHead += 1
        // Compact now and then so the queue's storage stays the size of the window.
        if queuedHead == queued.count {
            queued.removeAll(keepingCapacity: true)
            queuedHead = 0
        }
        return next
    }

    func complete(_ sequence: Int, with output: Output) {
        outputLock.lock()
        finished[sequence] = output
        if let awaited, isReady(awaited) { outputLock.signal() }
        outputLock.unlock()
    }

    /// Waits until output `sequence` and at least `count` outputs in all are finished, then hands back
    /// the run of finished outputs from `sequence` on, in order.
    func take(from sequence: Int, atLeast count: Int) -> [Output] {
        outputLock.lock()
        defer { outputLock.unlock() }
        let wanted = (sequence: sequence, count: max(1, count))
        awaited = wanted
        while !isReady(wanted) { outputLock.wait() }
        awaited = nil
        var run: [Output] = []
        var next = sequence
        while let output = finished.removeValue(forKey: next) {
            run.append(output)
            next += 1
        }
        return run
    }

    private func isReady(_ wanted: (sequence: Int, count: Int)) -> Bool {
        finished.count >= wanted.count && finished[wanted.sequence] != nil
    }

    /// Drops queued inputs, stops the workers and waits until every one has returned.
    func shutDown() {
        inputLock.lock()
        closed = true
        queued.removeAll()
        queuedHead = 0
        inputLock.broadcast()
        inputLock.unlock()
        outputLock.lock()
        while liveWorkers > 0 { outputLock.wait() }
        finished.removeAll()
        outputLock.unlock()
    }
}
