import CLibPQ
import Foundation
import Tandem

/// One libpq connection, with its prepared statements.
///
/// `@unchecked Sendable`: a connection is used by one transaction at a time, handed over by a
/// ``ConnectionPool`` under its lock, and every libpq call runs on its own ``ConnectionQueue``,
/// never on Swift's cooperative thread pool.
final class PostgresConnection: DriverConnection, @unchecked Sendable {
    let queue = ConnectionQueue(label: "tandem.postgres.connection")
    let dialect = SQLDialect.postgresql
    private let handle: OpaquePointer
    private let configuration: PostgresConfiguration
    private let notices: NoticeSink
    /// Prepared statements by SQL text; the least recently used is deallocated when full.
    private var statements = StatementCache<PostgresPreparedStatement>(capacity: 256)
    /// Statements evicted from the cache, deallocated on the server before the next
    /// transaction begins: outside a transaction, a failed DEALLOCATE aborts nothing.
    private var evictedStatements: [String] = []
    private var statementCount = 0
    private var isClosed = false
    private var openCursorCount = 0

    /// The oldest server Tandem supports: PostgreSQL 13.
    static let minimumServerVersion: Int32 = 130_000

    /// Opens a connection; blocks until the server answers or the connect timeout passes.
    init(configuration: PostgresConfiguration) throws {
        self.configuration = configuration
        let keywords = ["fallback_application_name", "connect_timeout", "dbname"]
        let values = [
            "tandem", String(configuration.connectTimeoutSeconds),
            configuration.connectionString,
        ]
        let connection = Self.withCStrings(keywords) { keywordPointers in
            Self.withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw DatabaseError(.connectionFailed, "libpq could not allocate a connection")
        }
        handle = connection
        notices = NoticeSink(logger: configuration.logger)
        try checkConnected(during: "connect")
        PQsetNoticeReceiver(
            connection,
            { context, result in
                guard let context, let result else { return }
                let sink = Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue()
                let message = String(cString: PQresultErrorMessage(result))
                sink.logger.log(.debug, "server notice: \(message)")
            },
            Unmanaged.passUnretained(notices).toOpaque())

        let version = PQserverVersion(connection)
        guard version >= Self.minimumServerVersion else {
            PQfinish(connection)
            isClosed = true
            throw DatabaseError(
                .unsupportedEngineVersion,
                "PostgreSQL server version \(version) is older than 13, the oldest Tandem supports")
        }
        try configureSession()
        configuration.logger.log(
            .debug, "opened PostgreSQL connection",
            metadata: ["tandem.server_version": String(version)])
    }

    deinit {
        close()
    }

    /// Whether the connection to the server is gone.
    var isBroken: Bool { PQstatus(handle) != CONNECTION_OK }

    /// Closes the connection; later calls fail.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        PQfinish(handle)
    }

    // MARK: - Session

    private func checkConnected(during step: String) throws {
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(handle))
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if step == "connect" {
                PQfinish(handle)
                isClosed = true
            }
            throw DatabaseError(
                .connectionFailed, "cannot \(step) to PostgreSQL: \(message)")
        }
    }

    /// Settings that make the server's text output what Tandem parses: UTC timestamps in ISO
    /// form, hex bytea, exact floats.
    private func configureSession() throws {
        try executeScript(
            "SET TimeZone TO 'UTC'; SET DateStyle TO 'ISO, YMD'; SET bytea_output TO 'hex';"
                + " SET extra_float_digits TO 3; SET client_encoding TO 'UTF8'")
    }

    /// Frees on the server the statements the cache let go of. Runs between transactions; a
    /// failure (the statement is already gone) only leaves server memory to the session's end.
    private func deallocateEvictedStatements() {
        guard !evictedStatements.isEmpty else { return }
        for name in evictedStatements {
            let result = PQexec(handle, "DEALLOCATE \(name)")
            if PQresultStatus(result) != PGRES_COMMAND_OK {
                configuration.logger.log(.debug, "could not deallocate \(name)")
            }
            PQclear(result)
        }
        evictedStatements.removeAll()
    }

    /// Opens the connection again with the same parameters, after the server dropped it.
    private func reconnect() throws {
        configuration.logger.log(.warning, "PostgreSQL connection lost; reconnecting")
        PQreset(handle)
        _ = statements.removeAll()
        evictedStatements.removeAll()
        openCursorCount = 0
        try checkConnected(during: "reconnect")
        try configureSession()
    }

    // MARK: - DriverConnection

    func begin(_ kind: TransactionKind) throws {
        try checkOpen()
        let sql = kind == .write ? "BEGIN" : "BEGIN READ ONLY"
        if isBroken { try reconnect() }
        deallocateEvictedStatements()
        do {
            try executeScript(sql)
        } catch let error as DatabaseError where isBroken {
            // Nothing of the transaction ran yet: a fresh connection can safely start it.
            _ = error
            try reconnect()
            try executeScript(sql)
        }
    }

    func commit() throws {
        let result = try run(sql: "COMMIT") { PQexec(handle, "COMMIT") }
        defer { PQclear(result) }
        if String(cString: PQcmdStatus(result)) == "ROLLBACK" {
            throw DatabaseError(
                .transactionAborted, "the server rolled the transaction back", sql: "COMMIT")
        }
    }

    func rollback() throws {
        guard !isBroken, !isClosed else { return }
        try executeScript("ROLLBACK")
    }

    func executeScript(_ sql: String) throws {
        try checkOpen()
        configuration.logger.log(.debug, sql, metadata: ["tandem.engine": "postgresql"])
        PQclear(try run(sql: sql) { PQexec(handle, sql) })
    }

    func execute(_ sql: String, _ arguments: [DatabaseValue]) throws -> Int {
        let result = try executePrepared(sql, arguments)
        defer { PQclear(result) }
        return Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    func fetchAll(_ sql: String, _ arguments: [DatabaseValue]) throws -> [Row] {
        let statement = try prepared(sql)
        let result = try executePrepared(sql, arguments, statement: statement)
        return PostgresResultRows(
            result: result, columns: statement.columns, noticeSink: notices
        ).rows
    }

    func fetchAll<T>(
        _ sql: String, _ arguments: [DatabaseValue], _ transform: (Row) throws -> T
    ) throws -> [T] {
        let statement = try prepared(sql)
        let result = try executePrepared(sql, arguments, statement: statement)
        let rows = PostgresResultRows(
            result: result, columns: statement.columns, noticeSink: notices)
        var values: [T] = []
        values.reserveCapacity(rows.rowCount)
        for index in 0..<rows.rowCount {
            values.append(try transform(Row(storage: rows, index: index)))
        }
        return values
    }

    func fetchOne(_ sql: String, _ arguments: [DatabaseValue]) throws -> Row? {
        try fetchAll(sql, arguments).first
    }

    /// Streams through a server-side cursor, fetched in batches of ``cursorBatchSize`` rows:
    /// memory stays bounded, and between batches the connection is free, so the closure may
    /// run other statements. Statements that change data cannot stand behind a cursor; their
    /// rows (from `RETURNING`) are read at once.
    func forEachRow(
        _ sql: String, _ arguments: [DatabaseValue], _ body: (Row) throws -> Bool
    ) throws {
        guard PostgresCursorRules.canStream(sql) else {
            for row in try fetchAll(sql, arguments) {
                guard try body(row) else { return }
            }
            return
        }

        let cursor = "tandem_cursor_\(openCursorCount)"
        _ = try execute("DECLARE \(cursor) NO SCROLL CURSOR FOR \(sql)", arguments)
        openCursorCount += 1
        defer { openCursorCount -= 1 }

        var isCompleted = false
        defer {
            // Keeps the cursor name free for the next query of this transaction. After a
            // failed FETCH the transaction is aborted and the cursor goes with it.
            if isCompleted || !isBroken { _ = try? execute("CLOSE \(cursor)", []) }
        }
        let fetch = "FETCH FORWARD \(Self.cursorBatchSize) FROM \(cursor)"
        var columns: PostgresColumns?
        while true {
            let result = try executePrepared(fetch, [])
            columns = columns ?? PostgresColumns(describing: result)
            let batch = PostgresResultRows(
                result: result, columns: columns, isStreamed: true, noticeSink: notices)
            for index in 0..<batch.rowCount {
                guard try body(batch.streamRow(at: index)) else {
                    batch.expire()
                    isCompleted = true
                    return
                }
            }
            batch.expire()
            if batch.rowCount < Self.cursorBatchSize { break }
        }
        isCompleted = true
    }

    /// Rows fetched per round trip when streaming.
    static let cursorBatchSize = 1000

    /// Inserts rows with `COPY … FROM STDIN`, sending about 64 KiB at a time.
    func copyRows(into table: String, columns: [String], values: [DatabaseValue]) throws -> Int? {
        try checkOpen()
        let width = columns.count
        guard width > 0, values.count % width == 0 else {
            throw DatabaseError(.misuse, "\(values.count) values do not make rows of \(width)")
        }
        let sql =
            "COPY \(quote(table)) (\(columns.map(quote).joined(separator: ", "))) FROM STDIN"
        configuration.logger.log(.debug, sql, metadata: ["tandem.engine": "postgresql"])

        let started = PQexec(handle, sql)
        guard PQresultStatus(started) == PGRES_COPY_IN else {
            let failure = error(result: started, sql: sql)
            PQclear(started)
            throw failure
        }
        PQclear(started)

        var buffer: [UInt8] = []
        buffer.reserveCapacity(80 * 1024)
        var scratch: [UInt8] = []
        var encodingError: (any Error)?
        var start = 0
        while start < values.count {
            do {
                try PostgresCopyFormat.appendRow(
                    values[start..<(start + width)], to: &buffer, scratch: &scratch)
            } catch {
                encodingError = error
                break
            }
            start += width
            if buffer.count >= 64 * 1024 || start == values.count {
                try sendCopyData(&buffer, sql: sql)
            }
        }

        // Ending with an error message makes the server abandon the COPY, and with it the
        // transaction, as any failed statement does.
        let ended =
            encodingError == nil
            ? PQputCopyEnd(handle, nil) : PQputCopyEnd(handle, "a value could not be encoded")
        guard ended == 1 else { throw error(result: nil, sql: sql) }
        var failure: DatabaseError?
        var inserted = 0
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                inserted = Int(String(cString: PQcmdTuples(result))) ?? 0
            } else if failure == nil {
                failure = error(result: result, sql: sql)
            }
            PQclear(result)
        }
        if var encodingError = encodingError as? DatabaseError {
            encodingError.sql = sql
            throw encodingError
        }
        if let encodingError { throw encodingError }
        if let failure { throw failure }
        return inserted
    }

    private func sendCopyData(_ buffer: inout [UInt8], sql: String) throws {
        let sent = buffer.withUnsafeBufferPointer { bytes -> Int32 in
            guard let base = bytes.baseAddress else { return 1 }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                PQputCopyData(handle, $0, Int32(bytes.count))
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if sent != 1 { throw error(result: nil, sql: sql) }
    }

    private func quote(_ identifier: String) -> String { SQLDialect.postgresql.quote(identifier) }

    // MARK: - Statements

    private func checkOpen() throws {
        guard !isClosed else { throw DatabaseError(.storageClosed, "the connection is closed") }
    }

    private func prepared(_ sql: String) throws -> PostgresPreparedStatement {
        if let statement = statements.statement(for: sql) { return statement }
        try checkOpen()
        try PostgresLimits.checkParameterCount(in: sql)
        configuration.logger.log(.debug, sql, metadata: ["tandem.engine": "postgresql"])

        statementCount += 1
        let name = "tandem_\(statementCount)"
        PQclear(try run(sql: sql) { PQprepare(handle, name, sql, 0, nil) })
        let description = try run(sql: sql) { PQdescribePrepared(handle, name) }
        defer { PQclear(description) }

        let statement = PostgresPreparedStatement(
            name: name, parameterCount: Int(PQnparams(description)),
            columns: PostgresColumns(describing: description))
        if let evicted = statements.insert(statement, for: sql) {
            evictedStatements.append(evicted.name)
        }
        return statement
    }

    private func executePrepared(
        _ sql: String, _ arguments: [DatabaseValue],
        statement: PostgresPreparedStatement? = nil
    ) throws -> OpaquePointer {
        let statement = try statement ?? prepared(sql)
        configuration.logger.log(.trace, sql, metadata: ["tandem.engine": "postgresql"])
        do {
            return try run(sql: sql) {
                try withParameters(arguments, statement: statement, sql: sql) { count, values in
                    PQexecPrepared(handle, statement.name, count, values, nil, nil, 0)
                }
            }
        } catch let error as DatabaseError
            where error.sqlState == "0A000" || error.sqlState == "26000"
        {
            // The table changed under the cached plan, or the statement was deallocated: the
            // next transaction prepares it again instead of failing forever.
            statements.remove(sql)
            throw error
        }
    }

    /// Encodes `arguments` in PostgreSQL's text format, NUL-terminated in one buffer, and
    /// calls `body` with the pointers libpq expects (`nil` for NULL).
    private func withParameters<T>(
        _ arguments: [DatabaseValue],
        statement: PostgresPreparedStatement,
        sql: String,
        _ body: (Int32, UnsafePointer<UnsafePointer<CChar>?>?) throws -> T
    ) throws -> T {
        guard arguments.count == statement.parameterCount else {
            throw DatabaseError(
                .parameterCountMismatch,
                "the statement takes \(statement.parameterCount) arguments,"
                    + " \(arguments.count) were given",
                sql: sql)
        }
        var buffer: [UInt8] = []
        var offsets: [Int?] = []
        offsets.reserveCapacity(arguments.count)
        do {
            for argument in arguments {
                let start = buffer.count
                offsets.append(try PostgresValueFormat.append(argument, to: &buffer) ? start : nil)
            }
        } catch var error as DatabaseError {
            error.sql = sql
            throw error
        }
        return try buffer.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress.map { UnsafeRawPointer($0) }
            let pointers: [UnsafePointer<CChar>?] = offsets.map { offset in
                guard let offset, let base else { return nil }
                return (base + offset).assumingMemoryBound(to: CChar.self)
            }
            return try pointers.withUnsafeBufferPointer {
                try body(Int32(arguments.count), $0.baseAddress)
            }
        }
    }

    /// Runs a libpq call that returns a result, and turns a failed result into an error.
    private func run(sql: String, _ call: () throws -> OpaquePointer?) throws -> OpaquePointer {
        let result = try call()
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return result!
        default:
            let failure = error(result: result, sql: sql)
            PQclear(result)
            throw failure
        }
    }

    private func error(result: OpaquePointer?, sql: String) -> DatabaseError {
        var failure = DatabaseError.postgres(result: result, connection: handle, sql: sql)
        if failure.code == .connectionLost, sql == "COMMIT" {
            failure.code = .commitOutcomeUnknown
        }
        return failure
    }

    private static func withCStrings<T>(
        _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T
    ) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// Receives the server's notices for a connection and routes them to the logger, instead of
/// libpq's default of printing them to standard error.
final class NoticeSink: Sendable {
    let logger: TandemLogger
    init(logger: TandemLogger) { self.logger = logger }
}
