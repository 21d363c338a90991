/// A database that code can read and write without knowing which engine stores it.
///
/// `SQLiteStorage` and `PostgresStorage` both conform, so the same code runs on an in-memory
/// SQLite in tests and on PostgreSQL in production:
///
/// ```swift
/// func register(email: String, in storage: any Storage) async throws -> Int {
///     try await storage.write { db in
///         try db.execute("INSERT INTO users (email) VALUES ($1)", [.text(email)])
///         return try db.fetchOne("SELECT count(*) FROM users")!.decode(at: 0)
///     }
/// }
/// ```
///
/// All work happens in transactions. The closure runs synchronously on the connection's own
/// thread, with one hop from the caller per transaction, never one per statement. When the
/// closure throws, the transaction rolls back and nothing of it remains; otherwise it commits.
public protocol Storage: AnyObject, Sendable {
    /// The dialect of the engine behind this storage.
    var dialect: SQLDialect { get }

    /// Runs `body` in a read-only transaction and returns its result.
    ///
    /// Writing inside throws ``DatabaseError/Code/readOnlyTransaction``.
    @discardableResult
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T

    /// Runs `body` in a transaction that may write, commits when it returns and rolls back
    /// when it throws.
    @discardableResult
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T

    /// Closes every connection. Calls made afterwards throw
    /// ``DatabaseError/Code/storageClosed``; a transaction under way finishes first.
    func close() async
}
