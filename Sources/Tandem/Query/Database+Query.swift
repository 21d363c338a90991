import Foundation

/// Reading records: queries built with ``Query``, keyset pages, streaming and raw SQL.
extension Database {
    /// The records the query selects, in its order.
    public func fetchAll<M: Model>(_ query: Query<M>) throws -> [M] {
        var renderer = QuerySQL<M>(dialect: dialect)
        let sql = try renderer.select(query)
        return try fetchRecords(M.self, sql, renderer.arguments)
    }

    /// The SQL and bound arguments that ``fetchAll(_:)`` runs for `query` on this engine,
    /// for reading a query plan or logging a slow query; nothing is run.
    ///
    /// ```swift
    /// let (sql, arguments) = try db.sql(for: Material.filter(.search(\.aiDescription, for: "西湖")))
    /// let plan = try db.fetchAll("EXPLAIN QUERY PLAN " + sql, arguments)
    /// ```
    public func sql<M: Model>(
        for query: Query<M>
    ) throws -> (sql: String, arguments: [DatabaseValue]) {
        var renderer = QuerySQL<M>(dialect: dialect)
        let sql = try renderer.select(query)
        return (sql, renderer.arguments)
    }

    /// The first record the query selects, or `nil`; a query limited to no rows gives `nil`.
    public func fetchOne<M: Model>(_ query: Query<M>) throws -> M? {
        try fetchAll(query.limit(min(query.limit ?? 1, 1))).first
    }

    /// The record with `id`, or `nil` (also when it is marked deleted, unless `deletedRows`
    /// says otherwise).
    public func find<M: Model>(
        _ type: M.Type, id: UUID, including deletedRows: Query<M>.DeletedRows = .excluded
    ) throws -> M? {
        let layout = M.schema.layout
        guard layout.isSoftDeletable && deletedRows != .included else {
            return try fetchRecords(M.self, layout.findSQL, [.uuid(id)]).first
        }
        return try fetchRecords(
            M.self, layout.findSQL + " AND \"is_deleted\" = $2",
            [.uuid(id), .bool(deletedRows == .only)]
        ).first
    }

    /// How many records the query selects.
    public func fetchCount<M: Model>(_ query: Query<M>) throws -> Int {
        try aggregate(query, .count)
    }

    /// Whether the query selects any record, within its limit and offset.
    public func exists<M: Model>(_ query: Query<M>) throws -> Bool {
        var renderer = QuerySQL<M>(dialect: dialect)
        let table = M.schema.layout.quotedTable
        var sql = "SELECT 1 FROM \(table)" + (try renderer.whereClause(query))
        if query.limit != nil || query.offset > 0 {
            // Whether a row falls inside the limit and offset does not depend on the order; the
            // ordering is still checked, so that a query exists refuses fetchAll refuses too.
            _ = try renderer.orderClause(query)
            sql = "SELECT 1 FROM (\(sql)\(renderer.limitClause(query))) AS limited"
        }
        return try fetchAll(sql + " LIMIT 1", renderer.arguments) { _ in true }.first ?? false
    }

    /// Hands each record the query selects to `body` as the engine produces it, so a result
    /// of any size streams through constant memory (a server-side cursor on PostgreSQL).
    ///
    /// An error thrown by `body` stops the query and is rethrown as it is.
    public func forEach<M: Model>(_ query: Query<M>, _ body: (M) throws -> Void) throws {
        var renderer = QuerySQL<M>(dialect: dialect)
        let sql = try renderer.select(query)
        var decoder: RecordDecoder<M>?
        try forEachRow(sql, renderer.arguments) { row in
            let current = decoder ?? RecordDecoder(layout: M.schema.layout, row: row)
            decoder = current
            try body(try current.decode(row))
        }
    }

    /// One page of the query, `size` records long, starting after `cursor` (or at the start).
    ///
    /// Keyset pagination: each page is one index range, however deep, and rows inserted or
    /// deleted between pages neither repeat nor go missing. Any ordering works, mixed
    /// directions and nullable columns included; `id` breaks ties.
    ///
    /// ```swift
    /// let query = Content.filter(\.userID == user.id).order(by: .descending(\.createdAt))
    /// var page = try db.fetchPage(query, size: 20)
    /// while let next = page.nextCursor {
    ///     page = try db.fetchPage(query, size: 20, after: next)
    /// }
    /// ```
    ///
    /// - Throws: ``DatabaseError/Code/invalidValue`` for a cursor of another ordering;
    ///   ``DatabaseError/Code/misuse`` for a query with its own limit or offset.
    public func fetchPage<M: Model>(
        _ query: Query<M>, size: Int, after cursor: PageCursor? = nil
    ) throws -> Page<M> {
        guard query.limit == nil, query.offset == 0, size > 0, size < Int(Int32.max) else {
            throw DatabaseError(
                .misuse,
                "a page takes a size from 1 to 2,147,483,646 and a query without limit or offset")
        }
        var renderer = QuerySQL<M>(dialect: dialect)
        let keys = try renderer.orderKeys(query, forceOrder: true)
        let signature = QuerySQL<M>.signature(keys)
        var condition: String?
        if let cursor {
            let values = try cursor.values(for: signature, count: keys.count)
            try PageCursor.check(
                values, against: keys.map { M.schema.layout.columns[$0.position].schema })
            condition = renderer.keysetCondition(keys, values)
        }
        var sql = "SELECT \(M.schema.layout.selectList) FROM \(M.schema.layout.quotedTable)"
        sql += try renderer.whereClause(query, extraCondition: condition)
        sql += " ORDER BY " + keys.map(\.sql).joined(separator: ", ") + " LIMIT \(size + 1)"

        var records = try fetchRecords(M.self, sql, renderer.arguments)
        guard records.count > size else { return Page(records: records, nextCursor: nil) }
        records.removeLast()
        let last = records[records.count - 1]
        let layout = M.schema.layout
        let values = keys.map { layout.columns[$0.position].value(last) }
        return Page(records: records, nextCursor: PageCursor(ordering: signature, values: values))
    }

    /// Runs raw SQL and decodes its rows as records, matching columns to properties by name;
    /// a property without a column decodes as `nil` when optional and throws otherwise.
    ///
    /// ```swift
    /// let top = try db.fetchAll(
    ///     Content.self,
    ///     sql: "SELECT c.* FROM contents c JOIN publications p ON p.content_id = c.id"
    ///         + " WHERE p.status = $1", [.text("published")])
    /// ```
    public func fetchAll<M: Model>(
        _ type: M.Type, sql: String, _ arguments: [DatabaseValue] = []
    ) throws -> [M] {
        var decoder: RecordDecoder<M>?
        return try fetchAll(sql, arguments) { row in
            let current =
                decoder
                ?? RecordDecoder(layout: M.schema.layout, columnNames: row.columnNames, row: row)
            decoder = current
            return try current.decode(row)
        }
    }
}
