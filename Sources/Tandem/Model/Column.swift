/// A column of a model's table, declared from the property it stores.
///
/// The name is the property's in snake_case (`\.userID` → `user_id`); nullability follows the
/// property's type (`String?` is nullable); the column type follows the Swift type unless
/// given:
///
/// ```swift
/// Column(\.email, maxLength: 255).unique()
/// Column(\.wordCount, type: .int32, default: .value(0))
/// Column(\.projectID).references(Project.self)
/// Column(\.metadata, name: "metadata", default: .value(.json([:])))
/// ```
public struct Column<M: Model>: Sendable {
    /// The property the column stores.
    public let keyPath: SendableKeyPath<M>
    /// The column as the table describes it.
    public private(set) var schema: ColumnSchema
    /// Reads the property from a record, ready to bind.
    public private(set) var value: @Sendable (M) -> DatabaseValue
    /// The stored property's name, as `Codable` names it by default (`userID`).
    public private(set) var propertyName: String

    var uniqueScope: UniqueScope?
    var uniqueName: String?
    var indexName: String??
    var reference: (table: String, onDelete: ForeignKeySchema.DeleteRule, name: String?)?
    var nameProblem: SchemaError?

    /// Declares the column for `keyPath`.
    ///
    /// - Parameters:
    ///   - keyPath: The stored property.
    ///   - name: The column's name, when it differs from the property's in snake_case.
    ///   - type: The column type, when it differs from the Swift type's (`.int32` for an
    ///     `Int` property, say).
    ///   - maxLength: The most characters a string may hold, enforced on both engines.
    ///   - defaultValue: What the database stores when an insert leaves the column out.
    public init<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>,
        name: String? = nil,
        type: ColumnType? = nil,
        maxLength: Int? = nil,
        default defaultValue: ColumnDefault? = nil
    ) {
        let derivedName = name ?? SnakeCase.columnName(for: keyPath)
        var columnType = type ?? V.columnType
        if let maxLength { columnType = .string(maxLength: maxLength) }
        self.keyPath = SendableKeyPath(keyPath)
        self.schema = ColumnSchema(
            name: derivedName ?? "", type: columnType, isNullable: V.isOptional,
            defaultValue: defaultValue)
        if let offset = MemoryLayout<M>.offset(of: keyPath) {
            // A stored property of a struct: read at its offset, where the memory holds a `V`.
            // Applying the key path would go through the runtime's generic projection, with
            // metadata lookups on every call.
            self.value = { record in
                withUnsafePointer(to: record) { pointer in
                    UnsafeRawPointer(pointer).load(fromByteOffset: offset, as: V.self)
                        .databaseValue
                }
            }
        } else {
            // A key path through a protocol requirement (`\M.id` in generic code) has no
            // offset. A key path is immutable; the standard library does not mark it Sendable.
            nonisolated(unsafe) let reader = keyPath
            self.value = { record in record[keyPath: reader].databaseValue }
        }
        self.propertyName = SnakeCase.propertyName(for: keyPath) ?? derivedName ?? ""
        if derivedName == nil {
            nameProblem = SchemaError(
                "\(M.self): cannot derive a column name from \(keyPath); pass name:")
        }
    }

    /// The column for a property that the model protocol declares (`id`, the timestamps),
    /// whose key path in generic code carries no name.
    init<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>, property: String, name: String,
        default defaultValue: ColumnDefault? = nil, read: @escaping @Sendable (M) -> V
    ) {
        self.init(keyPath, name: name, default: defaultValue)
        self.propertyName = property
        // The requirement's witness, called directly: the key path would be projected by the
        // runtime on every call.
        self.value = { record in read(record).databaseValue }
    }

    /// Rows may not repeat this column's value.
    ///
    /// - Parameters:
    ///   - scope: `.liveRows` on a soft-deletable model lets a deleted row's value be used
    ///     again (a partial unique index over rows not marked deleted).
    ///   - name: The constraint's name; by default `uix_<table>_<column>`.
    public func unique(_ scope: UniqueScope = .allRows, name: String? = nil) -> Column {
        var copy = self
        copy.uniqueScope = scope
        copy.uniqueName = name
        return copy
    }

    /// Adds an ordinary index on this column alone, named `ix_<table>_<column>` by default.
    public func indexed(name: String? = nil) -> Column {
        var copy = self
        copy.indexName = .some(name)
        return copy
    }

    /// Makes the column a foreign key to `target`'s primary key.
    public func references<Target: Model>(
        _ target: Target.Type, onDelete: ForeignKeySchema.DeleteRule = .restrict,
        name: String? = nil
    ) -> Column {
        var copy = self
        copy.reference = (Target.tableName, onDelete, name)
        return copy
    }
}

/// Which rows a unique constraint covers.
public enum UniqueScope: Sendable, Hashable {
    /// Every row, deleted or not.
    case allRows
    /// Rows not marked deleted (soft-deletable models only).
    case liveRows
}
