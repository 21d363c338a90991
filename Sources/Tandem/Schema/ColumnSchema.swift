/// One column of a table: its name, logical type, nullability and database-side default.
public struct ColumnSchema: Hashable, Sendable {
    /// The column's name in the database.
    public var name: String
    /// The column's logical type.
    public var type: ColumnType
    /// Whether the column accepts NULL.
    public var isNullable: Bool
    /// What the database stores when an insert leaves the column out.
    public var defaultValue: ColumnDefault?

    /// Creates a column description.
    public init(
        name: String, type: ColumnType, isNullable: Bool = false, defaultValue: ColumnDefault? = nil
    ) {
        self.name = name
        self.type = type
        self.isNullable = isNullable
        self.defaultValue = defaultValue
    }
}
