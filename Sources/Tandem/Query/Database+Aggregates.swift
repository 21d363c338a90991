/// Counting and aggregating records.
extension Database {
    /// The aggregate over the records the query selects.
    ///
    /// ```swift
    /// let total = try db.aggregate(Content.filter(\.userID == id), .sum(\.wordCount)) ?? 0
    /// ```
    public func aggregate<M: Model, Value>(
        _ query: Query<M>, _ aggregate: Aggregate<M, Value>
    )
        throws -> Value
    {
        var renderer = QuerySQL<M>(dialect: dialect)
        let expression = try resolved { try aggregate.expression(M.schema.names, dialect) }
        let condition = try renderer.whereClause(query)
        let table = M.schema.layout.quotedTable
        var sql = "SELECT \(expression) FROM \(table)\(condition)"
        if query.limit != nil || query.offset > 0 {
            sql =
                "SELECT \(expression) FROM (SELECT * FROM \(table)\(condition)"
                + "\(try renderer.orderClause(query))\(renderer.limitClause(query))) AS limited"
        }
        let values = try fetchAll(sql, renderer.arguments) { try aggregate.decode($0, 0) }
        guard let value = values.first else {
            throw DatabaseError(.other, "an aggregate returned no row", sql: sql)
        }
        return value
    }

    /// The aggregate for each group of the records the query selects, ordered by key (NULL
    /// last); groups without rows do not appear.
    ///
    /// ```swift
    /// for (week, count) in try db.fetchGroups(query, by: .isoWeek(\.createdAt), .count) { … }
    /// ```
    public func fetchGroups<M: Model, Key, Value>(
        _ query: Query<M>, by key: GroupKey<M, Key>, _ aggregate: Aggregate<M, Value>
    ) throws -> [(key: Key, value: Value)] {
        guard query.limit == nil, query.offset == 0, query.orderings.isEmpty else {
            throw DatabaseError(.misuse, "groups come ordered by key; give no order or limit")
        }
        var renderer = QuerySQL<M>(dialect: dialect)
        let keySQL = try resolved { try key.expression(M.schema.names, dialect) }
        let expression = try resolved { try aggregate.expression(M.schema.names, dialect) }
        let sql =
            "SELECT \(keySQL) AS group_key, \(expression) FROM "
            + M.schema.layout.quotedTable + (try renderer.whereClause(query))
            + " GROUP BY 1 ORDER BY 1 NULLS LAST"
        return try fetchAll(sql, renderer.arguments) { row in
            (key: try key.decode(row, 0), value: try aggregate.decode(row, 1))
        }
    }

    private func resolved(_ body: () throws -> String) throws -> String {
        do {
            return try body()
        } catch let error as SchemaError {
            throw DatabaseError(.misuse, error.message)
        }
    }
}
