/// Renders a table for SQLite as a STRICT table, with the fallbacks that keep PostgreSQL's
/// behaviour: checks for lengths, enumerations, JSON, arrays, booleans, UUIDs and 32-bit
/// ranges; an element table for GIN indexes on arrays; an FTS5 trigram table for text search.
struct SQLiteDDL {
    let table: TableSchema
    private let dialect = SQLDialect.sqlite

    init(table: TableSchema) {
        self.table = table
    }

    func statements() throws -> [String] {
        var lines = try table.columns.map(columnDefinition)
        lines += try table.constraints.map(constraintDefinition)
        var statements = [
            "CREATE TABLE \(q(table.name)) (\n    " + lines.joined(separator: ",\n    ")
                + "\n) STRICT"
        ]
        for index in table.indexes {
            switch index.method {
            case .btree: statements.append(try indexDefinition(index))
            case .gin: statements += try elementIndex(index)
            case .textSearch: statements += try searchIndex(index)
            }
        }
        return statements
    }

    static func typeName(_ type: ColumnType) -> String {
        switch type {
        case .int64, .int32, .bool, .timestamp: "INTEGER"
        case .double: "REAL"
        case .uuid, .string, .text, .enumeration, .json, .stringArray: "TEXT"
        }
    }

    private func q(_ name: String) -> String { dialect.quote(name) }

    // MARK: - Columns

    private func columnDefinition(_ column: ColumnSchema) throws -> String {
        var definition = "\(q(column.name)) \(Self.typeName(column.type))"
        if !column.isNullable { definition += " NOT NULL" }
        if let value = column.defaultValue {
            definition += " DEFAULT " + (try defaultSQL(value))
        }
        if let (rule, condition) = typeCheck(column) {
            let name = NamingConvention.typeCheck(
                table: table.name, column: column.name, rule: rule)
            // SQLite's json_valid(NULL) is 0, not NULL: a nullable column lets NULL through.
            let check =
                column.isNullable ? "\(q(column.name)) IS NULL OR (\(condition))" : condition
            definition += " CONSTRAINT \(q(name)) CHECK (\(check))"
        }
        return definition
    }

    /// The check that makes SQLite refuse what PostgreSQL's column type refuses.
    private func typeCheck(_ column: ColumnSchema) -> (NamingConvention.TypeCheckRule, String)? {
        let name = q(column.name)
        switch column.type {
        case .string(let maxLength): return (.length, "length(\(name)) <= \(maxLength)")
        case .enumeration(_, let values):
            return (.enum, "\(name) IN (\(values.map(SQLLiteral.text).joined(separator: ", ")))")
        case .json: return (.json, "json_valid(\(name))")
        case .stringArray:
            return (.array, "json_valid(\(name)) AND json_type(\(name)) = 'array'")
        case .bool: return (.bool, "\(name) IN (0, 1)")
        case .int32: return (.range, "\(name) BETWEEN -2147483648 AND 2147483647")
        case .uuid:
            let hex = "[0-9a-f]"
            let groups = [8, 4, 4, 4, 12].map { String(repeating: hex, count: $0) }
            return (.uuid, "\(name) GLOB '\(groups.joined(separator: "-"))'")
        case .text, .int64, .double, .timestamp: return nil
        }
    }

    private func defaultSQL(_ value: ColumnDefault) throws -> String {
        switch value {
        case .value(let literal):
            return try SQLLiteral.render(literal, in: dialect)
        case .generatedUUID:
            // A version 4 UUID, lowercase, as Tandem writes them.
            return "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                + "substr(lower(hex(randomblob(2))), 2) || '-' || "
                + "substr('89ab', 1 + (abs(random()) % 4), 1) || "
                + "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"
        case .currentTimestamp:
            // Microseconds since 1970 from julianday('now'), which is precise to the
            // millisecond: rounded there so that no floating-point noise fills the rest.
            return "(CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000)"
        }
    }

    // MARK: - Constraints

    private func constraintDefinition(_ constraint: ConstraintSchema) throws -> String {
        try ConstraintSQL.render(constraint, in: dialect)
    }

    // MARK: - Indexes

    private func indexDefinition(_ index: IndexSchema) throws -> String {
        let keys = index.keys.map { q($0.column) + ($0.isDescending ? " DESC" : "") }
        var sql =
            "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(q(index.name)) ON "
            + "\(q(table.name)) (\(keys.joined(separator: ", ")))"
        if let predicate = index.predicate {
            sql += " WHERE " + (try PredicateSQL.render(predicate, in: dialect))
        }
        return sql
    }

    /// The column of a GIN or text-search index, checked to be one the fallback serves.
    private func fallbackColumn(_ index: IndexSchema, _ accepted: ColumnType) throws -> String {
        guard index.predicate == nil, !index.isUnique, index.keys.count == 1,
            table.primaryKey == ["id"],
            let column = table.column(named: index.keys[0].column),
            PostgresDDL.sameKind(column.type, accepted)
        else {
            throw SchemaError(
                "\(table.name).\(index.name): SQLite has no fallback for a \(index.method) index"
                    + " other than a plain one on one \(accepted.displayName) column of a table"
                    + " keyed by id")
        }
        return column.name
    }

    /// A GIN index on an array becomes a table of (element, owner) kept by triggers.
    private func elementIndex(_ index: IndexSchema) throws -> [String] {
        let column = q(try fallbackColumn(index, .stringArray))
        let elements = q(SQLiteFallbacks.elementTable(forIndex: index.name))
        let fill =
            "INSERT OR IGNORE INTO \(elements) (\"value\", \"owner_id\") "
            + "SELECT DISTINCT value, NEW.\"id\" FROM json_each(NEW.\(column))"
        let clear = "DELETE FROM \(elements) WHERE \"owner_id\" = OLD.\"id\""
        let trigger = { (suffix: String) in q(index.name + "__" + suffix) }
        return [
            "CREATE TABLE \(elements) (\n    \"value\" TEXT NOT NULL,\n    \"owner_id\" TEXT NOT NULL,"
                + "\n    PRIMARY KEY (\"value\", \"owner_id\")\n) STRICT, WITHOUT ROWID",
            "CREATE INDEX \(q(index.name + "__owner")) ON \(elements) (\"owner_id\")",
            "CREATE TRIGGER \(trigger("insert")) AFTER INSERT ON \(q(table.name)) BEGIN\n    "
                + fill + ";\nEND",
            "CREATE TRIGGER \(trigger("update")) AFTER UPDATE OF \(column), \"id\" ON "
                + "\(q(table.name)) BEGIN\n    \(clear);\n    \(fill);\nEND",
            "CREATE TRIGGER \(trigger("delete")) AFTER DELETE ON \(q(table.name)) BEGIN\n    "
                + clear + ";\nEND",
        ]
    }

    /// A text-search index becomes an FTS5 table with the trigram tokenizer, which finds any
    /// substring of three or more characters, Chinese included.
    private func searchIndex(_ index: IndexSchema) throws -> [String] {
        let column = q(try fallbackColumn(index, .text))
        let search = q(SQLiteFallbacks.searchTable(forIndex: index.name))
        let rows = q(SQLiteFallbacks.searchRowTable(forIndex: index.name))
        let add =
            "INSERT INTO \(search) (\"owner_id\", \"body\") "
            + "SELECT NEW.\"id\", NEW.\(column) WHERE NEW.\(column) IS NOT NULL;\n"
            + "    INSERT INTO \(rows) (\"owner_id\", \"search_rowid\") "
            + "SELECT NEW.\"id\", last_insert_rowid() WHERE NEW.\(column) IS NOT NULL"
        let remove =
            "DELETE FROM \(search) WHERE rowid = "
            + "(SELECT \"search_rowid\" FROM \(rows) WHERE \"owner_id\" = OLD.\"id\");\n"
            + "    DELETE FROM \(rows) WHERE \"owner_id\" = OLD.\"id\""
        let trigger = { (suffix: String) in q(index.name + "__" + suffix) }
        return [
            "CREATE VIRTUAL TABLE \(search) USING fts5(\"owner_id\" UNINDEXED, \"body\", "
                + "tokenize = 'trigram case_sensitive 1')",
            "CREATE TABLE \(rows) (\n    \"owner_id\" TEXT NOT NULL PRIMARY KEY,\n"
                + "    \"search_rowid\" INTEGER NOT NULL\n) STRICT, WITHOUT ROWID",
            "CREATE TRIGGER \(trigger("insert")) AFTER INSERT ON \(q(table.name)) BEGIN\n    "
                + add + ";\nEND",
            "CREATE TRIGGER \(trigger("update")) AFTER UPDATE OF \(column), \"id\" ON "
                + "\(q(table.name)) BEGIN\n    \(remove);\n    \(add);\nEND",
            "CREATE TRIGGER \(trigger("delete")) AFTER DELETE ON \(q(table.name)) BEGIN\n    "
                + remove + ";\nEND",
        ]
    }
}
