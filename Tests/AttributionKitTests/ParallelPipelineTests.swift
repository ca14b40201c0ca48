import Foundation
import Testing
@testable import AttributionKit

/// Counts how many inputs are held by the pipeline at once, from any thread.
private final class InFlightCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peak = 0

    func enter() {
        lock.lock()
        current += 1
        peak = max(peak, current)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        current -= 1
        lock.unlock()
    }
}

@Test func parallelPipelineEmitsResultsInInputOrderWhateverTheirDuration() {
    let pipeline = OrderedParallelPipeline(workers: 4, window: 8)
    var emitted: [Int] = []
    pipeline.run(0..<500, transform: { value -> Int in
        // Uneven work so later inputs often finish first.
        var spin = 0
        for step in 0..<((value * 7919) % 20_000) { spin &+= step }
        return value + (spin == -1 ? 1 : 0)
    }, emit: { emitted.append($0) })
    #expect(emitted == Array(0..<500))
}

@Test func parallelPipelineNeverHoldsMoreThanItsWindow() {
    let counter = InFlightCounter()
    let pipeline = OrderedParallelPipeline(workers: 3, window: 5)
    let inputs = (0..<300).lazy.map { value -> Int in
        counter.enter()
        return value
    }
    var count = 0
    pipeline.run(inputs, transform: { value -> Int in
        usleep(UInt32((value % 4) * 100))
        return value
    }, emit: { _ in
        counter.leave()
        count += 1
    })
    #expect(count == 300)
    #expect(counter.peak <= 5)
}

@Test func parallelPipelineWithOneWorkerRunsOnTheCallingThread() {
    let pipeline = OrderedParallelPipeline(workers: 1)
    var emitted: [Bool] = []
    pipeline.run(0..<10, transform: { _ in Thread.isMainThread }, emit: { emitted.append($0) })
    #expect(emitted == Array(repeating: Thread.isMainThread, count: 10))
}

private struct StopHere: Error {}

@Test func parallelPipelineStopsAndRethrowsWhenEmittingFails() {
    let pipeline = OrderedParallelPipeline(workers: 2, window: 4)
    var emitted: [Int] = []
    #expect(throws: StopHere.self) {
        try pipeline.run(0..<10_000, transform: { $0 }, emit: { value in
            if value == 20 { throw StopHere() }
            emitted.append(value)
        })
    }
    #expect(emitted == Array(0..<20))
}

@Test func parallelPipelineHandlesAnEmptyStream() {
    var count = 0
    OrderedParallelPipeline(workers: 2).run([Int](), transform: { $0 }, emit: { _ in count += 1 })
    #expect(count == 0)
}
