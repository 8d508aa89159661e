import Fluent
import SQLKit

/// The search tables, written for each database (FTS5 and GIN are not in Fluent's schema builder), then every
/// published article indexed, so a site upgraded to this version finds its archive at once.
struct CreateSearchIndex: AsyncMigration {
    var name: String { "0018_create_search_index" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.isSQLite {
            try await sql.raw("""
                CREATE VIRTUAL TABLE search_fts USING fts5(title, summary, body,
                  tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1)
                """).run()
            try await sql.raw("""
                CREATE TABLE search_documents (article_id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL,
                  section_id INTEGER NOT NULL, published_epoch INTEGER NOT NULL)
                """).run()
            try await sql.raw("""
                CREATE TABLE search_words (edition_id INTEGER NOT NULL, word TEXT NOT NULL, documents INTEGER NOT NULL,
                  PRIMARY KEY (edition_id, word))
                """).run()
        } else {
            try await sql.raw("""
                CREATE TABLE search_documents (article_id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL,
                  section_id INTEGER NOT NULL, published_epoch BIGINT NOT NULL, language TEXT NOT NULL,
                  document tsvector NOT NULL)
                """).run()
            try await sql.raw("CREATE INDEX search_documents_document ON search_documents USING GIN (document)").run()
            try await sql.raw("""
                CREATE TABLE search_words (edition_id INTEGER NOT NULL, word TEXT COLLATE "C" NOT NULL,
                  documents INTEGER NOT NULL, PRIMARY KEY (edition_id, word))
                """).run()
        }
        try await sql.raw("CREATE INDEX search_documents_edition_time ON search_documents (edition_id, published_epoch)").run()
        try await sql.raw("""
            CREATE TABLE search_article_words (article_id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL, words TEXT NOT NULL)
            """).run()
        _ = try await SearchIndexer(editions: EditionService()).rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for table in ["search_article_words", "search_words", "search_documents"] {
            try await sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: table)").run()
        }
        if sql.isSQLite { try await sql.raw("DROP TABLE IF EXISTS search_fts").run() }
    }
}
