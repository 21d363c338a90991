/// Writes schema constants (defaults, index predicates, checks) as SQL literals. Only DDL
/// uses literals; statements always bind their values.
enum SQLLiteral {
    static func text(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func render(_ value: DatabaseValue, in dialect: SQLDialect) throws -> String {
        let isPostgres = dialect == .postgresql
        switch value {
        case .null: return "NULL"
        case .integer(let integer): return String(integer)
        case .double(let double):
            guard double.isFinite else { throw SchemaError("a literal must be a finite number") }
            return "\(double)"
        case .text(let string):
            guard !string.utf8.contains(0) else {
                throw SchemaError("a literal cannot contain the NUL character")
            }
            return text(string)
        case .bool(let flag): return isPostgres ? (flag ? "true" : "false") : (flag ? "1" : "0")
        case .uuid(let uuid):
            return isPostgres
                ? text(UUIDText.text(of: uuid)) + "::uuid" : text(UUIDText.text(of: uuid))
        case .json(let json):
            return isPostgres ? text(json.jsonText) + "::jsonb" : text(json.jsonText)
        case .textArray(let strings):
            if isPostgres {
                let elements = strings.map {
                    "\""
                        + $0.replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "\"", with: "\\\"") + "\""
                }
                return text("{" + elements.joined(separator: ",") + "}") + "::text[]"
            }
            return text(JSONValue.array(strings.map(JSONValue.string)).jsonText)
        case .date(let date):
            let micros = Timestamp.microseconds(since1970: date)
            return isPostgres
                ? text(Timestamp.postgresText(microsecondsSince1970: micros)) + "::timestamptz"
                : String(micros)
        case .blob:
            throw SchemaError("blob literals are not supported in a schema")
        }
    }
}

/// Renders a ``SchemaPredicate`` for a dialect.
enum PredicateSQL {
    static func render(
        _ predicate: SchemaPredicate, in dialect: SQLDialect, prefix: String = ""
    ) throws -> String {
        func column(_ name: String) -> String { prefix + dialect.quote(name) }
        switch predicate {
        case .equals(let name, let value):
            return "\(column(name)) = \(try SQLLiteral.render(value, in: dialect))"
        case .isIn(let name, let values):
            let list = try values.map { try SQLLiteral.render($0, in: dialect) }
            return "\(column(name)) IN (\(list.joined(separator: ", ")))"
        case .isNull(let name):
            return "\(column(name)) IS NULL"
        case .isNotNull(let name):
            return "\(column(name)) IS NOT NULL"
        case .columnsOrdered(let lower, let upper):
            return "\(column(lower)) <= \(column(upper))"
        case .atLeast(let name, let value):
            return "\(column(name)) >= \(try SQLLiteral.render(value, in: dialect))"
        case .and(let parts):
            return try parts.map { "(\(try render($0, in: dialect, prefix: prefix)))" }
                .joined(separator: " AND ")
        case .or(let parts):
            return try parts.map { "(\(try render($0, in: dialect, prefix: prefix)))" }
                .joined(separator: " OR ")
        case .not(let part):
            return "NOT (\(try render(part, in: dialect, prefix: prefix)))"
        }
    }
}

/// Renders a constraint clause of CREATE TABLE; the same text on both engines.
enum ConstraintSQL {
    static func render(_ constraint: ConstraintSchema, in dialect: SQLDialect) throws -> String {
        let q = dialect.quote
        switch constraint {
        case .primaryKey(let name, let columns):
            return "CONSTRAINT \(q(name)) PRIMARY KEY (\(columns.map(q).joined(separator: ", ")))"
        case .unique(let name, let columns):
            return "CONSTRAINT \(q(name)) UNIQUE (\(columns.map(q).joined(separator: ", ")))"
        case .foreignKey(let foreignKey):
            return "CONSTRAINT \(q(foreignKey.name)) FOREIGN KEY ("
                + foreignKey.columns.map(q).joined(separator: ", ") + ") REFERENCES "
                + q(foreignKey.referencedTable) + " ("
                + foreignKey.referencedColumns.map(q).joined(separator: ", ") + ") ON DELETE "
                + foreignKey.onDelete.rawValue
        case .check(let name, let predicate):
            return
                "CONSTRAINT \(q(name)) CHECK (\(try PredicateSQL.render(predicate, in: dialect)))"
        }
    }
}
