import Foundation
import Tandem

/// Reads each engine's own catalog and lists every way it differs from a declared schema:
/// tables, column types, nullability, defaults, constraints and indexes (method, keys,
/// order, predicate), including SQLite's fallback objects.
enum CatalogReader {
    static func mismatches(in db: Database, against schema: DatabaseSchema) throws -> [String] {
        var problems: [String] = []
        for table in schema.tables {
            problems +=
                try db.dialect == .postgresql
                ? postgresMismatches(db, table) : sqliteMismatches(db, table)
        }
        return problems
    }

    /// A fragment the engine's catalog shows for a declared default.
    private static func defaultFragment(_ value: ColumnDefault, _ dialect: SQLDialect) -> String {
        let isPostgres = dialect == .postgresql
        switch value {
        case .generatedUUID: return isPostgres ? "gen_random_uuid()" : "randomblob"
        case .currentTimestamp: return isPostgres ? "now()" : "julianday('now')"
        case .value(.text(let text)): return "'\(text)'"
        case .value(.integer(let integer)): return String(integer)
        case .value(.bool(let flag)): return isPostgres ? String(flag) : (flag ? "1" : "0")
        case .value(.json(let json)): return "'\(json.jsonText)'"
        case .value(.textArray([])): return isPostgres ? "'{}'::text[]" : "'[]'"
        case .value(let other): return "\(other)"
        }
    }

    private static func checkDefault(
        _ column: ColumnSchema, _ found: String?, _ table: String, _ dialect: SQLDialect
    ) -> String? {
        switch (column.defaultValue, found) {
        case (nil, nil): return nil
        case (let declared?, let found?):
            let fragment = defaultFragment(declared, dialect)
            return found.contains(fragment)
                ? nil : "\(table).\(column.name): default \(found) lacks \(fragment)"
        default:
            return
                "\(table).\(column.name): default \(found ?? "none") not \(column.defaultValue as Any)"
        }
    }

    // MARK: - PostgreSQL

    private static func postgresType(_ type: ColumnType) -> (String, Int?) {
        switch type {
        case .uuid: ("uuid", nil)
        case .string(let maxLength): ("character varying", maxLength)
        case .text, .enumeration: ("text", nil)
        case .int64: ("bigint", nil)
        case .int32: ("integer", nil)
        case .bool: ("boolean", nil)
        case .double: ("double precision", nil)
        case .timestamp: ("timestamp with time zone", nil)
        case .json: ("jsonb", nil)
        case .stringArray: ("ARRAY", nil)
        }
    }

    private static func postgresMismatches(_ db: Database, _ table: TableSchema) throws -> [String]
    {
        var problems: [String] = []
        let rows = try db.fetchAll(
            """
            SELECT column_name, data_type, character_maximum_length, is_nullable, column_default,
                collation_name
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position
            """, [.text(table.name)])
        let found = try Dictionary(
            uniqueKeysWithValues: rows.map { (try $0.decode(String.self, at: 0), $0) })
        if found.isEmpty { return ["\(table.name): table missing"] }
        for column in table.columns {
            guard let row = found[column.name] else {
                problems.append("\(table.name).\(column.name): column missing")
                continue
            }
            let (type, length) = postgresType(column.type)
            if try row.decode(String.self, at: 1) != type {
                problems.append("\(table.name).\(column.name): type \(row[1]) not \(type)")
            }
            if try row.decode(Int?.self, at: 2) != length {
                problems.append(
                    "\(table.name).\(column.name): length \(row[2]) not \(length as Any)")
            }
            if try (row.decode(String.self, at: 3) == "YES") != column.isNullable {
                problems.append("\(table.name).\(column.name): nullability differs")
            }
            if let problem = checkDefault(
                column, try row.decode(String?.self, at: 4), table.name, .postgresql)
            {
                problems.append(problem)
            }
            let isText = ["character varying", "text", "ARRAY"].contains(type)
            if isText, try row.decode(String?.self, at: 5) != "C" {
                problems.append("\(table.name).\(column.name): collation is not C")
            }
        }
        if found.count != table.columns.count {
            problems.append(
                "\(table.name): \(found.count) columns, \(table.columns.count) declared")
        }

        let constraints = Set(
            try db.fetchAll(
                "SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass",
                [.text(table.name)]
            ).map { try $0.decode(String.self, at: 0) })
        var expected = Set(table.constraints.map(\.name))
        for column in table.columns {
            if case .enumeration = column.type {
                expected.insert(
                    NamingConvention.typeCheck(table: table.name, column: column.name, rule: .enum))
            }
        }
        if constraints != expected {
            problems.append(
                "\(table.name): constraints \(constraints.sorted()) not \(expected.sorted())")
        }

        let definitions = try Dictionary(
            uniqueKeysWithValues: db.fetchAll(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                    + " AND tablename = $1", [.text(table.name)]
            ).map { (try $0.decode(String.self, at: 0), try $0.decode(String.self, at: 1)) })
        for index in table.indexes {
            guard let definition = definitions[index.name] else {
                problems.append("\(table.name).\(index.name): index missing")
                continue
            }
            let method =
                switch index.method {
                case .btree: "USING btree ("
                case .gin: "USING gin ("
                case .textSearch: "USING gin ("
                }
            let keys = index.keys.map {
                $0.column + (index.method == .textSearch ? " gin_trgm_ops" : "")
                    + ($0.isDescending ? " DESC" : "")
            }.joined(separator: ", ")
            let expectedStart = "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(index.name) ON "
            if !definition.hasPrefix(expectedStart) || !definition.contains(method + keys + ")") {
                problems.append("\(table.name).\(index.name): \(definition)")
            }
            if definition.contains(" WHERE ") != (index.predicate != nil) {
                problems.append("\(table.name).\(index.name): predicate differs: \(definition)")
            }
            if case .equals(let column, let value) = index.predicate {
                let literal =
                    switch value {
                    case .text(let text): "'\(text)'"
                    case .bool(let flag): "\(flag)"
                    default: "\(value)"
                    }
                if !definition.contains("\(column) = \(literal)") {
                    problems.append("\(table.name).\(index.name): predicate \(definition)")
                }
            }
        }
        return problems
    }

    // MARK: - SQLite

    private static func sqliteMismatches(_ db: Database, _ table: TableSchema) throws -> [String] {
        var problems: [String] = []
        let sql = try db.fetchOne(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $1", [.text(table.name)]
        )?.decode(String.self, at: 0)
        guard let sql else { return ["\(table.name): table missing"] }
        if !sql.hasSuffix("STRICT") { problems.append("\(table.name): not STRICT") }

        let columns = try db.fetchAll(
            "SELECT name, type, \"notnull\", dflt_value FROM pragma_table_xinfo($1)",
            [.text(table.name)])
        let found = try Dictionary(
            uniqueKeysWithValues: columns.map { (try $0.decode(String.self, at: 0), $0) })
        for column in table.columns {
            guard let row = found[column.name] else {
                problems.append("\(table.name).\(column.name): column missing")
                continue
            }
            let type: String =
                switch column.type {
                case .int64, .int32, .bool, .timestamp: "INTEGER"
                case .double: "REAL"
                default: "TEXT"
                }
            if try row.decode(String.self, at: 1) != type {
                problems.append("\(table.name).\(column.name): type \(row[1]) not \(type)")
            }
            if try (row.decode(Int.self, at: 2) == 0) != column.isNullable {
                problems.append("\(table.name).\(column.name): nullability differs")
            }
            if let problem = checkDefault(
                column, try row.decode(String?.self, at: 3), table.name, .sqlite)
            {
                problems.append(problem)
            }
            let rule: NamingConvention.TypeCheckRule? =
                switch column.type {
                case .string: .length
                case .enumeration: .enum
                case .json: .json
                case .stringArray: .array
                case .bool: .bool
                case .uuid: .uuid
                case .int32: .range
                default: nil
                }
            if let rule {
                let name = NamingConvention.typeCheck(
                    table: table.name, column: column.name, rule: rule)
                if !sql.contains("CONSTRAINT \"\(name)\" CHECK") {
                    problems.append("\(table.name).\(column.name): check \(name) missing")
                }
            }
        }
        if found.count != table.columns.count {
            problems.append(
                "\(table.name): \(found.count) columns, \(table.columns.count) declared")
        }
        for constraint in table.constraints where !sql.contains("CONSTRAINT \"\(constraint.name)\"")
        {
            problems.append("\(table.name): constraint \(constraint.name) missing")
        }
        let foreignKeys = try db.fetchAll(
            "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list($1)",
            [.text(table.name)])
        if foreignKeys.count != table.foreignKeys.count {
            problems.append("\(table.name): \(foreignKeys.count) foreign keys in the catalog")
        }

        for index in table.indexes {
            switch index.method {
            case .btree:
                problems += try sqliteIndexMismatches(db, table, index)
            case .gin:
                let elements = SQLiteFallbacks.elementTable(forIndex: index.name)
                let count = try db.fetchOne(
                    "SELECT count(*) FROM sqlite_master WHERE name IN ($1, $2, $3, $4) OR tbl_name = $1",
                    [
                        .text(elements), .text(index.name + "__insert"),
                        .text(index.name + "__update"),
                        .text(index.name + "__delete"),
                    ])!.decode(Int.self, at: 0)
                // the table, its primary key, the owner index, three triggers
                if count < 5 { problems.append("\(table.name).\(index.name): fallback incomplete") }
            case .textSearch:
                let search = SQLiteFallbacks.searchTable(forIndex: index.name)
                let definition =
                    try db.fetchOne(
                        "SELECT sql FROM sqlite_master WHERE name = $1", [.text(search)]
                    )?.decode(String.self, at: 0) ?? ""
                if !definition.contains("fts5") || !definition.contains("trigram") {
                    problems.append("\(table.name).\(index.name): search table \(definition)")
                }
            }
        }
        return problems
    }

    private static func sqliteIndexMismatches(
        _ db: Database, _ table: TableSchema, _ index: IndexSchema
    ) throws -> [String] {
        guard
            let listed = try db.fetchAll(
                "SELECT name, \"unique\", partial FROM pragma_index_list($1)", [.text(table.name)]
            ).first(where: { try $0.decode(String.self, at: 0) == index.name })
        else { return ["\(table.name).\(index.name): index missing"] }
        var problems: [String] = []
        if try listed.decode(Bool.self, at: 1) != index.isUnique {
            problems.append("\(table.name).\(index.name): uniqueness differs")
        }
        if try listed.decode(Bool.self, at: 2) != (index.predicate != nil) {
            problems.append("\(table.name).\(index.name): partiality differs")
        }
        let keys = try db.fetchAll(
            "SELECT name, \"desc\" FROM pragma_index_xinfo($1) WHERE key = 1 ORDER BY seqno",
            [.text(index.name)]
        ).map {
            IndexSchema.Key(
                try $0.decode(String.self, at: 0), isDescending: try $0.decode(Bool.self, at: 1))
        }
        if keys != index.keys {
            problems.append("\(table.name).\(index.name): keys \(keys) not \(index.keys)")
        }
        if case .equals(let column, _) = index.predicate {
            let sql =
                try db.fetchOne(
                    "SELECT sql FROM sqlite_master WHERE name = $1", [.text(index.name)])?
                .decode(String.self, at: 0) ?? ""
            if !sql.contains("WHERE \"\(column)\" = ") {
                problems.append("\(table.name).\(index.name): predicate \(sql)")
            }
        }
        return problems
    }
}
