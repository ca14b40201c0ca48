import Foundation

/// Well-known organisations by every name they go by, read from `Resources/profiles/registry.tsv`
/// and optionally from a user file in the same format whose entries win.
public struct OrganizationRegistry: Sendable {
    /// Organisations by the words of their name and of each alias.
    private var byKey = PhraseTable<Organization>()

    /// The registry shipped with AttributionKit.
    public static let bundled: OrganizationRegistry = {
        do {
            return try OrganizationRegistry(rows: TabSeparatedRows.bundled("registry", in: "profiles"), origin: "registry.tsv")
        } catch {
            fatalError("attrib: bundled \(error)")
        }
    }()

    public init() {}

    /// Parses a registry in the documented format; `origin` names the file in error messages.
    public init(text: String, origin: String) throws {
        try self.init(rows: TabSeparatedRows(text: text), origin: origin)
    }

    init(rows: TabSeparatedRows, origin: String) throws {
        for row in rows {
            let name = row[0]
            guard !name.isEmpty else {
                throw DataFileError(file: origin, line: row.line, problem: "the organisation has no name in column 1")
            }
            guard let category = SourceCategory(rawValue: row[2]) else {
                let problem = row[2].isEmpty
                    ? "no category in column 3 for \(name)"
                    : "unknown category '\(row[2])' for \(name) (expected one of \(SourceCategory.allCases.map(\.rawValue).joined(separator: ", ")))"
                throw DataFileError(file: origin, line: row.line, problem: problem)
            }
            let aliases = row[1].split(separator: "|").map { $0.trimmed(of: .whitespaces) }.filter { !$0.isEmpty }
            let marks = Set(row[4].split(separator: "|").map { $0.trimmed(of: .whitespaces) }.filter { !$0.isEmpty })
            add(Organization(name: name, aliases: aliases, category: category, side: row[3].isEmpty ? nil : row[3], marks: marks))
        }
    }

    /// The bundled registry with the entries of a user file added; they replace bundled entries
    /// that share a name or alias.
    public init(addingContentsOf url: URL, to base: OrganizationRegistry = .bundled) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataFileError(file: url.path, problem: "cannot read the registry file (\(error.localizedDescription))")
        }
        let extra = try OrganizationRegistry(text: text, origin: url.path)
        self = base
        for organization in extra.byKey.values.values { add(organization) }
    }

    public mutating func add(_ organization: Organization) {
        for name in [organization.name] + organization.aliases {
            let words = NameWords(name)
            byKey.insert(Array(words.words.drop { $0 == "the" }), organization)
        }
    }

    public var count: Int { Set(byKey.values.values.map(\.name)).count }

    /// Every name and alias of the registry's organisations.
    var names: [String] { byKey.values.values.flatMap { [$0.name] + $0.aliases } }

    /// The organisation a whole name stands for ("the Pentagon", "U.S. Department of Defense").
    public func organization(named name: String) -> Organization? {
        byKey[NameWords.key(name)]
    }

    /// The organisation the whole of `words` names, found word by word rather than by its key.
    func organization(_ words: NameWords) -> Organization? {
        byKey.value(words)
    }

    /// The first registry organisation named inside a longer text ("a former senior Pentagon
    /// official"), matched on whole words that begin and end capitalised, longest name first.
    func firstOrganization(in words: NameWords) -> (organization: Organization, range: Range<Int>)? {
        for start in words.words.indices where words.isCapitalized(start) {
            // The last word must be capitalised too; else a shorter name from here is taken.
            if let found = byKey.longestMatch(in: words, from: start, endingWhere: { words.isCapitalized($0 - 1) }) {
                return (found.value, start..<(start + found.length))
            }
        }
        return nil
    }
}
