import Foundation

/// Loads a template folder on first use and keeps it (or the error) for every later report,
/// so a batch of thousands of articles parses its templates once.
final class TemplateCache: @unchecked Sendable {
    private let explicitDirectory: String?
    private let lock = NSLock()
    private var loaded: Result<ReportTemplates, Error>?

    init(explicitDirectory: String?) {
        self.explicitDirectory = explicitDirectory
    }

    init(templates: ReportTemplates) {
        explicitDirectory = templates.directory
        loaded = .success(templates)
    }

    func templates() throws -> ReportTemplates {
        try lock.withLock {
            if let loaded { return try loaded.get() }
            let result = Result { try ReportTemplates.located(explicit: explicitDirectory) }
            loaded = result
            return try result.get()
        }
    }
}
