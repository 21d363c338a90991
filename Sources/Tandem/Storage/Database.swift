/// A connection inside a transaction: the handle passed to the closure of
/// ``Storage/read(_:)`` and ``Storage/write(_:)``.
///
/// Values always travel as bound parameters, written `$1`, `$2`… on both engines; statements
/// are prepared once per connection and reused.
///
/// When a statement fails, the transaction is aborted on both engines alike (PostgreSQL's
/// rule, which Tandem applies to SQLite too): later statements throw
/// ``DatabaseError/Code/transactionAborted`` until a savepoint rolls back, and a closure that
/// swallows the error and returns still ends in a rollback and an error. Use
/// ``inSavepoint(_:)`` to try a statement that may fail and carry on.
///
/// A `Database` is valid only inside its closure; using it afterwards throws
/// ``DatabaseError/Code/misuse``.
public final class Database {
    package let connection: any DriverConnection

    /// The kind of the transaction under way.
    public let kind: TransactionKind

    private var isActive = true
    private var savepointDepth = 0
    private var failure: DatabaseError?

    package init(connection: any DriverConnection, kind: TransactionKind) {
        self.connection = connection
        self.kind = kind
    }

    /// The dialect of the engine behind this transaction.
    public var dialect: SQLDialect { connection.dialect }

    // MARK: - Statements

    /// Runs one statement and returns the number of rows it inserted, updated or deleted.
    ///
    /// ```swift
    /// try db.execute("UPDATE users SET nickname = $1 WHERE id = $2", [.text(name), id.databaseValue])
    /// ```
    @discardableResult
    public func execute(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> Int {
        try guarded(sql) { try connection.execute(sql, arguments) }
    }

    /// Runs SQL text made of one or more statements that take no arguments, such as DDL.
    public func executeScript(_ sql: String) throws {
        try guarded(sql) { try connection.executeScript(sql) }
    }

    /// Runs a query and returns all its rows.
    public func fetchAll(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Row] {
        try guarded(sql) { try connection.fetchAll(sql, arguments) }
    }

    /// Runs a query and turns each row into a value, reading the row in place.
    ///
    /// The fastest way to decode a result: no intermediate copy of the values, and on
    /// PostgreSQL one round trip.
    ///
    /// ```swift
    /// let titles = try db.fetchAll("SELECT title FROM contents WHERE user_id = $1", [.uuid(id)]) {
    ///     try $0.decode(String.self, at: 0)
    /// }
    /// ```
    ///
    /// An error thrown by `transform` stops the query and is rethrown as it is; it does not
    /// abort the transaction.
    public func fetchAll<T>(
        _ sql: String, _ arguments: [DatabaseValue] = [], _ transform: (Row) throws -> T
    ) throws -> [T] {
        var transformError: (any Error)?
        do {
            return try guarded(sql) {
                try connection.fetchAll(sql, arguments) { row in
                    do {
                        return try transform(row)
                    } catch {
                        // Stops the query at once; not a DatabaseError, so the transaction
                        // is not marked failed.
                        transformError = error
                        throw TransformStopped()
                    }
                }
            }
        } catch is TransformStopped {
            throw transformError ?? DatabaseError(.misuse, "the row transform stopped", sql: sql)
        }
    }

    /// Runs a query and returns its first row, or `nil` when it has none.
    ///
    /// PostgreSQL sends the whole result before the first row can be read: add `LIMIT 1` to a
    /// query that may match many rows.
    public func fetchOne(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> Row? {
        try guarded(sql) { try connection.fetchOne(sql, arguments) }
    }

    /// Runs a query and hands each row to `body` as the engine produces it, so a result of
    /// any size streams through constant memory.
    ///
    /// The row is valid only during the call to `body`. An error thrown by `body` stops the
    /// query and is rethrown as it is; it does not abort the transaction.
    public func forEachRow(
        _ sql: String,
        _ arguments: [DatabaseValue] = [],
        _ body: (Row) throws -> Void
    ) throws {
        var bodyError: (any Error)?
        try guarded(sql) {
            try connection.forEachRow(sql, arguments) { row in
                do {
                    try body(row)
                    return true
                } catch {
                    bodyError = error
                    return false
                }
            }
        }
        if let bodyError { throw bodyError }
    }

    /// Inserts rows through the engine's bulk path (`COPY` on PostgreSQL); `nil` when the
    /// engine has none. A failure aborts the transaction like any failed statement.
    package func copyRows(
        into table: String, columns: [String], values: [DatabaseValue]
    )
        throws -> Int?
    {
        let description = "COPY \(dialect.quote(table)) FROM STDIN"
        return try guarded(description) {
            try connection.copyRows(into: table, columns: columns, values: values)
        }
    }

    // MARK: - Savepoints

    /// Runs `body` in a savepoint: a nested transaction that rolls back alone when `body`
    /// throws, leaving the enclosing transaction usable.
    ///
    /// ```swift
    /// let inserted = (try? db.inSavepoint { try db.execute(insertSQL, arguments) }) != nil
    /// ```
    public func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        let name = "tandem_savepoint_\(savepointDepth)"
        defer { savepointDepth -= 1 }
        try executeScript("SAVEPOINT \(name)")

        let result: T
        do {
            result = try body()
        } catch {
            let rollback = "ROLLBACK TO SAVEPOINT \(name); RELEASE SAVEPOINT \(name)"
            if (try? connection.executeScript(rollback)) != nil {
                failure = nil
            }
            throw error
        }

        try executeScript("RELEASE SAVEPOINT \(name)")
        return result
    }

    // MARK: - Transaction lifecycle

    /// Runs `body` in a transaction on `connection`: begins, commits when `body` returns,
    /// rolls back when it throws or when a statement failed inside it.
    package static func transaction<T>(
        on connection: any DriverConnection,
        kind: TransactionKind,
        _ body: (Database) throws -> T
    ) throws -> T {
        try connection.begin(kind)
        let database = Database(connection: connection, kind: kind)
        defer { database.isActive = false }

        let result: T
        do {
            result = try body(database)
        } catch {
            try? connection.rollback()
            throw error
        }

        if let failure = database.failure {
            try? connection.rollback()
            var error = DatabaseError(
                .transactionAborted,
                "rolled back: a statement failed and the error was not rethrown (\(failure.code)"
                    + ": \(failure.message))",
                sql: failure.sql)
            error.sqlState = failure.sqlState
            error.sqliteExtendedCode = failure.sqliteExtendedCode
            throw error
        }

        do {
            try connection.commit()
        } catch {
            try? connection.rollback()
            throw error
        }
        return result
    }

    private func guarded<T>(_ sql: String, _ operation: () throws -> T) throws -> T {
        guard isActive else {
            throw DatabaseError(.misuse, "the transaction has ended", sql: sql)
        }
        if let failure {
            throw DatabaseError(
                .transactionAborted,
                "an earlier statement failed (\(failure.code)); roll back to a savepoint or end"
                    + " the transaction",
                sql: sql)
        }
        do {
            return try operation()
        } catch let error as DatabaseError {
            if error.code != .parameterCountMismatch && error.code != .misuse {
                failure = error
            }
            throw error
        }
    }
}

/// Unwinds a query whose row transform threw; carries nothing, the error is kept aside.
private struct TransformStopped: Error {}
