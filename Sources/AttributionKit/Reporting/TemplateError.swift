import Mustache

/// A template problem, told in one line that names the file (and line, when there is one).
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    case directoryNotFound(String)
    case noDefaultTemplates(searched: [String])
    /// A template the report needs is not in the folder; `referencedFrom` is the file and line asking for it.
    case missing(file: String, referencedFrom: String?)
    case syntax(file: String, line: Int, column: Int, problem: String)
    /// A Markdown template or partial that does not switch escaping to Markdown.
    case markdownEscapingNotDeclared(file: String)
    case unreadable(file: String)
    case wouldOverwrite(file: String)

    public var description: String {
        switch self {
        case .directoryNotFound(let path):
            return "\(path): templates folder not found"
        case .noDefaultTemplates(let searched):
            return "no templates found (looked in \(searched.joined(separator: ", "))); pass --templates DIR"
        case .missing(let file, let referencedFrom):
            if let referencedFrom { return "\(referencedFrom): template \(file) not found" }
            return "\(file): template not found"
        case .syntax(let file, let line, let column, let problem):
            return "\(file):\(line):\(column): \(problem)"
        case .markdownEscapingNotDeclared(let file):
            return "\(file):1: a Markdown template must start with {{% CONTENT_TYPE: MARKDOWN}} (partials start in HTML escaping)"
        case .unreadable(let file):
            return "\(file): cannot read template (not UTF-8?)"
        case .wouldOverwrite(let file):
            return "\(file): already exists (use --force to overwrite)"
        }
    }

    /// Words for swift-mustache's parse errors.
    static func problem(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "section closed with a name that does not match its opening tag"
        case .unfinishedName: return "unfinished tag"
        case .expectedSectionEnd: return "section never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "transform applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "invalid {{% ...}} pragma"
        case .unrecognisedConfigVariable: return "unknown {{% ...}} pragma or content type"
        }
    }
}
