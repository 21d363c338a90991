import Tandem

/// A ``Storage`` over PostgreSQL, through libpq, with a bounded pool of connections.
///
/// ```swift
/// let storage = try await PostgresStorage(url: "postgres://app@db.internal/app")
/// ```
///
/// Every libpq call runs on the connection's own thread, never on Swift's cooperative pool.
/// When the server restarts, the pool recovers by itself: a transaction that was cut off
/// fails with ``DatabaseError/Code/connectionLost`` (the server rolled it back) and the next
/// one gets a fresh connection.
public final class PostgresStorage: Storage {
    /// Always ``SQLDialect/postgresql``.
    public let dialect = SQLDialect.postgresql
    /// The settings the storage was opened with.
    public let configuration: PostgresConfiguration
    private let pool: ConnectionPool<PostgresConnection>

    /// Connects to the server at `url` with the default configuration.
    ///
    /// - Throws: ``DatabaseError`` with code ``DatabaseError/Code/invalidURL`` for a malformed
    ///   URL, ``DatabaseError/Code/connectionFailed`` when the server cannot be reached or
    ///   refuses the credentials.
    public convenience init(url: String) async throws {
        try await self.init(configuration: PostgresConfiguration(connectionString: url))
    }

    /// Connects with `configuration`; opens one connection now to check that it works.
    public init(configuration: PostgresConfiguration) async throws {
        try PostgresConnectionString.validate(configuration.connectionString)
        guard configuration.maximumConnections > 0 else {
            throw DatabaseError(.misuse, "maximumConnections must be at least 1")
        }
        self.configuration = configuration
        pool = ConnectionPool(maximumCount: configuration.maximumConnections) {
            try await ConnectionQueue.detached {
                try PostgresConnection(configuration: configuration)
            }
        }
        let first = try await pool.acquire()
        _ = pool.release(first, isBroken: false)
    }

    /// Runs `body` in a read-only transaction on a pooled connection.
    @discardableResult
    public func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await run(.read, body)
    }

    /// Runs `body` in a transaction that may write; commits when it returns.
    @discardableResult
    public func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await run(.write, body)
    }

    /// Closes every connection; later calls throw `storageClosed`.
    public func close() async {
        for connection in pool.close() {
            try? await connection.queue.run { connection.close() }
        }
    }

    private func run<T: Sendable>(
        _ kind: TransactionKind, _ body: @Sendable (Database) throws -> T
    ) async throws -> T {
        let connection = try await pool.acquire()
        defer {
            if pool.release(connection, isBroken: connection.isBroken) {
                connection.queue.schedule { connection.close() }
            }
        }
        return try await connection.queue.run {
            try Database.transaction(on: connection, kind: kind, body)
        }
    }
}
