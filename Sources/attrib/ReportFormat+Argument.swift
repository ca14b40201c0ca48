import ArgumentParser
import AttributionKit

/// Lets `--format` take any report format the library renders (json, jsonl, md, html, csv).
extension ReportFormat: ExpressibleByArgument {}
