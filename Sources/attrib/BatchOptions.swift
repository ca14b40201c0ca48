import ArgumentParser
import Foundation

/// The options `analyze` and `compare` share: the templates that render the reports and how many
/// articles are analysed at once.
struct BatchOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of Mustache templates to use instead of the installed ones (see 'attrib templates export').")
    var templates: String?

    @Option(name: .long, help: "Articles analysed at once (default: all cores); 1 analyses on one thread.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// `--jobs` made usable: at least one.
    var workers: Int { max(1, jobs) }
}
