/// Names of the objects that stand in for PostgreSQL index kinds on SQLite, for queries
/// written by hand. See `Docs/Dialects.md`.
public enum SQLiteFallbacks {
    /// The table behind a GIN index on an array: one row per (element, owner), primary key
    /// `(value, owner_id)`, kept by triggers.
    public static func elementTable(forIndex index: String) -> String { index + "__elements" }

    /// The FTS5 trigram table behind a text-search index: `owner_id` and the text.
    public static func searchTable(forIndex index: String) -> String { index + "__search" }

    /// The table mapping each owner to its row in the search table, so that an update or a
    /// delete finds it without scanning.
    public static func searchRowTable(forIndex index: String) -> String { index + "__search_rows" }
}
