import Foundation
import Testing
@testable import AttributionKit

/// Deterministic pseudo-random numbers (SplitMix64), so the splits are the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Test(arguments: ComparisonGrouping.allCases)
func mergingThePartialsOfAnySplitGivesTheSingleRunResult(grouping: ComparisonGrouping) throws {
    let audits = CorpusTestArticles.audits()
    #expect(audits.count == CorpusTestArticles.lines.count)
    #expect(audits.contains { !$0.attributions.isEmpty })
    var single = SourcingComparison(grouping: grouping)
    for audit in audits { single.add(audit) }
    let singleReport = try ReportRenderer().render(single, as: .json)

    var random = SplitMix(state: 2031)
    for _ in 0..<40 {
        // Any split: each article goes to one of 1...4 parts, parts merged in a shuffled order.
        let partCount = Int.random(in: 1...4, using: &random)
        var parts = Array(repeating: SourcingComparison(grouping: grouping), count: partCount)
        for audit in audits { parts[Int.random(in: 0..<partCount, using: &random)].add(audit) }
        let partials = try parts.shuffled(using: &random).map(ComparisonPartial.encode)
        var merged: SourcingComparison?
        for partial in partials {
            let decoded = try ComparisonPartial.decode(Array(partial.utf8), origin: "part")
            if merged == nil { merged = decoded } else { try merged!.merge(decoded) }
        }
        #expect(merged == single)
        #expect(try ReportRenderer().render(merged!, as: .json) == singleReport)
    }
}

@Test func mergeReadsSeveralPartialsALineFromOneFileAsAReduceStepGetsThem() throws {
    let audits = CorpusTestArticles.audits()
    var first = SourcingComparison(grouping: .outlet)
    var second = SourcingComparison(grouping: .outlet)
    var whole = SourcingComparison(grouping: .outlet)
    for (index, audit) in audits.enumerated() {
        if index % 2 == 0 { first.add(audit) } else { second.add(audit) }
        whole.add(audit)
    }
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    let path = folder + "/reduce-input.jsonl"
    try (ComparisonPartial.encode(first) + "\n" + ComparisonPartial.encode(second)).write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try ComparisonPartial.merge(paths: [path]) == whole)
}

@Test func mergeRefusesPartialsGroupedDifferently() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    try ComparisonPartial.encode(SourcingComparison(grouping: .outlet)).write(toFile: folder + "/a.json", atomically: true, encoding: .utf8)
    try ComparisonPartial.encode(SourcingComparison(grouping: .month)).write(toFile: folder + "/b.json", atomically: true, encoding: .utf8)
    #expect(throws: BatchProblem.self) { try ComparisonPartial.merge(paths: [folder + "/a.json", folder + "/b.json"]) }
}

@Test func mergeNamesTheFileAndLineOfSomethingThatIsNotAPartial() throws {
    let folder = try TemporaryFolder.make()
    defer { TemporaryFolder.remove(folder) }
    try "{\"title\": \"not a partial\"}\n".write(toFile: folder + "/x.json", atomically: true, encoding: .utf8)
    #expect(throws: BatchProblem(origin: folder + "/x.json:1", message: "not a partial comparison written by 'attrib compare --partial'")) {
        try ComparisonPartial.merge(paths: [folder + "/x.json"])
    }
}

@Test func mergeCommandOfPartialsFromTwoHalvesPrintsTheWholeCorpusComparison() throws {
    let lines = CorpusTestArticles.lines
    let folder = try TemporaryFolder.make(files: [
        "first.jsonl": lines[..<3].joined(separator: "\n") + "\n",
        "second.jsonl": lines[3...].joined(separator: "\n") + "\n",
        "whole.jsonl": CorpusTestArticles.jsonLines,
    ])
    defer { TemporaryFolder.remove(folder) }
    let first = try CommandLineTests.run(["compare", "--partial", "--by", "author", folder + "/first.jsonl"])
    let second = try CommandLineTests.run(["compare", "--partial", "--by", "author", folder + "/second.jsonl"])
    #expect(first.status == 0 && second.status == 0)
    #expect(first.stdout.split(separator: "\n").count == 1)
    let merged = try CommandLineTests.run(["merge", "--format", "json", "-"], stdin: first.stdout + second.stdout)
    let whole = try CommandLineTests.run(["compare", "--by", "author", "--format", "json", folder + "/whole.jsonl"])
    #expect(merged.status == 0)
    #expect(merged.stderr.isEmpty)
    #expect(!whole.stdout.isEmpty)
    #expect(merged.stdout == whole.stdout)
}
