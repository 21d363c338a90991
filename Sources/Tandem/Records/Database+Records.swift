import Foundation

/// Writing records: insert, update, upsert, delete and restore, with `id` and the timestamps
/// kept by Tandem.
extension Database {
    // MARK: - Insert

    /// Inserts `record` and returns it as stored: `createdAt` and `updatedAt` set to now
    /// (unless `timestamps` is `.preserved`), `id` as the record carries it.
    ///
    /// ```swift
    /// let project = try db.insert(Project(userID: user.id, name: "旅行日记"))
    /// ```
    ///
    /// - Throws: ``DatabaseError`` with ``DatabaseError/Code/uniqueViolation``,
    ///   ``DatabaseError/Code/valueTooLong`` and the like, naming the table and column.
    @discardableResult
    public func insert<M: Model>(
        _ record: M, timestamps: TimestampPolicy = .automatic
    ) throws
        -> M
    {
        let record = stamped(record, timestamps)
        let layout = M.schema.layout
        var values: [DatabaseValue] = []
        values.reserveCapacity(layout.columns.count)
        try layout.appendValues(of: record, to: &values)
        try naming(M.self) { try execute(RecordSQL.insert(layout, rows: 1), values) }
        return record
    }

    /// Inserts `record` and reads the stored row back in the same statement (`RETURNING`).
    public func insertAndFetch<M: Model>(
        _ record: M, timestamps: TimestampPolicy = .automatic
    )
        throws -> M
    {
        let record = stamped(record, timestamps)
        let layout = M.schema.layout
        var values: [DatabaseValue] = []
        try layout.appendValues(of: record, to: &values)
        let sql = RecordSQL.insert(layout, rows: 1) + " RETURNING " + layout.selectList
        guard let stored = try naming(M.self, { try fetchRecords(M.self, sql, values).first })
        else {
            throw DatabaseError(
                .other, "the insert returned no row", sql: sql, table: layout.table.name)
        }
        return stored
    }

    /// Inserts `records` through each engine's bulk path and returns them as stored: `COPY`
    /// on PostgreSQL; on SQLite, multi-row INSERTs of up to 1,000 rows and 7,000 parameters.
    ///
    /// Every record is checked (string lengths) before the first row is sent.
    @discardableResult
    public func insert<M: Model>(
        contentsOf records: [M], timestamps: TimestampPolicy = .automatic
    ) throws -> [M] {
        let layout = M.schema.layout
        let now = RecordClock.now()
        let stored = records.map { stamped($0, timestamps, now: now) }
        if stored.isEmpty { return stored }

        // Checked in full first, so that a bad record stops the insert before any row is sent.
        var values: [DatabaseValue] = []
        values.reserveCapacity(stored.count * layout.columns.count)
        for record in stored { try layout.appendValues(of: record, to: &values) }

        let width = layout.columns.count
        let columns = layout.columns.map(\.schema.name)
        let copied = try naming(M.self) {
            try copyRows(into: layout.table.name, columns: columns, values: values)
        }
        if copied != nil { return stored }
        let batchSize = RecordSQL.rowsPerStatement(columns: width)
        var start = 0
        while start < stored.count {
            let end = min(start + batchSize, stored.count)
            try naming(M.self) {
                try execute(
                    RecordSQL.insert(layout, rows: end - start),
                    Array(values[(start * width)..<(end * width)]))
            }
            start = end
        }
        return stored
    }

    // MARK: - Update

    /// Writes every column of `record` but `id` and `createdAt` (and, on a soft-deletable
    /// model, the deletion mark, which ``delete(_:)`` and ``restore(_:id:)`` own); moves
    /// `updatedAt` forward and returns the record as stored.
    ///
    /// - Throws: ``DatabaseError/Code/recordNotFound`` when no row (not marked deleted) has
    ///   the record's `id`.
    @discardableResult
    public func update<M: Model>(_ record: M) throws -> M {
        try update(record, positions: RecordSQL.updatablePositions(M.schema.layout))
    }

    /// Writes only the given properties of `record` (and `updatedAt`).
    ///
    /// ```swift
    /// try db.update(content, columns: \.title, \.status)
    /// ```
    @discardableResult
    public func update<M: Model>(_ record: M, columns keyPaths: PartialKeyPath<M>...) throws -> M {
        let layout = M.schema.layout
        var positions: [Int] = []
        for keyPath in keyPaths {
            let name: String
            do {
                name = try M.schema.names.name(of: SendableKeyPath(keyPath))
            } catch let error as SchemaError {
                throw DatabaseError(.misuse, error.message, table: layout.table.name)
            }
            guard let position = layout.position(ofColumn: name),
                RecordSQL.updatablePositions(layout).contains(position)
            else {
                throw DatabaseError(
                    .misuse, "\(name) is kept by Tandem and cannot be updated directly",
                    table: layout.table.name, column: name)
            }
            positions.append(position)
        }
        return try update(record, positions: positions)
    }

    /// Writes the properties of `record` that differ from `original` (and `updatedAt`); with
    /// nothing changed, writes nothing and returns `record`.
    @discardableResult
    public func update<M: Model>(_ record: M, changedFrom original: M) throws -> M {
        let layout = M.schema.layout
        let positions = RecordSQL.updatablePositions(layout).filter {
            layout.columns[$0].value(record) != layout.columns[$0].value(original)
        }
        if positions.isEmpty { return record }
        return try update(record, positions: positions)
    }

    /// Updates `record` like ``update(_:)`` and reads the stored row back (`RETURNING`).
    public func updateAndFetch<M: Model>(_ record: M) throws -> M {
        let (sql, values, _) = try RecordSQL.update(
            record, positions: RecordSQL.updatablePositions(M.schema.layout), dialect: dialect)
        let layout = M.schema.layout
        let returning = sql + " RETURNING " + layout.selectList
        guard let stored = try naming(M.self, { try fetchRecords(M.self, returning, values).first })
        else { throw RecordSQL.notFound(layout, record.id) }
        return stored
    }

    private func update<M: Model>(_ record: M, positions: [Int]) throws -> M {
        var (sql, values, stored) = try RecordSQL.update(
            record, positions: positions, dialect: dialect)
        sql += " RETURNING \"updated_at\""
        let moved = try naming(M.self) {
            try fetchAll(sql, values) { try $0.decode(Date.self, at: 0) }
        }
        guard let updatedAt = moved.first else {
            throw RecordSQL.notFound(M.schema.layout, record.id)
        }
        stored.updatedAt = updatedAt
        return stored
    }

    // MARK: - Upsert

    /// Inserts `record`, or, when a row already holds its values of `keys`, updates that row
    /// with the record's other columns; returns the stored row, whose `id` and `createdAt` are
    /// the existing row's on an update.
    ///
    /// ```swift
    /// let account = try db.upsert(account, onConflict: \.userID, \.platform, \.accountID)
    /// ```
    ///
    /// - Throws: ``DatabaseError/Code/misuse`` when no unique constraint or unique index
    ///   covers exactly `keys`.
    public func upsert<M: Model>(_ record: M, onConflict keys: PartialKeyPath<M>...) throws -> M {
        let record = stamped(record, .automatic)
        let layout = M.schema.layout
        let sql = try RecordSQL.upsert(M.schema, keys: keys, dialect: dialect)
        var values: [DatabaseValue] = []
        try layout.appendValues(of: record, to: &values)
        guard let stored = try naming(M.self, { try fetchRecords(M.self, sql, values).first })
        else {
            throw RecordSQL.notFound(layout, record.id)
        }
        return stored
    }

    // MARK: - Delete

    /// Deletes `record`: marks it deleted on a soft-deletable model, removes it otherwise.
    /// Returns whether a row (not already marked deleted) had its `id`.
    @discardableResult
    public func delete<M: Model>(_ record: M) throws -> Bool {
        try delete(M.self, id: record.id)
    }

    /// Deletes the row with `id`: marks it deleted on a soft-deletable model, removes it
    /// otherwise. Returns whether there was such a row (not already marked deleted).
    ///
    /// Marking moves `updatedAt` forward, as an update does: to now, or one microsecond past
    /// the stored value when that is not behind the clock.
    @discardableResult
    public func delete<M: Model>(_ type: M.Type, id: UUID) throws -> Bool {
        let layout = M.schema.layout
        guard layout.isSoftDeletable else { return try deletePermanently(type, id: id) }
        let sql =
            "UPDATE \(layout.quotedTable) SET \"is_deleted\" = $1, \"deleted_at\" = $2, "
            + "\"updated_at\" = \(dialect.movedUpdatedAt(to: "$2"))"
            + " WHERE \"id\" = $3 AND \"is_deleted\" = $4"
        let values: [DatabaseValue] = [
            .bool(true), .date(RecordClock.now()), .uuid(id), .bool(false),
        ]
        return try execute(sql, values) > 0
    }

    /// Removes the row with `id` for good, marked deleted or not. Returns whether it existed.
    @discardableResult
    public func deletePermanently<M: Model>(_ type: M.Type, id: UUID) throws -> Bool {
        let layout = M.schema.layout
        return try execute(
            "DELETE FROM \(layout.quotedTable) WHERE \"id\" = $1", [.uuid(id)]) > 0
    }

    /// Removes every row the query selects, for good; returns how many.
    @discardableResult
    public func deletePermanently<M: Model>(_ query: Query<M>) throws -> Int {
        var renderer = QuerySQL<M>(dialect: dialect)
        let condition = try renderer.whereClause(query)
        guard query.limit == nil, query.offset == 0 else {
            throw DatabaseError(.misuse, "a delete takes no limit or offset")
        }
        return try execute(
            "DELETE FROM \(M.schema.layout.quotedTable)\(condition)", renderer.arguments)
    }

    /// Clears the deletion mark of the row with `id`. Returns whether a row marked deleted had
    /// that `id`. `updatedAt` moves forward as on ``delete(_:id:)``.
    @discardableResult
    public func restore<M: SoftDeletable>(_ type: M.Type, id: UUID) throws -> Bool {
        let sql =
            "UPDATE \(M.schema.layout.quotedTable) SET \"is_deleted\" = $1, \"deleted_at\" = NULL,"
            + " \"updated_at\" = \(dialect.movedUpdatedAt(to: "$2"))"
            + " WHERE \"id\" = $3 AND \"is_deleted\" = $4"
        let values: [DatabaseValue] = [
            .bool(false), .date(RecordClock.now()), .uuid(id), .bool(true),
        ]
        return try naming(M.self) { try execute(sql, values) } > 0
    }

    // MARK: - Helpers

    /// Runs a write to `M`'s table; a unique violation names its constraint on both engines.
    @discardableResult
    private func naming<M: Model, R>(_ type: M.Type, _ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw error.namingUniqueConstraint(of: M.schema.layout.table)
        }
    }

    private func stamped<M: Model>(
        _ record: M, _ policy: TimestampPolicy, now: Date = RecordClock.now()
    ) -> M {
        var record = record
        switch policy {
        case .automatic:
            record.createdAt = now
            record.updatedAt = now
        case .preserved:
            // Rounded as both engines store them, so that the returned timestamps are the
            // row's (other dates keep any sub-microsecond part: insertAndFetch returns the row).
            // A date no engine stores is left for binding to refuse with invalidValue.
            if BindingRules.isStorable(record.createdAt) {
                record.createdAt = Timestamp.rounded(record.createdAt)
            }
            if BindingRules.isStorable(record.updatedAt) {
                record.updatedAt = Timestamp.rounded(record.updatedAt)
            }
        }
        return record
    }

    /// Runs a statement whose rows are records in table order.
    func fetchRecords<M: Model>(
        _ type: M.Type, _ sql: String, _ values: [DatabaseValue]
    ) throws
        -> [M]
    {
        var decoder: RecordDecoder<M>?
        return try fetchAll(sql, values) { row in
            if let decoder { return try decoder.decode(row) }
            let created = RecordDecoder(layout: M.schema.layout, row: row)
            decoder = created
            return try created.decode(row)
        }
    }
}
