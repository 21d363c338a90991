import CSQLite
import Foundation
import Tandem

/// One connection to an SQLite database, with its statement cache.
///
/// `@unchecked Sendable`: a connection is used by one transaction at a time, handed over by a
/// ``ConnectionPool`` under its lock, and every call runs on its own ``ConnectionQueue``.
final class SQLiteConnection: DriverConnection, @unchecked Sendable {
    let queue: ConnectionQueue
    let dialect = SQLDialect.sqlite
    private let handle: OpaquePointer
    private let logger: TandemLogger
    /// Prepared statements by SQL text; the least recently used is finalized when full.
    private var statements = StatementCache<SQLiteStatement>(capacity: 256)
    private var isClosed = false

    /// Opens `filename` (a path or an SQLite URI) and applies Tandem's connection settings.
    init(
        filename: String,
        isReader: Bool,
        isMemory: Bool,
        configuration: SQLiteConfiguration,
        label: String
    ) throws {
        try SQLiteVersion.checkRuntime()
        var connection: OpaquePointer?
        let flags =
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
            | SQLITE_OPEN_URI
        let code = sqlite3_open_v2(filename, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(connection)
            throw DatabaseError(
                .connectionFailed, "cannot open SQLite database \(filename): \(message)")
        }
        handle = connection
        logger = configuration.logger
        queue = ConnectionQueue(label: label)

        do {
            sqlite3_extended_result_codes(connection, 1)
            let milliseconds =
                configuration.busyTimeout.components.seconds * 1000
                + configuration.busyTimeout.components.attoseconds / 1_000_000_000_000_000
            sqlite3_busy_timeout(connection, Int32(clamping: milliseconds))
            _ = tandem_sqlite3_enable_foreign_keys(connection)
            var pragmas = "PRAGMA foreign_keys = ON;"
            if isReader {
                pragmas += "PRAGMA query_only = ON;"
            } else if !isMemory {
                pragmas += "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
            }
            try executeScript(pragmas)
        } catch {
            sqlite3_close_v2(connection)
            isClosed = true  // deinit must not close the freed handle again
            throw error
        }
        logger.log(.debug, "opened SQLite connection", metadata: ["tandem.connection": label])
    }

    deinit {
        close()
    }

    /// Finalises every statement and closes the connection.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = statements.removeAll()
        sqlite3_close_v2(handle)
    }

    // MARK: - DriverConnection

    func begin(_ kind: TransactionKind) throws {
        _ = try execute(kind == .write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", [])
    }

    func commit() throws {
        _ = try execute("COMMIT", [])
    }

    func rollback() throws {
        if sqlite3_get_autocommit(handle) == 0 {
            _ = try execute("ROLLBACK", [])
        }
    }

    func executeScript(_ sql: String) throws {
        logger.log(.debug, sql, metadata: ["tandem.engine": "sqlite"])
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            throw DatabaseError.sqlite(
                code: sqlite3_extended_errcode(handle),
                message: message.map { String(cString: $0) }
                    ?? String(cString: sqlite3_errstr(code)),
                sql: sql)
        }
    }

    func execute(_ sql: String, _ arguments: [DatabaseValue]) throws -> Int {
        try withStatement(sql, arguments) { statement in
            var code = statement.step()
            while code == SQLITE_ROW { code = statement.step() }
            guard code == SQLITE_DONE else { throw stepError(code, sql) }
            return Int(sqlite3_changes(handle))
        }
    }

    func fetchAll(_ sql: String, _ arguments: [DatabaseValue]) throws -> [Row] {
        try withStatement(sql, arguments) { statement in
            var values: [DatabaseValue] = []
            var code = statement.step()
            let columnCount = Int32(statement.columnNames.count)
            while code == SQLITE_ROW {
                for column in 0..<columnCount {
                    values.append(SQLiteStatementRows.value(of: statement.handle, column: column))
                }
                code = statement.step()
            }
            guard code == SQLITE_DONE else { throw stepError(code, sql) }
            if columnCount == 0 { return [] }
            return ValuesRowStorage(columnNames: statement.columnNames, values: values).rows
        }
    }

    func fetchAll<T>(
        _ sql: String, _ arguments: [DatabaseValue], _ transform: (Row) throws -> T
    ) throws -> [T] {
        try withStatement(sql, arguments) { statement in
            var values: [T] = []
            var code = statement.step()
            let rows = SQLiteStatementRows(statement: statement)
            defer { rows.invalidate() }
            while code == SQLITE_ROW {
                values.append(try transform(rows.advance()))
                code = statement.step()
            }
            guard code == SQLITE_DONE else { throw stepError(code, sql) }
            return values
        }
    }

    func fetchOne(_ sql: String, _ arguments: [DatabaseValue]) throws -> Row? {
        try withStatement(sql, arguments) { statement in
            let code = statement.step()
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else { throw stepError(code, sql) }
                return nil
            }
            let values = (0..<Int32(statement.columnNames.count)).map {
                SQLiteStatementRows.value(of: statement.handle, column: $0)
            }
            return ValuesRowStorage(columnNames: statement.columnNames, values: values).rows.first
        }
    }

    func forEachRow(
        _ sql: String, _ arguments: [DatabaseValue], _ body: (Row) throws -> Bool
    ) throws {
        try withStatement(sql, arguments) { statement in
            var code = statement.step()
            let rows = SQLiteStatementRows(statement: statement)
            defer { rows.invalidate() }
            while code == SQLITE_ROW {
                guard try body(rows.advance()) else { return }
                code = statement.step()
            }
            guard code == SQLITE_DONE else { throw stepError(code, sql) }
        }
    }

    // MARK: - Statements

    /// Runs `body` with `sql` prepared and bound, then resets the statement. A statement
    /// already stepping (a query run inside another's row loop) gets a fresh copy.
    private func withStatement<T>(
        _ sql: String, _ arguments: [DatabaseValue], _ body: (SQLiteStatement) throws -> T
    ) throws -> T {
        guard !isClosed else { throw DatabaseError(.storageClosed, "the connection is closed") }
        let statement: SQLiteStatement
        if let cached = statements.statement(for: sql), !cached.isInUse {
            statement = cached
        } else {
            logger.log(.debug, sql, metadata: ["tandem.engine": "sqlite"])
            statement = try SQLiteStatement(connection: handle, sql: sql)
            // An evicted statement is finalized when its last user lets it go.
            if statements.statement(for: sql) == nil { _ = statements.insert(statement, for: sql) }
        }
        logger.log(.trace, sql, metadata: ["tandem.engine": "sqlite"])
        statement.isInUse = true
        defer {
            statement.reset()
            statement.isInUse = false
        }
        try statement.bind(arguments)
        return try body(statement)
    }

    private func stepError(_ code: Int32, _ sql: String) -> DatabaseError {
        DatabaseError.sqlite(
            code: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}
