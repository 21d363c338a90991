/// Creating the tables of models.
extension Database {
    /// Creates the tables of `models`, with their constraints, indexes and, on SQLite, the
    /// fallbacks of their GIN and text-search indexes; tables are created after the tables
    /// they refer to, whatever the order given.
    ///
    /// ```swift
    /// try db.createTables(for: User.self, Project.self)
    /// ```
    ///
    /// - Throws: The first ``SchemaError`` of a model's declarations, or a
    ///   ``DatabaseError`` from the engine.
    public func createTables(for models: any Model.Type...) throws {
        var tables: [TableSchema] = []
        for model in models {
            tables.append(try Self.validatedTable(of: model))
        }
        try executeScript(try dialect.createScript(for: DatabaseSchema(tables: tables)))
    }

    private static func validatedTable<M: Model>(of model: M.Type) throws -> TableSchema {
        try M.schema.validate()
        return M.schema.table
    }
}
