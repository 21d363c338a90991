/// A relation between two models, by the columns that join them.
public struct RelationSchema: Hashable, Sendable {
    /// Which side holds the foreign key.
    public enum Kind: String, Hashable, Sendable {
        /// This model holds the key: one related row, or none.
        case belongsTo
        /// The related model holds the key: any number of related rows.
        case hasMany
    }

    /// The relation's name, such as `projects`.
    public var name: String
    /// Which side holds the key.
    public var kind: Kind
    /// The related model's table.
    public var relatedTable: String
    /// The column of this model's table that the join uses.
    public var localColumn: String
    /// The column of the related table that the join uses.
    public var relatedColumn: String
}

/// Declares that each row refers to at most one row of `Target` through a key column.
///
/// ```swift
/// BelongsTo("user", User.self, via: \.userID)
/// ```
public struct BelongsTo<M: Model>: Sendable {
    let relation: RelationSchema?
    let problem: SchemaError?

    /// `keyPath` is this model's property that holds the target's `id`.
    public init<Target: Model, V: ColumnValue>(
        _ name: String, _ target: Target.Type, via keyPath: KeyPath<M, V>
    ) {
        if let column = SnakeCase.columnName(for: keyPath) {
            relation = RelationSchema(
                name: name, kind: .belongsTo, relatedTable: Target.tableName,
                localColumn: column, relatedColumn: "id")
            problem = nil
        } else {
            relation = nil
            problem = SchemaError("\(M.self).\(name): cannot name the column of \(keyPath)")
        }
    }
}

/// Declares that rows of `Target` refer to each row through a key column of theirs.
///
/// ```swift
/// HasMany("projects", Project.self, via: \.userID)
/// ```
public struct HasMany<M: Model>: Sendable {
    let relation: RelationSchema?
    let problem: SchemaError?

    /// `keyPath` is the target's property that holds this model's `id`.
    public init<Target: Model, V: ColumnValue>(
        _ name: String, _ target: Target.Type, via keyPath: KeyPath<Target, V>
    ) {
        if let column = SnakeCase.columnName(for: keyPath) {
            relation = RelationSchema(
                name: name, kind: .hasMany, relatedTable: Target.tableName, localColumn: "id",
                relatedColumn: column)
            problem = nil
        } else {
            relation = nil
            problem = SchemaError("\(M.self).\(name): cannot name the column of \(keyPath)")
        }
    }
}
