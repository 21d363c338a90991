/// A set of tables that refer to each other: everything one application stores.
public struct DatabaseSchema: Hashable, Sendable {
    /// The tables, in an order where each table comes after those it refers to.
    public private(set) var tables: [TableSchema]

    /// Creates a schema; tables are reordered so that referred tables come first.
    ///
    /// - Throws: ``SchemaError`` when two tables share a name or a foreign key refers to a
    ///   table that is not in `tables`.
    public init(tables: [TableSchema]) throws {
        var byName: [String: TableSchema] = [:]
        for table in tables {
            guard byName.updateValue(table, forKey: table.name) == nil else {
                throw SchemaError("two tables are named \(table.name)")
            }
        }
        var ordered: [TableSchema] = []
        var placed: Set<String> = []
        func place(_ table: TableSchema, path: Set<String>) throws {
            if placed.contains(table.name) { return }
            for foreignKey in table.foreignKeys where foreignKey.referencedTable != table.name {
                guard let referenced = byName[foreignKey.referencedTable] else {
                    throw SchemaError(
                        "\(table.name).\(foreignKey.name) refers to unknown table"
                            + " \(foreignKey.referencedTable)")
                }
                guard !path.contains(referenced.name) else {
                    throw SchemaError("foreign keys form a cycle through \(table.name)")
                }
                try place(referenced, path: path.union([table.name]))
            }
            placed.insert(table.name)
            ordered.append(table)
        }
        for table in tables { try place(table, path: []) }
        self.tables = ordered
    }

    /// The table called `name`, if any.
    public func table(named name: String) -> TableSchema? {
        tables.first { $0.name == name }
    }
}

/// A schema description that cannot be valid: a name used twice, a reference to nothing, a
/// feature a dialect cannot express.
public struct SchemaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the table and column.
    public var message: String

    /// Creates an error with a message naming what is wrong.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
