/// A table: columns, constraints and indexes. A plain value, so the same description serves
/// DDL, comparison with a live database and migrations.
public struct TableSchema: Hashable, Sendable {
    /// The table's name.
    public var name: String
    /// The columns, in order.
    public var columns: [ColumnSchema]
    /// The constraints, primary key first.
    public var constraints: [ConstraintSchema]
    /// The indexes other than those that constraints create.
    public var indexes: [IndexSchema]

    /// Creates a table description.
    public init(
        name: String, columns: [ColumnSchema], constraints: [ConstraintSchema] = [],
        indexes: [IndexSchema] = []
    ) {
        self.name = name
        self.columns = columns
        self.constraints = constraints
        self.indexes = indexes
    }

    /// The column called `name`, if any.
    public func column(named name: String) -> ColumnSchema? {
        columns.first { $0.name == name }
    }

    /// The primary key's columns.
    public var primaryKey: [String] {
        for case .primaryKey(_, let columns) in constraints { return columns }
        return []
    }

    /// The foreign keys.
    public var foreignKeys: [ForeignKeySchema] {
        constraints.compactMap {
            if case .foreignKey(let foreignKey) = $0 { return foreignKey }
            return nil
        }
    }
}
