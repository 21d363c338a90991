import Foundation
import Synchronization
import Tandem

/// A ``Storage`` over SQLite: a database file, or a private in-memory database for tests.
///
/// One connection writes and up to ``SQLiteConfiguration/maximumReaderCount`` connections
/// read at the same time. Files use write-ahead logging, so readers never wait for the
/// writer. Every connection enforces foreign keys and waits for locks up to the busy timeout.
///
/// ```swift
/// let storage = try await SQLiteStorage.inMemory()        // a test's fresh database
/// let storage = try await SQLiteStorage(path: "app.sqlite")
/// ```
public final class SQLiteStorage: Storage {
    /// Always ``SQLDialect/sqlite``.
    public let dialect = SQLDialect.sqlite
    /// The settings the storage was opened with.
    public let configuration: SQLiteConfiguration
    /// The SQLite library in use.
    public let version = SQLiteVersion.runtime
    /// Where the database lives: a path, or an in-memory database's private name.
    public let location: String

    private let writers: ConnectionPool<SQLiteConnection>
    private let readers: ConnectionPool<SQLiteConnection>
    /// Keeps an in-memory database alive between transactions.
    private let primary: SQLiteConnection
    /// Set when the writer pool takes `primary`; until then `close()` closes it itself.
    private let writerHandOff = OnceFlag()

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// - Throws: ``DatabaseError`` with code ``DatabaseError/Code/connectionFailed`` when the
    ///   file cannot be opened, ``DatabaseError/Code/unsupportedEngineVersion`` when the SQLite
    ///   library is older than 3.37.
    public convenience init(
        path: String, configuration: SQLiteConfiguration = .init()
    )
        async throws
    {
        try await self.init(
            filename: path, isMemory: false, location: path, configuration: configuration)
    }

    /// A fresh in-memory database, private to the returned storage and gone when it closes.
    ///
    /// Several connections share it, so concurrent reads and writes behave as on a file.
    public static func inMemory(
        configuration: SQLiteConfiguration = .init()
    ) async throws
        -> SQLiteStorage
    {
        let name = "/tandem-\(UUID().uuidString)"
        return try await SQLiteStorage(
            filename: "file:\(name)?vfs=memdb", isMemory: true, location: ":memory:\(name)",
            configuration: configuration)
    }

    private init(
        filename: String, isMemory: Bool, location: String, configuration: SQLiteConfiguration
    ) async throws {
        self.configuration = configuration
        self.location = location
        let primary = try await ConnectionQueue.detached {
            try SQLiteConnection(
                filename: filename, isReader: false, isMemory: isMemory,
                configuration: configuration, label: "tandem.sqlite.writer")
        }
        self.primary = primary

        let handOff = writerHandOff
        writers = ConnectionPool(maximumCount: 1) {
            // The one writer is the primary connection; it is opened once and never dropped.
            guard handOff.take() else {
                throw DatabaseError(.storageClosed, "the writer connection was closed")
            }
            return primary
        }
        let readerCount = max(1, configuration.maximumReaderCount)
        readers = ConnectionPool(maximumCount: readerCount) {
            try await ConnectionQueue.detached {
                try SQLiteConnection(
                    filename: filename, isReader: true, isMemory: isMemory,
                    configuration: configuration, label: "tandem.sqlite.reader")
            }
        }
    }

    /// Runs `body` in a read-only transaction on a pooled connection.
    @discardableResult
    public func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await run(.read, in: readers, body)
    }

    /// Runs `body` in a transaction that may write; commits when it returns.
    @discardableResult
    public func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await run(.write, in: writers, body)
    }

    /// Closes every connection; later calls throw `storageClosed`.
    public func close() async {
        for connection in readers.close() { connection.close() }
        for connection in writers.close() { connection.close() }
        if writerHandOff.take() { primary.queue.schedule { [primary] in primary.close() } }
    }

    private func run<T: Sendable>(
        _ kind: TransactionKind,
        in pool: ConnectionPool<SQLiteConnection>,
        _ body: @Sendable (Database) throws -> T
    ) async throws -> T {
        let connection = try await pool.acquire()
        defer {
            if pool.release(connection, isBroken: false) { connection.close() }
        }
        return try await connection.queue.run {
            try Database.transaction(on: connection, kind: kind, body)
        }
    }
}

/// A flag that can be taken once, from any thread.
private final class OnceFlag: Sendable {
    private let isTaken = Mutex(false)

    /// Takes the flag: `true` the first time only.
    func take() -> Bool {
        isTaken.withLock { taken in
            defer { taken = true }
            return !taken
        }
    }
}
