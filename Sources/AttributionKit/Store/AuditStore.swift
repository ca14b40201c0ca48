import Foundation
import GRDB

/// The history of audits in one SQLite file (GRDB): articles, sources with credentials, attributions
/// with spans, scores with components.
///
/// Each article is saved in one transaction that first removes its earlier rows, so re-analysing an
/// article replaces it and a crash mid-run leaves every article either whole or absent.
public final class AuditStore: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating when missing) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // With the write-ahead log, NORMAL syncs at checkpoints rather than at every article's
            // commit; a crash still leaves each article all or nothing.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try AuditSchema.migrator.migrate(database)
    }

    /// Stores `audit`, replacing whatever was stored for the same article id.
    public func save(_ audit: Audit) throws {
        try database.write { db in
            try AuditRows.insert(audit, into: db)
        }
    }

    /// Number of articles stored.
    public func articleCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0 }
    }

    /// Calls `body` with every stored audit whose day lies within `range` (articles without a
    /// known day are left out when a bound is given), oldest first. The audits carry no article
    /// text: blocks are not stored.
    public func forEachAudit(in range: DayRange = DayRange(), _ body: (Audit) throws -> Void) throws {
        try database.read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let since = range.since {
                conditions.append("day >= ?")
                arguments.append(since)
            }
            if let until = range.until {
                conditions.append("day <= ?")
                arguments.append(until)
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let articles = try Row.fetchCursor(
                db, sql: "SELECT * FROM articles\(filter) ORDER BY day, id",
                arguments: StatementArguments(arguments))
            while let row = try articles.next() {
                try body(try AuditRows.audit(from: row, in: db))
            }
        }
    }

    /// The comparison of the stored audits within `range`, grouped as asked: the same tallies a
    /// run over the articles themselves would give.
    public func comparison(grouping: ComparisonGrouping, in range: DayRange = DayRange()) throws -> SourcingComparison {
        var comparison = SourcingComparison(grouping: grouping)
        try forEachAudit(in: range) { comparison.add($0) }
        return comparison
    }

    /// The comparison of the history file at `path`, which must exist: reading a history never creates one.
    public static func comparison(
        ofHistoryAt path: String, grouping: ComparisonGrouping, in range: DayRange = DayRange()
    ) throws -> SourcingComparison {
        guard FileManager.default.fileExists(atPath: path) else { throw BatchProblem(origin: path, message: "no such file") }
        return try AuditStore(path: path).comparison(grouping: grouping, in: range)
    }
}
