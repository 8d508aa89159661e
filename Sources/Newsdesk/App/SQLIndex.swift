import Fluent
import SQLKit

/// Fluent's schema builder has no secondary indexes; both SQLite and PostgreSQL accept this plain form.
enum SQLIndex {
    static func create(_ name: String, on table: String, columns: [String], unique: Bool = false, in database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let cols = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        try await sql.raw(SQLQueryString("CREATE \(unsafeRaw: unique ? "UNIQUE " : "")INDEX IF NOT EXISTS \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: cols))")).run()
    }
}
