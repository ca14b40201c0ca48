import Foundation

/// The articles named on a command line, as a lazy stream: folders walked recursively in name order,
/// files, JSON Lines files and standard input (`-`) split one article a line.
///
/// Nothing is read ahead: a folder lists one level at a time and a JSON Lines stream one line at a time.
public struct CorpusEntries: Sequence {
    /// File extensions picked up inside folders (files named explicitly are always taken).
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "json", "jsonl", "ndjson"]
    /// File extensions read as JSON Lines, one article a line.
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public let paths: [String]
    /// Descriptor read for `-`.
    public let standardInput: Int32

    public init(paths: [String], standardInput: Int32 = 0) {
        self.paths = paths
        self.standardInput = standardInput
    }

    public func makeIterator() -> Iterator {
        Iterator(paths: paths, standardInput: standardInput)
    }

    /// Whether `paths` name exactly one article file (not a folder, JSON Lines file or standard input),
    /// so its report stands alone in the output.
    public static func namesOneArticleFile(_ paths: [String]) -> Bool {
        guard paths.count == 1, paths[0] != "-" else { return false }
        let fileExtension = (paths[0] as NSString).pathExtension.lowercased()
        return kind(of: paths[0])?.isDirectory != true && !jsonLinesExtensions.contains(fileExtension)
    }

    /// Total size in bytes of everything the paths name, when it can be known without reading
    /// (nil when standard input is a pipe); used for progress estimates.
    public func totalBytes() -> Int? {
        var total = 0
        var pending = paths
        while let path = pending.popLast() {
            if path == "-" {
                var status = stat()
                guard fstat(standardInput, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
                total += Int(status.st_size)
                continue
            }
            guard let kind = Self.kind(of: path) else { continue }
            if kind.isDirectory {
                pending.append(contentsOf: Self.children(of: path))
            } else {
                total += kind.size
            }
        }
        return total
    }

    /// Walks the paths one entry at a time, keeping only the folder levels and the line stream it is in.
    public final class Iterator: IteratorProtocol {
        private var arguments: IndexingIterator<[String]>
        private let standardInput: Int32
        /// Folders being walked: the children of each level not yet visited, last visited first.
        private var folders: [[String]] = []
        private var lines: LineReader?
        private var linesSource = ""
        private var lineNumber = 0

        init(paths: [String], standardInput: Int32) {
            arguments = paths.makeIterator()
            self.standardInput = standardInput
        }

        public func next() -> CorpusEntry? {
            while true {
                if let reader = lines {
                    if let line = reader.nextLine() {
                        lineNumber += 1
                        if line.allSatisfy(Self.isBlank) { continue }
                        return .line(source: linesSource, number: lineNumber, bytes: line)
                    }
                    lines = nil
                }
                if !folders.isEmpty {
                    guard let child = folders[folders.count - 1].popLast() else {
                        folders.removeLast()
                        continue
                    }
                    if let entry = visit(child, named: false) { return entry }
                    continue
                }
                guard let argument = arguments.next() else { return nil }
                if argument == "-" {
                    if let entry = openStandardInput() { return entry }
                    continue
                }
                if let entry = visit(argument, named: true) { return entry }
            }
        }

        /// The entry for a path, or nil when the path starts a folder or line stream (or is skipped).
        private func visit(_ path: String, named: Bool) -> CorpusEntry? {
            let fileExtension = (path as NSString).pathExtension.lowercased()
            guard let kind = CorpusEntries.kind(of: path) else {
                // Missing files are the readers' to report, with their usual message.
                return named ? .file(path: path) : nil
            }
            if kind.isDirectory {
                folders.append(CorpusEntries.children(of: path).reversed())
                return nil
            }
            if !named && !CorpusEntries.articleExtensions.contains(fileExtension) { return nil }
            guard CorpusEntries.jsonLinesExtensions.contains(fileExtension) else { return .file(path: path) }
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                return .unreadable(origin: path, reason: String(cString: strerror(errno)))
            }
            startLines(LineReader(descriptor: descriptor, closesDescriptor: true), source: path)
            return nil
        }

        /// Standard input is JSON Lines when its first line is a whole JSON object; else it is one article.
        private func openStandardInput() -> CorpusEntry? {
            let reader = LineReader(descriptor: standardInput, closesDescriptor: false)
            guard let first = reader.nextLine() else { return .standardInput(bytes: []) }
            let firstByte = first.first { !Self.isBlank($0) }
            let lastByte = first.last { !Self.isBlank($0) }
            if firstByte == UInt8(ascii: "{") && lastByte == UInt8(ascii: "}") {
                startLines(reader, source: "-")
                lineNumber = 1
                return .line(source: "-", number: 1, bytes: first)
            }
            var whole = first
            if reader.lastLineTerminated {
                whole.append(0x0A)
                whole.append(contentsOf: reader.remainder())
            }
            return .standardInput(bytes: whole)
        }

        private func startLines(_ reader: LineReader, source: String) {
            lines = reader
            linesSource = source
            lineNumber = 0
        }

        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
        }
    }

    /// What is at `path`: a folder, or a file of `size` bytes; nil when nothing is there.
    static func kind(of path: String) -> (isDirectory: Bool, size: Int)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return ((status.st_mode & S_IFMT) == S_IFDIR, Int(status.st_size))
    }

    /// The visible entries of a folder, in name order.
    static func children(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
