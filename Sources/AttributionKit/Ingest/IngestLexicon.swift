import Foundation

/// The word lists the ingest rules use, read once from `Resources/ingest/*.txt`.
///
/// Lists are data, not code: one entry a line, `#` starts a comment, compared lowercased.
enum IngestLexicon {
    static let boilerplateLines = WordList(set("boilerplate-lines"))
    /// Labels followed by a colon ("read more") and, marked with `*` in the file, openers without one ("click here").
    static let boilerplateLabels = labelsAndOpeners.filter { !$0.hasSuffix("*") }
    static let boilerplateOpeners = labelsAndOpeners.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
    /// First words of the labels and openers, to rule most lines out with one lookup.
    static let boilerplateLabelStarts = WordList(labelStartWords)
    /// The first scalars of those first words, to rule out most words beyond ASCII (those opening
    /// with a curly quote) before the word is made.
    static let boilerplateLabelInitials = Set(labelStartWords.compactMap(\.unicodeScalars.first))
    private static let labelStartWords = Set(labelsAndOpeners.map { String($0.prefix { $0 != " " && $0 != ":" && $0 != "*" }) })
    /// `boilerplate-labels`, read once for the tables above.
    private static let labelsAndOpeners = set("boilerplate-labels")
    static let shareWords = WordList(set("share-words"))
    /// Credit phrases as word sequences, so the end of a line can be matched word by word.
    static let creditPhrases: [[String]] = entries("credit-phrases").map { $0.split(separator: " ").map(String.init) }
    static let creditWords = WordList(set("credit-words"))
    static let dateWords = WordList(set("date-words"))
    static let monthWords = set("month-words")
    static let nameParticles = set("name-particles", in: "lexicon")
    static let notNameWords = set("not-name-words")
    static let bylineRoles = set("byline-roles")
    static let outletWords = set("outlet-words", in: "lexicon")

    /// A word list of `Resources/<folder>`; the engine's lists the reader shares live in `lexicon`.
    private static func set(_ name: String, in folder: String = "ingest") -> Set<String> {
        Set(entries(name, in: folder))
    }

    private static func entries(_ name: String, in folder: String = "ingest") -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/\(folder)"),
            let contents = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("attrib: missing resource Resources/\(folder)/\(name).txt (is the attrib_AttributionKit.resources bundle installed next to the binary?)")
        }
        return contents.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.prefix { $0 != "#" }.trimmed(of: .whitespaces).lowercased()
            return entry.isEmpty ? nil : entry
        }
    }
}
