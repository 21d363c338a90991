/// A constraint on a table's rows. Every constraint has a name, so that a diff or a table
/// rebuild can address it.
public enum ConstraintSchema: Hashable, Sendable {
    /// The primary key.
    case primaryKey(name: String, columns: [String])
    /// Rows may not repeat these columns' values.
    case unique(name: String, columns: [String])
    /// These columns refer to a row of another table (or the same table).
    case foreignKey(ForeignKeySchema)
    /// Every row must satisfy `predicate`.
    case check(name: String, predicate: SchemaPredicate)

    /// The constraint's name.
    public var name: String {
        switch self {
        case .primaryKey(let name, _), .unique(let name, _), .check(let name, _): name
        case .foreignKey(let foreignKey): foreignKey.name
        }
    }
}

/// A reference from some columns of one table to the key of another.
public struct ForeignKeySchema: Hashable, Sendable {
    /// What happens to referring rows when the referred row is deleted.
    public enum DeleteRule: String, Hashable, Sendable {
        /// The delete fails while rows refer to the row.
        case restrict = "RESTRICT"
        /// Referring rows are deleted too.
        case cascade = "CASCADE"
        /// Referring rows keep existing with NULL in the reference.
        case setNull = "SET NULL"
    }

    /// The constraint's name.
    public var name: String
    /// The referring columns.
    public var columns: [String]
    /// The referred table.
    public var referencedTable: String
    /// The referred columns, usually the primary key.
    public var referencedColumns: [String]
    /// What a delete of the referred row does.
    public var onDelete: DeleteRule

    /// Creates a foreign key description.
    public init(
        name: String, columns: [String], referencedTable: String,
        referencedColumns: [String] = ["id"], onDelete: DeleteRule = .restrict
    ) {
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
    }
}
