import Foundation
import Testing
@testable import AttributionKit

@Suite struct IngestBadInputTests {
    static func problem(_ source: ArticleSource) -> String? {
        let loaded = ArticleLoader().load(source)
        #expect(loaded.articles.isEmpty)
        return loaded.problems.first?.description
    }

    @Test func missingFile() {
        #expect(Self.problem(.file("/nonexistent/story.txt")) == "attrib: /nonexistent/story.txt: no such file")
    }

    @Test func directory() throws {
        let dir = try TemporaryFolder.make()
        defer { TemporaryFolder.remove(dir) }
        #expect(Self.problem(.file(dir)) == "attrib: \(dir): is a directory")
    }

    @Test func binaryFileWithNulBytes() throws {
        let dir = try TemporaryFolder.make()
        defer { TemporaryFolder.remove(dir) }
        let path = dir + "/image.txt"
        FileManager.default.createFile(atPath: path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        // The first byte is not UTF-8 either; the NUL would be named if it came first.
        #expect(Self.problem(.file(path)) == "attrib: \(path): invalid UTF-8 at byte offset 0")
        FileManager.default.createFile(atPath: path, contents: Data([0x41, 0x42, 0x00, 0x43]))
        #expect(Self.problem(.file(path)) == "attrib: \(path): binary file (NUL byte at byte offset 2)")
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let dir = try TemporaryFolder.make()
        defer { TemporaryFolder.remove(dir) }
        let path = dir + "/latin1.txt"
        FileManager.default.createFile(atPath: path, contents: Data("Caf".utf8) + Data([0xE9]) + Data(" au lait".utf8))
        #expect(Self.problem(.file(path)) == "attrib: \(path): invalid UTF-8 at byte offset 3")
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(throws: InputDecoder.Failure.invalidUTF8(byteOffset: 1)) { try InputDecoder.scalars(of: [0x41, 0xC0, 0xAF]) }
        #expect(throws: InputDecoder.Failure.invalidUTF8(byteOffset: 0)) { try InputDecoder.scalars(of: [0xED, 0xA0, 0x80]) }
        #expect(throws: InputDecoder.Failure.invalidUTF8(byteOffset: 2)) { try InputDecoder.scalars(of: [0x41, 0x42, 0xE2, 0x80]) }
    }

    @Test func emptyAndBlankFiles() throws {
        let dir = try TemporaryFolder.make()
        defer { TemporaryFolder.remove(dir) }
        FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        FileManager.default.createFile(atPath: dir + "/blank.md", contents: Data(" \n\t\r\n".utf8))
        #expect(Self.problem(.file(dir + "/empty.txt")) == "attrib: \(dir)/empty.txt: empty file")
        #expect(Self.problem(.file(dir + "/blank.md")) == "attrib: \(dir)/blank.md: empty file")
    }

    @Test func truncatedJSONFile() throws {
        let dir = try TemporaryFolder.make()
        defer { TemporaryFolder.remove(dir) }
        let path = dir + "/story.json"
        FileManager.default.createFile(atPath: path, contents: Data(#"{"title": "One", "text": "Cut sh"#.utf8))
        let message = try #require(Self.problem(.file(path)))
        #expect(message.hasPrefix("attrib: \(path): invalid or truncated JSON"))
    }

    @Test func formatComesFromTheExtensionOrTheContent() {
        #expect(InputFormatDetector.format(forPath: "a/b.MD") == .markdown)
        #expect(InputFormatDetector.format(forPath: "b.markdown") == .markdown)
        #expect(InputFormatDetector.format(forPath: "b.jsonl") == .json)
        #expect(InputFormatDetector.format(forPath: "b.txt") == .text)
        #expect(InputFormatDetector.format(forPath: ".hidden") == .text)
        #expect(InputFormatDetector.sniff(Array("  {\"text\": \"x\"}".utf8)) == .json)
        #expect(InputFormatDetector.sniff(Array("# Title\n\nBody".utf8)) == .markdown)
        #expect(InputFormatDetector.sniff(Array("Title\nSee [this](https://x.example).".utf8)) == .markdown)
        #expect(InputFormatDetector.sniff(Array("Title\n#hashtag line\nBody.".utf8)) == .text)
    }
}
