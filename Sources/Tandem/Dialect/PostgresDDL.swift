/// Renders a table for PostgreSQL.
///
/// Text columns use the "C" collation, so that strings sort by code point exactly as on
/// SQLite, whatever the database's default collation.
struct PostgresDDL {
    let table: TableSchema
    private let dialect = SQLDialect.postgresql

    init(table: TableSchema) {
        self.table = table
    }

    func statements() throws -> [String] {
        var lines = try table.columns.map(columnDefinition)
        lines += try table.constraints.map(constraintDefinition)
        lines += try table.columns.compactMap(enumCheck)
        var statements = [
            "CREATE TABLE \(q(table.name)) (\n    " + lines.joined(separator: ",\n    ") + "\n)"
        ]
        statements += try table.indexes.map(indexDefinition)
        return statements
    }

    static func typeName(_ type: ColumnType) -> String {
        switch type {
        case .uuid: "uuid"
        case .string(let maxLength): "varchar(\(maxLength)) COLLATE \"C\""
        case .text, .enumeration: "text COLLATE \"C\""
        case .int64: "bigint"
        case .int32: "integer"
        case .bool: "boolean"
        case .double: "double precision"
        case .timestamp: "timestamptz"
        case .json: "jsonb"
        case .stringArray: "text[] COLLATE \"C\""
        }
    }

    private func q(_ name: String) -> String { dialect.quote(name) }

    private func columnDefinition(_ column: ColumnSchema) throws -> String {
        var definition = "\(q(column.name)) \(Self.typeName(column.type))"
        if !column.isNullable { definition += " NOT NULL" }
        if let value = column.defaultValue {
            definition += " DEFAULT " + (try defaultSQL(value))
        }
        return definition
    }

    private func defaultSQL(_ value: ColumnDefault) throws -> String {
        switch value {
        case .value(let literal): try SQLLiteral.render(literal, in: dialect)
        case .generatedUUID: "gen_random_uuid()"
        case .currentTimestamp: "now()"
        }
    }

    private func constraintDefinition(_ constraint: ConstraintSchema) throws -> String {
        try ConstraintSQL.render(constraint, in: dialect)
    }

    private func enumCheck(_ column: ColumnSchema) throws -> String? {
        guard case .enumeration(_, let values) = column.type else { return nil }
        let name = NamingConvention.typeCheck(table: table.name, column: column.name, rule: .enum)
        let list = values.map(SQLLiteral.text).joined(separator: ", ")
        return "CONSTRAINT \(q(name)) CHECK (\(q(column.name)) IN (\(list)))"
    }

    private func indexDefinition(_ index: IndexSchema) throws -> String {
        var sql =
            "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(q(index.name)) ON \(q(table.name))"
        let keys: [String]
        switch index.method {
        case .btree:
            keys = index.keys.map { q($0.column) + ($0.isDescending ? " DESC" : "") }
        case .gin:
            try requireSingleKey(index, of: [.stringArray, .json])
            sql += " USING gin"
            keys = index.keys.map { q($0.column) }
        case .textSearch:
            try requireSingleKey(index, of: [.text])
            sql += " USING gin"
            keys = index.keys.map { q($0.column) + " gin_trgm_ops" }
        }
        sql += " (" + keys.joined(separator: ", ") + ")"
        if let predicate = index.predicate {
            sql += " WHERE " + (try PredicateSQL.render(predicate, in: dialect))
        }
        return sql
    }

    private func requireSingleKey(_ index: IndexSchema, of types: [ColumnType]) throws {
        guard !index.isUnique else {
            throw SchemaError(
                "\(table.name).\(index.name): a \(index.method) index cannot be unique")
        }
        guard index.keys.count == 1, let column = table.column(named: index.keys[0].column),
            types.contains(where: { Self.sameKind(column.type, $0) })
        else {
            throw SchemaError(
                "\(table.name).\(index.name): a \(index.method) index takes one column of type "
                    + types.map(\.displayName).joined(separator: " or "))
        }
    }

    /// Whether two types are the same kind, ignoring string lengths.
    static func sameKind(_ lhs: ColumnType, _ rhs: ColumnType) -> Bool {
        switch (lhs, rhs) {
        case (.string, .text), (.text, .string), (.string, .string): true
        default: lhs == rhs
        }
    }
}
