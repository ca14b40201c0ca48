import Foundation

/// Uniquely named folders under the system's temporary folder for the files a test reads or writes.
/// Each test removes its own with `defer { TemporaryFolder.remove(folder) }`, so runs leave nothing behind.
enum TemporaryFolder {
    /// Makes a fresh folder holding `files` (relative path → contents; subfolders are made as needed).
    static func make(files: [String: String] = [:]) throws -> String {
        let root = NSTemporaryDirectory() + "attrib-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, contents) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: full, contents: Data(contents.utf8))
        }
        return root
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
