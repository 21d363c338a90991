/// What a driver's connection offers the engine-independent core. Not public: users reach a
/// connection only through ``Database`` inside a transaction.
package protocol DriverConnection: AnyObject {
    /// The connection's dialect.
    var dialect: SQLDialect { get }

    /// Starts a transaction of the given kind.
    func begin(_ kind: TransactionKind) throws

    /// Commits the transaction under way.
    func commit() throws

    /// Rolls the transaction under way back.
    func rollback() throws

    /// Runs SQL text that takes no arguments, possibly several statements, without caching.
    func executeScript(_ sql: String) throws

    /// Runs one statement and returns the number of rows it inserted, updated or deleted.
    func execute(_ sql: String, _ arguments: [DatabaseValue]) throws -> Int

    /// Runs one statement and copies every row of its result.
    func fetchAll(_ sql: String, _ arguments: [DatabaseValue]) throws -> [Row]

    /// Runs one statement and turns every row into a value with `transform`, reading each row
    /// in place: no intermediate copy of the values.
    func fetchAll<T>(
        _ sql: String, _ arguments: [DatabaseValue], _ transform: (Row) throws -> T
    ) throws -> [T]

    /// Runs one statement and returns a copy of its first row, if any.
    func fetchOne(_ sql: String, _ arguments: [DatabaseValue]) throws -> Row?

    /// Runs one statement and hands each row to `body` as the engine produces it, without
    /// holding the whole result; `body` returns `false` to stop early.
    func forEachRow(
        _ sql: String, _ arguments: [DatabaseValue], _ body: (Row) throws -> Bool
    ) throws

    /// Inserts rows of `columns.count` values each (`values` holds them one row after the
    /// other) through the engine's bulk path, and returns the number of rows inserted; `nil`
    /// when the engine has no bulk path and the caller should use multi-row INSERTs.
    func copyRows(into table: String, columns: [String], values: [DatabaseValue]) throws -> Int?
}

extension DriverConnection {
    /// No bulk path: the caller writes multi-row INSERTs.
    package func copyRows(
        into table: String, columns: [String], values: [DatabaseValue]
    )
        throws -> Int?
    {
        nil
    }
}
