import SQLKit

/// Which of the two stores a statement goes to, named in one place: SQLite (one node, the embedded default) or
/// PostgreSQL (several nodes). Statements differ where the stores do: locking, full-text search, date functions,
/// batching round trips.
extension SQLDatabase {
    var isSQLite: Bool { dialect.name == "sqlite" }
    var isPostgres: Bool { dialect.name == "postgresql" }
}
