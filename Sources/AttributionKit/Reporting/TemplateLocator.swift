import Foundation

/// Finds the folder of report templates wherever the binary runs: a folder the user names,
/// the install prefix (`<bin>/../share/attrib/templates`), or the source tree the binary was built from.
public enum TemplateLocator {
    /// The source tree's `templates/`, located at compile time (dev and CI builds).
    /// SwiftPM cannot bundle a top-level folder, so builds from a checkout read it in place.
    static let sourceTreeDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reporting
        .deletingLastPathComponent()  // AttributionKit
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("templates").path

    /// Where an installed binary finds its templates, if the running executable is known.
    static var installDirectory: String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/attrib/templates").path
    }

    /// The default folders in lookup order.
    public static var defaultCandidates: [String] {
        [installDirectory, sourceTreeDirectory].compactMap { $0 }
    }

    /// The folder to use: `explicit` when given (it must exist), else the first default that holds templates.
    public static func locate(explicit: String? = nil) throws -> String {
        if let explicit {
            guard isDirectory(explicit) else { throw TemplateError.directoryNotFound(explicit) }
            return explicit
        }
        for candidate in defaultCandidates
        where FileManager.default.fileExists(atPath: candidate + "/article.md.mustache") {
            return candidate
        }
        throw TemplateError.noDefaultTemplates(searched: defaultCandidates)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
