import SQLKit

/// Which of the two stores a statement goes to, named in one place: SQLite (one node, the embedded default) or
/// PostgreSQL (several nodes). Statements differ where the stores do: locking, full-text search, date functions,
/// batching round trips.
extension SQLDatabase {
    var isSQLite: Bool { dialect.name == "sqlite" }
    var isPostgres: Bool { dialect.name == "postgresql" }
}

extension SQLQueryString {
    /// A row count for `LIMIT` or `OFFSET`, written into the statement as a number instead of bound.
    ///
    /// SQLite (3.54, as bundled) lets the planner look at a bound `LIMIT` or `OFFSET` and marks the statement to be
    /// prepared again once the value is bound: every paged statement was compiled twice, a fifth of an uncached
    /// article render's statement preparation (the comment thread's is the longest statement a page runs). A
    /// number from the program, never from input text, so nothing can be injected through it.
    mutating func appendInterpolation(count: Int) {
        appendInterpolation(unsafeRaw: String(count))
    }
}
