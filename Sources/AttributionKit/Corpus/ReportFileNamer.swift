/// Names the report file of each article of a corpus from its url, file name or line, and never
/// gives the same name twice (`harbor-vote`, `harbor-vote-2`, …), whatever the file system's case rules.
public struct ReportFileNamer {
    private var used: Set<String>
    private static let longest = 80

    /// `reserved` names are never handed out (the corpus comparison's file, say).
    public init(reserved: [String] = []) {
        used = Set(reserved.map { $0.lowercased() })
    }

    /// A new file name without extension for `article`.
    public mutating func name(for article: Article) -> String {
        let base = Self.slug(Self.stem(of: article))
        var name = base.isEmpty ? "article" : base
        var counter = 2
        while used.contains(name.lowercased()) {
            name = "\(base.isEmpty ? "article" : base)-\(counter)"
            counter += 1
        }
        used.insert(name.lowercased())
        return name
    }

    /// The most telling name the article has: its file's name when it has a file of its own, else
    /// the last path segment of its url, else the file's name with the line (JSON Lines), else its id.
    static func stem(of article: Article) -> String {
        let origin = article.origin
        let file = origin.split(separator: "/").last.map(String.init) ?? origin
        var line: Substring?
        if let colon = file.lastIndex(of: ":"), file[file.index(after: colon)...].allSatisfy(\.isNumber) {
            line = file[file.index(after: colon)...]
        }
        if line == nil, origin != "-", !file.isEmpty { return dropExtension(file) }
        if let url = article.url, let segment = lastSegment(of: url) { return segment }
        if origin == "-" { return "stdin" }
        if let line { return dropExtension(String(file.dropLast(line.count + 1))) + "-" + line }
        return article.id
    }

    private static func lastSegment(of url: String) -> String? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        path = path.prefix { $0 != "?" && $0 != "#" }
        let segments = path.split(separator: "/").dropFirst()
        guard let last = segments.last else { return nil }
        let stem = dropExtension(String(last))
        // "index.html" says nothing: take the folder above it.
        if ["index", "article", "story"].contains(stem.lowercased()), segments.count > 1 {
            return String(segments[segments.index(before: segments.endIndex - 1)])
        }
        return stem
    }

    private static func dropExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Lowercase ASCII letters, digits and single dashes, at most `longest` characters.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if isWordCharacter {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first!)
                if slug.count >= longest { break }
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
