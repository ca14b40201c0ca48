import GRDB

/// The history database's tables, versioned with GRDB's migrator so older files are brought up to date.
enum AuditSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, sources, attributions, scores") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                    id TEXT PRIMARY KEY NOT NULL,   -- the url when known, else a hash of the text
                    origin TEXT NOT NULL,
                    title TEXT,
                    outlet TEXT,
                    date TEXT,                      -- as the article gives it
                    day TEXT,                       -- YYYY-MM-DD when the date names one, for --since/--until
                    url TEXT,
                    byline TEXT NOT NULL,           -- JSON array of names
                    format TEXT NOT NULL,
                    analyzedAt TEXT NOT NULL
                );
                CREATE INDEX articles_day ON articles(day);
                CREATE TABLE sources (
                    articleId TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    name TEXT,
                    anonymous BOOLEAN NOT NULL,
                    vague BOOLEAN NOT NULL,
                    description TEXT,
                    titles TEXT NOT NULL,           -- JSON array: the credentials
                    organizations TEXT NOT NULL,    -- JSON array
                    category TEXT NOT NULL,
                    gender TEXT,
                    side TEXT,
                    mentions TEXT NOT NULL,         -- JSON array of [start, end] spans
                    PRIMARY KEY (articleId, id)
                );
                CREATE TABLE attributions (
                    articleId TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    sourceId TEXT,
                    via TEXT,
                    viaIsOutlet BOOLEAN NOT NULL,
                    cue TEXT,
                    blockIndex INTEGER NOT NULL,
                    spanStart INTEGER NOT NULL,
                    spanEnd INTEGER NOT NULL,
                    speakerStart INTEGER,
                    speakerEnd INTEGER,
                    cueStart INTEGER,
                    cueEnd INTEGER,
                    PRIMARY KEY (articleId, position)
                );
                CREATE TABLE scores (
                    articleId TEXT PRIMARY KEY NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    score REAL NOT NULL,
                    flags TEXT NOT NULL             -- JSON array of {code, message, sources}
                );
                CREATE TABLE scoreComponents (
                    articleId TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    value REAL NOT NULL,
                    weight REAL NOT NULL,
                    explanation TEXT NOT NULL,
                    PRIMARY KEY (articleId, position)
                );
                """)
        }
        migrator.registerMigration("v2: the rule that found each attribution's speaker") { db in
            try db.execute(sql: "ALTER TABLE attributions ADD COLUMN rule TEXT")
        }
        migrator.registerMigration("v3: the sources that made a statement together with its source") { db in
            // A JSON array of source ids; NULL for a statement of one source.
            try db.execute(sql: "ALTER TABLE attributions ADD COLUMN jointSourceIds TEXT")
        }
        return migrator
    }
}
