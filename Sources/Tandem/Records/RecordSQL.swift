import Foundation

/// The SQL of record writes, the same text on both engines except where noted.
enum RecordSQL {
    /// `INSERT INTO t (columns…) VALUES ($1, …), (…)` for `rows` records.
    static func insert<M: Model>(_ layout: RecordLayout<M>, rows: Int) -> String {
        let width = layout.columns.count
        var sql = "INSERT INTO \(layout.quotedTable) (\(layout.selectList)) VALUES "
        sql.reserveCapacity(sql.utf8.count + rows * width * 6)
        var parameter = 1
        for row in 0..<rows {
            if row > 0 { sql += ", " }
            sql += "("
            for column in 0..<width {
                if column > 0 { sql += ", " }
                sql += "$\(parameter)"
                parameter += 1
            }
            sql += ")"
        }
        return sql
    }

    /// How many rows one INSERT may carry: at most 1,000, and at most 7,000 parameters, which
    /// keeps within what libpq can describe (see `Docs/Dialects.md`).
    static func rowsPerStatement(columns: Int) -> Int {
        max(1, min(1_000, 7_000 / max(1, columns)))
    }

    /// The positions of the columns an update may write: all but `id`, `created_at`,
    /// `updated_at` (written separately) and the deletion mark.
    static func updatablePositions<M: Model>(_ layout: RecordLayout<M>) -> [Int] {
        let kept: Set<String> = ["id", "created_at", "updated_at", "deleted_at", "is_deleted"]
        return layout.columns.indices.filter { !kept.contains(layout.columns[$0].schema.name) }
    }

    /// `UPDATE t SET … , updated_at = <moved> WHERE id = $m [AND is_deleted = false]`, its
    /// values, and the record as it will be stored but for `updatedAt`, which the statement
    /// moves (see `SQLDialect.movedUpdatedAt(to:stored:)`) and the caller reads back.
    static func update<M: Model>(
        _ record: M, positions: [Int], dialect: SQLDialect
    ) throws
        -> (sql: String, values: [DatabaseValue], stored: M)
    {
        let layout = M.schema.layout
        var stored = record
        stored.updatedAt = RecordClock.now()
        var values: [DatabaseValue] = []
        values.reserveCapacity(positions.count + 3)
        var assignments: [String] = []
        for position in positions {
            values.append(try layout.value(at: position, of: stored))
            assignments.append(
                "\(SQLDialect.postgresql.quote(layout.columns[position].schema.name)) = "
                    + "$\(values.count)")
        }
        values.append(.date(stored.updatedAt))
        assignments.append(
            "\"updated_at\" = " + dialect.movedUpdatedAt(to: "$\(values.count)"))
        values.append(.uuid(record.id))
        var sql =
            "UPDATE \(layout.quotedTable) SET \(assignments.joined(separator: ", ")) "
            + "WHERE \"id\" = $\(values.count)"
        if layout.isSoftDeletable {
            values.append(.bool(false))
            sql += " AND \"is_deleted\" = $\(values.count)"
        }
        return (sql, values, stored)
    }

    /// `INSERT … ON CONFLICT (keys) [WHERE …] DO UPDATE SET … RETURNING …`.
    static func upsert<M: Model>(
        _ schema: ModelSchema<M>, keys: [PartialKeyPath<M>], dialect: SQLDialect
    ) throws -> String {
        let layout = schema.layout
        let table = schema.table
        var keyColumns: [String] = []
        for keyPath in keys {
            do {
                keyColumns.append(try schema.names.name(of: SendableKeyPath(keyPath)))
            } catch let error as SchemaError {
                throw DatabaseError(.misuse, error.message, table: table.name)
            }
        }
        let keySet = Set(keyColumns)
        var predicate: SchemaPredicate?
        var isCovered = keySet == Set(table.primaryKey)
        for case .unique(_, let columns) in table.constraints where Set(columns) == keySet {
            isCovered = true
        }
        if !isCovered,
            let index = table.indexes.first(where: {
                $0.isUnique && Set($0.keys.map(\.column)) == keySet
            })
        {
            isCovered = true
            predicate = index.predicate
        }
        guard isCovered, !keyColumns.isEmpty else {
            throw DatabaseError(
                .misuse,
                "no unique constraint or index covers (\(keyColumns.joined(separator: ", ")))",
                table: table.name)
        }

        let kept = keySet.union(["id", "created_at", "updated_at"])
        var assignments = layout.columns.map(\.schema.name).filter { !kept.contains($0) }.map {
            "\(dialect.quote($0)) = excluded.\(dialect.quote($0))"
        }
        // The existing row's updated_at moves forward, as on any update.
        assignments.append(
            "\"updated_at\" = "
                + dialect.movedUpdatedAt(
                    to: "excluded.\"updated_at\"", stored: "\(layout.quotedTable).\"updated_at\""))
        var sql = insert(layout, rows: 1) + " ON CONFLICT ("
        sql += keyColumns.map(dialect.quote).joined(separator: ", ") + ")"
        if let predicate { sql += " WHERE " + (try PredicateSQL.render(predicate, in: dialect)) }
        sql += " DO UPDATE SET " + assignments.joined(separator: ", ")
        return sql + " RETURNING " + layout.selectList
    }

    static func notFound<M: Model>(_ layout: RecordLayout<M>, _ id: UUID) -> DatabaseError {
        var error = DatabaseError(
            .recordNotFound, "no row with this id", table: layout.table.name)
        error.recordID = id
        return error
    }
}
