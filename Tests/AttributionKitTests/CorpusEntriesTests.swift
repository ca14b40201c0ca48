import Foundation
import Testing
@testable import AttributionKit

/// A temporary folder holding a small fictional corpus, removed when dropped.
private final class CorpusFolder {
    let root: String

    init(files: [String: String]) throws {
        root = try TemporaryFolder.make(files: files)
    }

    func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    deinit {
        TemporaryFolder.remove(root)
    }
}

@Test func corpusEntriesWalkFoldersRecursivelyInNameOrderSkippingHiddenAndForeignFiles() throws {
    let folder = try CorpusFolder(files: [
        "b.txt": "Second.",
        "a.md": "# First",
        "nested/c.json": #"{"title": "Third"}"#,
        "nested/photo.png": "not an article",
        ".hidden.txt": "skipped",
    ])
    let entries = Array(CorpusEntries(paths: [folder.root]))
    #expect(entries == [
        .file(path: folder.path("a.md")),
        .file(path: folder.path("b.txt")),
        .file(path: folder.path("nested/c.json")),
    ])
}

@Test func corpusEntriesSplitJSONLinesFilesOneArticleALineWithLineNumbers() throws {
    let folder = try CorpusFolder(files: [
        "feed.jsonl": "{\"title\": \"One\"}\n\n{\"title\": \"Two\"}\r\n{\"title\": \"Three\"}",
    ])
    let entries = Array(CorpusEntries(paths: [folder.path("feed.jsonl")]))
    #expect(entries.map(\.origin) == [
        folder.path("feed.jsonl") + ":1", folder.path("feed.jsonl") + ":3", folder.path("feed.jsonl") + ":4",
    ])
    guard case .line(_, _, let bytes) = entries[2] else {
        Issue.record("expected a line")
        return
    }
    #expect(String(decoding: bytes, as: UTF8.self) == #"{"title": "Three"}"#)
}

@Test func corpusEntriesKeepNamedFilesEvenWhenMissingSoTheReaderReportsThem() {
    let entries = Array(CorpusEntries(paths: ["/nonexistent/attrib/article.txt"]))
    #expect(entries == [.file(path: "/nonexistent/attrib/article.txt")])
}

@Test func corpusEntriesReadJSONLinesFromStandardInput() {
    let input = pipeReading("{\"title\": \"One\"}\n{\"title\": \"Two\"}\n")
    defer { close(input) }
    let entries = Array(CorpusEntries(paths: ["-"], standardInput: input))
    #expect(entries.map(\.origin) == ["-:1", "-:2"])
}

@Test func corpusEntriesReadOtherStandardInputAsOneArticle() {
    let text = "Harbor Council Votes\n\nBy Mara Vell\n\nThe council voted, said Ines Rook.\n"
    let input = pipeReading(text)
    defer { close(input) }
    let entries = Array(CorpusEntries(paths: ["-"], standardInput: input))
    #expect(entries == [.standardInput(bytes: Array(text.utf8))])
}

@Test func corpusEntriesReadLinesLongerThanTheReadBuffer() {
    let long = String(repeating: "x", count: 3 << 20)
    let input = pipeReading("{\"text\": \"\(long)\"}\n{\"text\": \"short\"}")
    defer { close(input) }
    let entries = Array(CorpusEntries(paths: ["-"], standardInput: input))
    #expect(entries.count == 2)
    if case .line(_, _, let bytes) = entries[0] { #expect(bytes.count == long.utf8.count + 12) }
}

@Test func corpusEntriesTotalBytesAddsFileSizes() throws {
    let folder = try CorpusFolder(files: ["a.txt": "12345", "sub/b.md": "123"])
    #expect(CorpusEntries(paths: [folder.root]).totalBytes() == 8)
}
