extension SQLDialect {
    /// The DDL that creates every table of `schema`, with its constraints, indexes and (on
    /// SQLite) the declared fallbacks, in an order that satisfies foreign keys.
    ///
    /// - Throws: ``SchemaError`` when the dialect cannot express a declaration and has no
    ///   fallback for it, or the schema is invalid. Nothing is ever skipped silently.
    public func createStatements(for schema: DatabaseSchema) throws -> [String] {
        var statements: [String] = []
        if self == .postgresql,
            schema.tables.contains(where: { $0.indexes.contains { $0.method == .textSearch } })
        {
            statements.append("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        }
        for table in schema.tables {
            statements += try createStatements(for: table)
        }
        return statements
    }

    /// The DDL that creates one table, its constraints, its indexes and their fallbacks.
    public func createStatements(for table: TableSchema) throws -> [String] {
        if let problem = TableChecks.problems(in: table).first { throw problem }
        switch self {
        case .postgresql: return try PostgresDDL(table: table).statements()
        default: return try SQLiteDDL(table: table).statements()
        }
    }

    /// The whole schema as one script, statements ended by `;`, ready for `psql` or `sqlite3`.
    public func createScript(for schema: DatabaseSchema) throws -> String {
        try createStatements(for: schema).map { $0 + ";\n" }.joined(separator: "\n")
    }
}
