import Foundation

/// The state the pipeline's calling thread and workers share, guarded by one condition lock.
final class WorkExchange<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queued: [(Int, Input)] = []
    private var queuedHead = 0
    private var finished: [Int: Output] = [:]
    private var closed = false
    private var liveWorkers = 0

    func workerStarted() {
        condition.lock()
        liveWorkers += 1
        condition.unlock()
    }

    func workerStopped() {
        condition.lock()
        liveWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    func submit(_ input: Input, as sequence: Int) {
        condition.lock()
        queued.append((sequence, input))
        condition.broadcast()
        condition.unlock()
    }

    /// The next input to transform, or nil once the pipeline is shut down.
    func nextInput() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while queuedHead == queued.count && !closed { condition.wait() }
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
        condition.lock()
        finished[sequence] = output
        condition.broadcast()
        condition.unlock()
    }

    func take(_ sequence: Int, waiting: Bool) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while waiting && finished[sequence] == nil { condition.wait() }
        return finished.removeValue(forKey: sequence)
    }

    /// Drops queued inputs, stops the workers and waits until every one has returned.
    func shutDown() {
        condition.lock()
        closed = true
        queued.removeAll()
        queuedHead = 0
        condition.broadcast()
        while liveWorkers > 0 { condition.wait() }
        finished.removeAll()
        condition.unlock()
    }
}
