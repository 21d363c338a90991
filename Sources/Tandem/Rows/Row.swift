/// One row of a result: its columns by position or by name, raw or converted to Swift types.
///
/// ```swift
/// let rows = try db.fetchAll("SELECT id, email FROM users WHERE is_active = $1", [true])
/// for row in rows {
///     let id = try row.decode(UUID.self, at: 0)
///     let email: String = try row.decode(named: "email")
/// }
/// ```
///
/// Rows returned by ``Database/fetchAll(_:_:)`` and ``Database/fetchOne(_:_:)`` own their
/// values and may leave the transaction. A row handed to the closure of
/// ``Database/forEachRow(_:_:_:)`` reads the engine's current row in place: it is valid only
/// until the closure returns, and reading it later throws ``DatabaseError/Code/misuse``.
public struct Row: Sendable {
    package let storage: any RowStorage
    package let index: Int

    package init(storage: any RowStorage, index: Int) {
        self.storage = storage
        self.index = index
    }

    /// The number of columns.
    public var count: Int { storage.columnCount }

    /// The column names, in order.
    public var columnNames: [String] { storage.columnNames }

    /// The position of the first column called `name`, or `nil`.
    public func index(ofColumn name: String) -> Int? {
        storage.columnNames.firstIndex(of: name)
    }

    /// Whether the column at `index` holds NULL; a streamed row read after its turn reads as
    /// NULL, as through the subscript.
    ///
    /// - Precondition: `index` is less than ``count``.
    public func isNull(at index: Int) -> Bool {
        precondition(index >= 0 && index < count, "column index \(index) out of range")
        guard (try? storage.checkReadable(row: self.index)) != nil else { return true }
        return storage.isNull(row: self.index, column: index)
    }

    /// The raw value at column `index`, in the engine's natural representation.
    ///
    /// - Precondition: `index` is less than ``count``.
    public subscript(index: Int) -> DatabaseValue {
        precondition(index >= 0 && index < count, "column index \(index) out of range")
        guard (try? storage.checkReadable(row: self.index)) != nil else { return .null }
        return storage.value(row: self.index, column: index)
    }

    /// The raw value of the column called `name`, or `nil` when there is no such column.
    public subscript(name: String) -> DatabaseValue? {
        index(ofColumn: name).map { self[$0] }
    }

    /// The value at column `index` converted to `type`.
    ///
    /// - Throws: ``DatabaseError/Code/decodingFailed`` when the value is NULL and `T` is not
    ///   optional, or cannot represent `T`; ``DatabaseError/Code/misuse`` for a bad index.
    public func decode<T: DatabaseValueConvertible>(
        _ type: T.Type = T.self, at index: Int
    ) throws
        -> T
    {
        guard index >= 0 && index < count else {
            throw DatabaseError(.misuse, "column index \(index) out of range 0..<\(count)")
        }
        try storage.checkReadable(row: self.index)
        return try T.decode(from: self, at: index)
    }

    /// The value of the column called `name` converted to `type`.
    ///
    /// - Throws: ``DatabaseError/Code/decodingFailed`` when there is no such column or the
    ///   value cannot represent `T`.
    public func decode<T: DatabaseValueConvertible>(
        _ type: T.Type = T.self, named name: String
    )
        throws -> T
    {
        guard let index = index(ofColumn: name) else {
            throw DatabaseError(.decodingFailed, "no column named \(name)", column: name)
        }
        return try decode(type, at: index)
    }

    // MARK: - For conformances

    /// Reads a non-NULL value with a driver reader, naming the column in any error.
    package func read<T>(
        at column: Int,
        as type: T.Type,
        _ reader: (any RowStorage, Int, Int) throws -> T
    ) throws -> T {
        if storage.isNull(row: index, column: column) {
            throw nullError(at: column, type: type)
        }
        do {
            return try reader(storage, index, column)
        } catch var error as DatabaseError {
            error.column = error.column ?? columnName(at: column)
            // A stored value that cannot be read (malformed JSON, say) is a decoding failure.
            if error.code == .invalidValue { error.code = .decodingFailed }
            throw error
        }
    }

    /// The error for a NULL read as a non-optional type.
    package func nullError<T>(at column: Int, type: T.Type) -> DatabaseError {
        DatabaseError(
            .decodingFailed, "NULL cannot be read as \(T.self)", column: columnName(at: column))
    }

    /// A decoding error that names the column.
    package func decodingError(at column: Int, _ message: String) -> DatabaseError {
        DatabaseError(.decodingFailed, message, column: columnName(at: column))
    }

    private func columnName(at column: Int) -> String {
        column < count ? storage.columnNames[column] : "#\(column)"
    }
}
