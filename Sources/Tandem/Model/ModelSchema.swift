/// The one description of a model's table: columns from key paths, constraints, indexes and
/// relations. DDL, encoding, decoding and queries all come from it.
///
/// ```swift
/// static let schema = ModelSchema<Project> {
///     SoftDelete()
///     Column(\.userID).references(User.self)
///     Column(\.name, maxLength: 255)
///     Index(\.userID, name: "ix_projects_user")
///     BelongsTo("user", User.self, via: \.userID)
/// }
/// ```
///
/// Every schema has `id` (UUID primary key, generated on insert), `created_at` and
/// `updated_at`; ``SoftDelete`` adds `deleted_at` and `is_deleted`.
public struct ModelSchema<M: Model>: Sendable {
    /// The description, behind one reference: a model's `schema` is read on every query and
    /// write, and copying the value then costs one retain instead of one a field.
    private final class Box: Sendable {
        let table: TableSchema
        let columns: [Column<M>]
        let relations: [RelationSchema]
        let isSoftDeletable: Bool
        let problems: [SchemaError]
        let names: ColumnNames<M>
        let layout: RecordLayout<M>

        init(
            table: TableSchema, columns: [Column<M>], relations: [RelationSchema],
            isSoftDeletable: Bool, problems: [SchemaError], names: ColumnNames<M>
        ) {
            self.table = table
            self.columns = columns
            self.relations = relations
            self.isSoftDeletable = isSoftDeletable
            self.problems = problems
            self.names = names
            layout = RecordLayout(table: table, columns: columns, isSoftDeletable: isSoftDeletable)
        }
    }

    private let box: Box

    /// The table, as every dialect renders it.
    public var table: TableSchema { box.table }
    /// The columns with the properties they store, in table order.
    public var columns: [Column<M>] { box.columns }
    /// The declared relations.
    public var relations: [RelationSchema] { box.relations }
    /// Whether the model has the soft-delete trait.
    public var isSoftDeletable: Bool { box.isSoftDeletable }
    /// What is wrong with the declarations; ``validate()`` throws the first.
    public var problems: [SchemaError] { box.problems }
    /// The column of each property, for queries.
    var names: ColumnNames<M> { box.names }
    /// How records of the model are read and written.
    var layout: RecordLayout<M> { box.layout }

    /// Describes the table `name` (by default ``Model/tableName``) from the declarations in
    /// `content`.
    public init(
        table name: String = M.tableName,
        @ModelSchemaBuilder<M> _ content: () -> [ModelSchemaComponent<M>]
    ) {
        let components = content()
        var problems: [SchemaError] = []
        var columns = [
            Column<M>(
                \M.id, property: "id", name: "id", default: .generatedUUID, read: { $0.id })
        ]
        var uniques: [Unique<M>] = []
        var indexes: [Index<M>] = []
        var checks: [Check<M>] = []
        var relations: [RelationSchema] = []
        var isSoftDeletable = false

        for component in components {
            switch component.kind {
            case .column(let column): columns.append(column)
            case .unique(let unique): uniques.append(unique)
            case .index(let index): indexes.append(index)
            case .check(let check): checks.append(check)
            case .relation(let relation, let problem):
                if let relation { relations.append(relation) }
                if let problem { problems.append(problem) }
            case .softDelete: isSoftDeletable = true
            }
        }
        columns.append(
            Column(
                \M.createdAt, property: "createdAt", name: "created_at", default: .currentTimestamp,
                read: { $0.createdAt })
        )
        columns.append(
            Column(
                \M.updatedAt, property: "updatedAt", name: "updated_at", default: .currentTimestamp,
                read: { $0.updatedAt })
        )
        if isSoftDeletable {
            if let softDelete = M.self as? any SoftDeletable.Type,
                let added = Self.softDeleteColumns(softDelete) as? [Column<M>]
            {
                columns += added
            } else {
                problems.append(SchemaError("\(M.self) is not SoftDeletable"))
            }
        }
        problems += columns.compactMap(\.nameProblem)

        var names: [SendableKeyPath<M>: String] = [:]
        for column in columns { names[column.keyPath] = column.schema.name }
        let resolver = ColumnNames(names: names)

        var assembly = TableAssembly(
            table: name, isSoftDeletable: isSoftDeletable, resolver: resolver)
        assembly.add(columns: columns)
        assembly.add(uniques: uniques)
        assembly.add(indexes: indexes)
        assembly.add(checks: checks)
        problems += assembly.problems

        let table = TableSchema(
            name: name, columns: columns.map(\.schema), constraints: assembly.constraints,
            indexes: assembly.indexes)
        box = Box(
            table: table, columns: columns, relations: relations,
            isSoftDeletable: isSoftDeletable,
            problems: problems + TableChecks.problems(in: table), names: resolver)
    }

    /// Throws the first problem of the declarations, if any.
    public func validate() throws {
        if let problem = problems.first { throw problem }
    }

    /// The relation called `name`, if declared.
    public func relation(named name: String) -> RelationSchema? {
        relations.first { $0.name == name }
    }

    private static func softDeleteColumns<S: SoftDeletable>(_ type: S.Type) -> [Any] {
        [
            Column<S>(
                \S.deletedAt, property: "deletedAt", name: "deleted_at", read: { $0.deletedAt }),
            Column<S>(
                \S.isDeleted, property: "isDeleted", name: "is_deleted",
                default: .value(.bool(false)), read: { $0.isDeleted }),
        ]
    }
}
