extension ReportWriter.Destination {
    /// Whether every article gets a report file of its own in a folder.
    public var isDirectory: Bool {
        if case .directory = self { return true }
        return false
    }
}
