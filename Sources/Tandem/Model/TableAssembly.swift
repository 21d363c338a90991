/// Turns a model's declarations into constraints and indexes, named by the
/// ``NamingConvention`` where the model gives no name.
struct TableAssembly<M: Model> {
    let table: String
    let isSoftDeletable: Bool
    let resolver: ColumnNames<M>
    var constraints: [ConstraintSchema] = []
    var indexes: [IndexSchema] = []
    var problems: [SchemaError] = []

    init(table: String, isSoftDeletable: Bool, resolver: ColumnNames<M>) {
        self.table = table
        self.isSoftDeletable = isSoftDeletable
        self.resolver = resolver
        constraints.append(
            .primaryKey(name: NamingConvention.primaryKey(table: table), columns: ["id"]))
    }

    /// The partial-index predicate that keeps rows not marked deleted.
    private var liveRows: SchemaPredicate { .equals("is_deleted", .bool(false)) }

    mutating func add(columns: [Column<M>]) {
        for column in columns {
            let name = column.schema.name
            if let scope = column.uniqueScope {
                addUnique(
                    columns: [name],
                    name: column.uniqueName
                        ?? NamingConvention.unique(
                            table: table, columns: [name]), scope: scope)
            }
            if let indexName = column.indexName {
                indexes.append(
                    IndexSchema(
                        name: indexName ?? NamingConvention.index(table: table, columns: [name]),
                        keys: [IndexSchema.Key(name)]))
            }
            if let reference = column.reference {
                constraints.append(
                    .foreignKey(
                        ForeignKeySchema(
                            name: reference.name
                                ?? NamingConvention.foreignKey(table: table, columns: [name]),
                            columns: [name], referencedTable: reference.table,
                            onDelete: reference.onDelete)))
            }
        }
    }

    mutating func add(uniques: [Unique<M>]) {
        for unique in uniques {
            guard let columns = resolve(unique.keyPaths) else { continue }
            addUnique(
                columns: columns,
                name: unique.name ?? NamingConvention.unique(table: table, columns: columns),
                scope: unique.scope)
        }
    }

    mutating func add(indexes declared: [Index<M>]) {
        for index in declared {
            guard let columns = resolve(index.keys.map(\.keyPath)) else { continue }
            do {
                let predicate = try index.predicate.map { try $0.resolve(resolver) }
                let keys = zip(columns, index.keys).map {
                    IndexSchema.Key($0, isDescending: $1.isDescending)
                }
                indexes.append(
                    IndexSchema(
                        name: index.name ?? NamingConvention.index(table: table, columns: columns),
                        keys: keys, isUnique: index.isUnique, method: index.method,
                        predicate: predicate))
            } catch let error as SchemaError {
                problems.append(error)
            } catch {
                problems.append(SchemaError("\(table): \(error)"))
            }
        }
    }

    mutating func add(checks: [Check<M>]) {
        for check in checks {
            do {
                constraints.append(
                    .check(name: check.name, predicate: try check.predicate.resolve(resolver)))
            } catch let error as SchemaError {
                problems.append(error)
            } catch {
                problems.append(SchemaError("\(table): \(error)"))
            }
        }
    }

    private mutating func addUnique(columns: [String], name: String, scope: UniqueScope) {
        switch scope {
        case .allRows:
            constraints.append(.unique(name: name, columns: columns))
        case .liveRows:
            guard isSoftDeletable else {
                problems.append(
                    SchemaError("\(table).\(name): .liveRows needs the SoftDelete trait"))
                return
            }
            indexes.append(
                IndexSchema(
                    name: name, keys: columns.map { IndexSchema.Key($0) }, isUnique: true,
                    predicate: liveRows))
        }
    }

    private mutating func resolve(_ keyPaths: [SendableKeyPath<M>]) -> [String]? {
        do {
            return try keyPaths.map { try resolver.name(of: $0) }
        } catch let error as SchemaError {
            problems.append(error)
        } catch {
            problems.append(SchemaError("\(table): \(error)"))
        }
        return nil
    }
}
