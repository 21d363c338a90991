import Foundation

/// Writes a ``Query`` as SQL for one dialect, collecting the values it binds.
///
/// Every value is a bound parameter, except the constants of enumeration and boolean columns,
/// written as literals so that a partial index on them (`WHERE status = 'scheduled'`) serves
/// the query on both engines.
struct QuerySQL<M: Model> {
    let dialect: SQLDialect
    let schema: ModelSchema<M>
    private(set) var arguments: [DatabaseValue] = []

    init(dialect: SQLDialect, schema: ModelSchema<M> = M.schema) {
        self.dialect = dialect
        self.schema = schema
    }

    private var isPostgres: Bool { dialect == .postgresql }
    private var table: TableSchema { schema.table }
    private func q(_ name: String) -> String { dialect.quote(name) }

    /// Binds `value` and returns its placeholder.
    mutating func bind(_ value: DatabaseValue) -> String {
        arguments.append(value)
        return "$\(arguments.count)"
    }

    private func literal(_ value: DatabaseValue) throws -> String {
        try SQLLiteral.render(value, in: dialect)
    }

    // MARK: - Statements

    /// `SELECT <columns> FROM <table> WHERE … ORDER BY … LIMIT … OFFSET …`.
    mutating func select(_ query: Query<M>, extraCondition: String? = nil) throws -> String {
        var sql = "SELECT \(schema.layout.selectList) FROM \(schema.layout.quotedTable)"
        sql += try whereClause(query, extraCondition: extraCondition)
        sql += try orderClause(query)
        sql += limitClause(query)
        return sql
    }

    /// ` WHERE …` for the query's filters and its view of deleted rows, or an empty string.
    mutating func whereClause(_ query: Query<M>, extraCondition: String? = nil) throws -> String {
        var conditions: [String] = []
        if schema.isSoftDeletable {
            switch query.deletedRows {
            case .excluded: conditions.append("\(q("is_deleted")) = \(try literal(.bool(false)))")
            case .only: conditions.append("\(q("is_deleted")) = \(try literal(.bool(true)))")
            case .included: break
            }
        }
        for predicate in query.predicates {
            let node: PredicateNode
            do {
                node = try predicate.build(schema.names)
            } catch let error as SchemaError {
                throw DatabaseError(.misuse, error.message, table: table.name)
            }
            conditions.append(try render(node))
        }
        if let extraCondition { conditions.append(extraCondition) }
        if conditions.isEmpty { return "" }
        if conditions.count == 1 { return " WHERE " + conditions[0] }
        return " WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ")
    }

    /// ` ORDER BY …`, ties broken by `id`; empty for a query with no order, no limit and no
    /// offset, whose rows come in the engine's order.
    func orderClause(_ query: Query<M>) throws -> String {
        let keys = try orderKeys(query)
        if keys.isEmpty { return "" }
        return " ORDER BY " + keys.map(\.sql).joined(separator: ", ")
    }

    /// ` LIMIT … OFFSET …`, as literals (they are integers Tandem checked).
    func limitClause(_ query: Query<M>) -> String {
        var sql = ""
        if let limit = query.limit { sql += " LIMIT \(limit)" }
        if query.offset > 0 {
            if query.limit == nil { sql += isPostgres ? "" : " LIMIT -1" }
            sql += " OFFSET \(query.offset)"
        }
        return sql
    }

    // MARK: - Ordering

    /// A key of the ORDER BY clause, resolved.
    struct OrderKey {
        let column: String
        let position: Int
        let direction: Ordering<M>.Direction
        let nulls: Ordering<M>.NullPlacement
        let isNullable: Bool
        let sql: String
    }

    /// The query's ordering with `id` appended, or nothing for an unordered, unlimited query.
    func orderKeys(_ query: Query<M>, forceOrder: Bool = false) throws -> [OrderKey] {
        if query.orderings.isEmpty && query.limit == nil && query.offset == 0 && !forceOrder {
            return []
        }
        var keys: [OrderKey] = []
        for ordering in query.orderings {
            let name: String
            do {
                name = try schema.names.name(of: ordering.keyPath)
            } catch let error as SchemaError {
                throw DatabaseError(.misuse, error.message, table: table.name)
            }
            keys.append(try orderKey(name, ordering.direction, ordering.nulls))
        }
        if !keys.contains(where: { $0.column == "id" }) {
            keys.append(try orderKey("id", keys.last?.direction ?? .ascending, .last))
        }
        return keys
    }

    private func orderKey(
        _ name: String, _ direction: Ordering<M>.Direction, _ nulls: Ordering<M>.NullPlacement
    ) throws -> OrderKey {
        guard let position = schema.layout.position(ofColumn: name) else {
            throw DatabaseError(.misuse, "no column \(name)", table: table.name)
        }
        let column = schema.layout.columns[position].schema
        switch column.type {
        case .json, .stringArray:
            throw DatabaseError(
                .unsupportedFeature,
                "ordering by a \(column.type.displayName) column differs between the engines",
                table: table.name, column: name)
        default: break
        }
        var sql = "\(q(name)) \(direction.rawValue)"
        // Only a nullable column needs its NULLs placed; leaving the clause off otherwise
        // lets an index serve the order on SQLite, which sorts NULLs first in an index.
        if column.isNullable { sql += " NULLS \(nulls.rawValue)" }
        return OrderKey(
            column: name, position: position, direction: direction, nulls: nulls,
            isNullable: column.isNullable, sql: sql)
    }

    // MARK: - Conditions

    /// Renders a condition with bound values; `negated` says whether an odd number of NOTs
    /// encloses it.
    mutating func render(_ node: PredicateNode, negated: Bool = false) throws -> String {
        switch node {
        case .comparison(let column, let comparison, let value, let isSchemaConstant):
            try checkComparable(column, comparison)
            let operand = isSchemaConstant ? try literal(value) : bind(value)
            return "\(q(column)) \(comparison.rawValue) \(operand)"
        case .columnComparison(let left, let comparison, let right):
            return "\(q(left)) \(comparison.rawValue) \(q(right))"
        case .isNull(let column):
            return "\(q(column)) IS NULL"
        case .isNotNull(let column):
            return "\(q(column)) IS NOT NULL"
        case .isIn(let column, let values):
            try checkComparable(column, .equal)
            let list = values.map { bind($0) }.joined(separator: ", ")
            return "\(q(column)) IN (\(list))"
        case .like(let column, let pattern, let isCaseSensitive):
            return try like(column, pattern, isCaseSensitive)
        case .arrayContains(let column, let elements, let all):
            return arrayContains(column, elements, all: all)
        case .json(let column, let path, let comparison, let value):
            return try json(column, path, comparison, value)
        case .textSearch(let column, let text):
            return try textSearch(column, text, negated: negated)
        case .and(let parts):
            return try parts.map { "(\(try render($0, negated: negated)))" }
                .joined(separator: " AND ")
        case .or(let parts):
            return try parts.map { "(\(try render($0, negated: negated)))" }
                .joined(separator: " OR ")
        case .not(let part):
            return "NOT (\(try render(part, negated: !negated)))"
        case .constant(let value):
            return value ? "(1 = 1)" : "(1 = 0)"
        }
    }

    /// Refuses comparisons whose answer would differ between the engines.
    private func checkComparable(_ name: String, _ comparison: ComparisonOperator) throws {
        guard let column = table.column(named: name) else { return }
        switch column.type {
        case .json:
            throw DatabaseError(
                .unsupportedFeature,
                "compare a JSON column at a key path (.json(…, at:)); whole documents compare"
                    + " differently on the two engines", table: table.name, column: name)
        case .stringArray where comparison != .equal && comparison != .notEqual:
            throw DatabaseError(
                .unsupportedFeature, "arrays compare for equality only", table: table.name,
                column: name)
        default: break
        }
    }

    private mutating func like(
        _ column: String, _ pattern: String, _ isCaseSensitive: Bool
    )
        throws -> String
    {
        try LikePattern.validate(pattern, column: column)
        if isPostgres {
            return "\(q(column)) \(isCaseSensitive ? "LIKE" : "ILIKE") \(bind(.text(pattern)))"
        }
        if isCaseSensitive {
            return "\(q(column)) GLOB \(bind(.text(LikePattern.glob(fromLike: pattern))))"
        }
        return "\(q(column)) LIKE \(bind(.text(pattern))) ESCAPE '\\'"
    }

    private mutating func arrayContains(
        _ column: String, _ elements: [String], all: Bool
    )
        -> String
    {
        if isPostgres {
            return "\(q(column)) \(all ? "@>" : "&&") \(bind(.textArray(elements)))"
        }
        let list = elements.map { bind(.text($0)) }.joined(separator: ", ")
        let index = table.indexes.first {
            $0.method == .gin && $0.keys.count == 1 && $0.keys[0].column == column
                && $0.predicate == nil
        }
        guard let index else {
            // No element table: read the JSON array itself.
            let each = "json_each(\(q(table.name)).\(q(column)))"
            if !all || elements.count == 1 {
                return "EXISTS (SELECT 1 FROM \(each) WHERE value IN (\(list)))"
            }
            return "(SELECT count(DISTINCT value) FROM \(each) WHERE value IN (\(list))) = "
                + "\(elements.count)"
        }
        let elementTable = q(SQLiteFallbacks.elementTable(forIndex: index.name))
        let owners = "SELECT \"owner_id\" FROM \(elementTable) WHERE \"value\" IN (\(list))"
        if !all || elements.count == 1 { return "\(q("id")) IN (\(owners))" }
        return "\(q("id")) IN (\(owners) GROUP BY \"owner_id\" HAVING count(*) = "
            + "\(elements.count))"
    }

    private mutating func json(
        _ column: String, _ path: [String], _ comparison: ComparisonOperator, _ value: JSONScalar
    ) throws -> String {
        for key in path where key.isEmpty || key.contains("\"") || Self.readsAsIndex(key) {
            throw DatabaseError(
                .invalidValue,
                "a JSON key path takes object keys that are not empty, not integers (PostgreSQL"
                    + " would index arrays with them) and without double quotes", column: column)
        }
        let name = q(column)
        if isPostgres {
            let at = bind(.textArray(path))
            let typed = "jsonb_typeof(\(name) #> \(at))"
            let text = "(\(name) #>> \(at))"
            let op = comparison.rawValue
            // The cast runs only on a value of the right JSON type: CASE fixes the order, where
            // the planner may evaluate the operands of AND in any order. A missing key gives
            // NULL and another type false, as on SQLite.
            func guarded(_ type: String, _ comparison: String) -> String {
                "CASE WHEN \(typed) = '\(type)' THEN \(comparison) ELSE \(typed) = '\(type)' END"
            }
            switch value {
            case .string(let string):
                return guarded("string", "\(text) COLLATE \"C\" \(op) \(bind(.text(string)))")
            case .integer(let integer):
                return guarded(
                    "number", "\(text)::numeric \(op) CAST(\(bind(.integer(integer))) AS numeric)")
            case .number(let number):
                // Both engines round the stored number to a double, then compare doubles.
                return guarded(
                    "number",
                    "\(text)::double precision \(op) "
                        + "CAST(\(bind(.double(number))) AS double precision)")
            case .bool(let flag):
                return guarded("boolean", "\(text)::boolean \(op) \(bind(.bool(flag)))")
            }
        }
        let at = bind(.text("$" + path.map { ".\"\($0)\"" }.joined()))
        let extracted = "json_extract(\(name), \(at))"
        let op = comparison.rawValue
        switch value {
        case .string(let string):
            return
                "json_type(\(name), \(at)) = 'text' AND \(extracted) \(op) \(bind(.text(string)))"
        case .integer(let integer):
            return "json_type(\(name), \(at)) IN ('integer', 'real') AND \(extracted) \(op) "
                + bind(.integer(integer))
        case .number(let number):
            return "json_type(\(name), \(at)) IN ('integer', 'real') AND "
                + "CAST(\(extracted) AS REAL) \(op) \(bind(.double(number)))"
        case .bool(let flag):
            return "json_type(\(name), \(at)) IN ('true', 'false') AND \(extracted) \(op) "
                + bind(.bool(flag))
        }
    }

    /// Whether PostgreSQL would read `key` as an array index (`strtol`: leading spaces, a
    /// sign, digits).
    static func readsAsIndex(_ key: String) -> Bool {
        var rest = Substring(key).drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private mutating func textSearch(
        _ column: String, _ text: String, negated: Bool
    ) throws -> String {
        if isPostgres {
            // pg_trgm's GIN index serves LIKE with a pattern of three characters or more.
            return "\(q(column)) LIKE \(bind(.text("%" + LikePattern.escape(text) + "%")))"
        }
        let index = table.indexes.first {
            $0.method == .textSearch && $0.keys.count == 1 && $0.keys[0].column == column
        }
        // The trigram tokenizer finds substrings of three characters or more.
        guard let index, text.unicodeScalars.count >= 3 else {
            return "instr(\(q(column)), \(bind(.text(text)))) > 0"
        }
        let search = q(SQLiteFallbacks.searchTable(forIndex: index.name))
        let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let matches =
            "\(q("id")) IN (SELECT \"owner_id\" FROM \(search) WHERE \(search) MATCH "
            + "\(bind(.text(phrase))))"
        // Outside NOT, false and NULL both leave a row out (AND and OR are monotone), so the
        // plain IN lets the search table drive the query through the primary key. Under NOT, a
        // NULL text must give NULL, as LIKE and instr do, so that NOT keeps such rows out too.
        guard negated else { return matches }
        return "CASE WHEN \(q(column)) IS NULL THEN NULL ELSE \(matches) END"
    }
}

// MARK: - Keyset pages

extension QuerySQL {
    /// A text that identifies an ordering, kept in cursors.
    static func signature(_ keys: [OrderKey]) -> String {
        keys.map { "\($0.column) \($0.direction.rawValue) \($0.nulls.rawValue)" }
            .joined(separator: ",")
    }

    /// The condition for rows that come after a row whose sort keys hold `values`.
    ///
    /// All keys in one direction and none nullable: a row-value comparison, which one index
    /// range serves on both engines. Otherwise the expanded form
    /// `k1 after v1 OR (k1 = v1 AND (k2 after v2 OR …))`, with NULLs where the order puts them.
    mutating func keysetCondition(_ keys: [OrderKey], _ values: [DatabaseValue]) -> String {
        let uniform = keys.allSatisfy { $0.direction == keys[0].direction && !$0.isNullable }
        if uniform && !values.contains(where: \.isNull) {
            let columns = keys.map { dialect.quote($0.column) }.joined(separator: ", ")
            let placeholders = values.map { bind($0) }.joined(separator: ", ")
            let comparison = keys[0].direction == .ascending ? ">" : "<"
            return "(\(columns)) \(comparison) (\(placeholders))"
        }
        return expanded(keys[...], values[...])
    }

    private mutating func expanded(
        _ keys: ArraySlice<OrderKey>, _ values: ArraySlice<DatabaseValue>
    ) -> String {
        guard let key = keys.first, let value = values.first else { return "(1 = 0)" }
        let column = dialect.quote(key.column)
        let after: String
        let equal: String
        if value.isNull {
            after = key.nulls == .first ? "\(column) IS NOT NULL" : "(1 = 0)"
            equal = "\(column) IS NULL"
        } else {
            let placeholder = bind(value)
            let comparison = key.direction == .ascending ? ">" : "<"
            let base = "\(column) \(comparison) \(placeholder)"
            after = key.isNullable && key.nulls == .last ? "(\(base) OR \(column) IS NULL)" : base
            equal = "\(column) = \(placeholder)"
        }
        if keys.count == 1 { return after }
        let rest = expanded(keys.dropFirst(), values.dropFirst())
        return "(\(after) OR (\(equal) AND (\(rest))))"
    }
}
