import Foundation

/// An ingested article: its metadata and its text cut into typed blocks.
public struct Article: Sendable {
    /// Stable identifier: the url when known, else a hash of the text.
    public var id: String
    /// The file (or `-`, or `file:line` for JSON Lines) the article came from.
    public var origin: String
    public var title: String?
    public var outlet: String?
    public var byline: [String]
    public var date: String?
    public var url: String?
    public var format: InputFormat
    public var blocks: [Block]

    public init(
        id: String, origin: String, title: String? = nil, outlet: String? = nil, byline: [String] = [],
        date: String? = nil, url: String? = nil, format: InputFormat, blocks: [Block]
    ) {
        self.id = id
        self.origin = origin
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.date = date
        self.url = url
        self.format = format
        self.blocks = blocks
    }

    /// Whether `name` is the publishing outlet's own ("told The Harbour Ledger" in the Ledger):
    /// what a source told the outlet itself is firsthand, not taken from another outlet.
    public func isOwnOutlet(_ name: String?) -> Bool {
        NameWords.name(name, hasKey: outlet.map(NameWords.key))
    }

    /// Number of blocks that exactly repeat an earlier one.
    public var duplicateBlockCount: Int {
        blocks.count { $0.duplicateOf != nil }
    }
}

/// The formats attrib reads.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, json
}
