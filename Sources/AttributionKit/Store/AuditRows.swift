import Foundation
import GRDB

/// Turns an audit into the history's rows and back (without the article's text, which is not stored).
enum AuditRows {
    static func insert(_ audit: Audit, into db: Database) throws {
        let article = audit.article
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [article.id])
        try db.execute(
            sql: """
                INSERT INTO articles (id, origin, title, outlet, date, day, url, byline, format, analyzedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                article.id, article.origin, article.title, article.outlet, article.date,
                article.date.flatMap(DayRange.day(ofArticleDate:)), article.url, try json(article.byline),
                article.format.rawValue, ISO8601DateFormatter().string(from: Date()),
            ])
        let insertSource = try db.cachedStatement(sql: """
            INSERT INTO sources (articleId, id, name, anonymous, vague, description, titles, organizations,
                category, gender, side, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for source in audit.sources {
            try insertSource.execute(arguments: [
                article.id, source.id, source.name, source.anonymous, source.vague, source.description,
                try json(source.titles), try json(source.organizations), source.category.rawValue,
                source.gender?.rawValue, source.side, try json(source.mentions),
            ])
        }
        let insertAttribution = try db.cachedStatement(sql: """
            INSERT INTO attributions (articleId, position, kind, text, sourceId, jointSourceIds, via, viaIsOutlet, cue, rule,
                blockIndex, spanStart, spanEnd, speakerStart, speakerEnd, cueStart, cueEnd)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, attribution) in audit.attributions.enumerated() {
            try insertAttribution.execute(arguments: [
                article.id, position, attribution.kind.rawValue, attribution.text, attribution.sourceID,
                attribution.jointSourceIDs.isEmpty ? nil : try json(attribution.jointSourceIDs), attribution.via, attribution.viaIsOutlet, attribution.cue, attribution.rule, attribution.blockIndex, attribution.span.start,
                attribution.span.end, attribution.speakerSpan?.start, attribution.speakerSpan?.end,
                attribution.cueSpan?.start, attribution.cueSpan?.end,
            ])
        }
        try db.execute(
            sql: "INSERT INTO scores (articleId, score, flags) VALUES (?, ?, ?)",
            arguments: [article.id, audit.balance.score, try json(audit.balance.flags)])
        let insertComponent = try db.cachedStatement(sql: """
            INSERT INTO scoreComponents (articleId, position, name, value, weight, explanation) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, component) in audit.balance.components.enumerated() {
            try insertComponent.execute(arguments: [
                article.id, position, component.name, component.value, component.weight, component.explanation,
            ])
        }
    }

    /// The audit stored for the article `row`.
    static func audit(from row: Row, in db: Database) throws -> Audit {
        let id: String = row["id"]
        let article = Article(
            id: id, origin: row["origin"], title: row["title"], outlet: row["outlet"],
            byline: try decode([String].self, row["byline"]), date: row["date"], url: row["url"],
            format: InputFormat(rawValue: row["format"]) ?? .text, blocks: [])
        let sources = try Row.fetchAll(
            db, sql: "SELECT * FROM sources WHERE articleId = ? ORDER BY rowid", arguments: [id]
        ).map { row in
            Source(
                id: row["id"], name: row["name"], anonymous: row["anonymous"], vague: row["vague"],
                description: row["description"], titles: try decode([String].self, row["titles"]),
                organizations: try decode([String].self, row["organizations"]),
                category: SourceCategory(rawValue: row["category"]) ?? .other,
                gender: (row["gender"] as String?).flatMap(Gender.init(rawValue:)), side: row["side"],
                mentions: try decode([TextSpan].self, row["mentions"]))
        }
        let attributions = try Row.fetchAll(
            db, sql: "SELECT * FROM attributions WHERE articleId = ? ORDER BY position", arguments: [id]
        ).map { row in
            var attribution = Attribution(
                kind: Attribution.Kind(rawValue: row["kind"]) ?? .indirect, text: row["text"], sourceID: row["sourceId"],
                via: row["via"], viaIsOutlet: row["viaIsOutlet"], cue: row["cue"], rule: row["rule"],
                blockIndex: row["blockIndex"],
                span: TextSpan(row["spanStart"], row["spanEnd"]),
                speakerSpan: span(row["speakerStart"], row["speakerEnd"]), cueSpan: span(row["cueStart"], row["cueEnd"]))
            if let joint: String = row["jointSourceIds"] { attribution.jointSourceIDs = try decode([String].self, joint) }
            return attribution
        }
        let score = try Row.fetchOne(db, sql: "SELECT * FROM scores WHERE articleId = ?", arguments: [id])
        let components = try Row.fetchAll(
            db, sql: "SELECT * FROM scoreComponents WHERE articleId = ? ORDER BY position", arguments: [id]
        ).map { row in
            Balance.Component(name: row["name"], value: row["value"], weight: row["weight"], explanation: row["explanation"])
        }
        let balance = Balance(
            score: score?["score"] ?? 0, components: components,
            flags: try score.map { try decode([Balance.Flag].self, $0["flags"]) } ?? [])
        return Audit(article: article, sources: sources, attributions: attributions, balance: balance)
    }

    private static func span(_ start: Int?, _ end: Int?) -> TextSpan? {
        guard let start, let end else { return nil }
        return TextSpan(start, end)
    }

    private static func json<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
