import CSQLite
import Foundation
import Synchronization
import Tandem

/// The current row of a statement being stepped, read in place.
///
/// `@unchecked Sendable`: a row is read on the connection's queue while its cursor is on it;
/// the generation counter makes a read through a row the cursor has left throw instead of
/// returning another row's data.
final class SQLiteStatementRows: RowStorage, @unchecked Sendable {
    private let statement: SQLiteStatement
    private let handle: OpaquePointer
    private let generation = Atomic<Int>(0)
    let columnNames: [String]
    let columnCount: Int

    init(statement: SQLiteStatement) {
        self.statement = statement
        self.handle = statement.handle
        self.columnNames = statement.columnNames
        self.columnCount = statement.columnNames.count
    }

    /// The row at the cursor now; rows handed out earlier stop being readable.
    func advance() -> Row {
        let current = generation.add(1, ordering: .relaxed).newValue
        return Row(storage: self, index: current)
    }

    /// Makes every row handed out unreadable.
    func invalidate() {
        generation.add(1, ordering: .relaxed)
    }

    func checkReadable(row: Int) throws {
        guard row == generation.load(ordering: .relaxed) else {
            throw DatabaseError(
                .misuse, "a streamed row was read after its cursor moved on", sql: statement.sql)
        }
    }

    func isNull(row: Int, column: Int) -> Bool {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL
    }

    func value(row: Int, column: Int) -> DatabaseValue {
        Self.value(of: handle, column: Int32(column))
    }

    /// The value of `column` in the current row of `handle`, copied.
    static func value(of handle: OpaquePointer, column: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(handle, column))
        case SQLITE_TEXT: return .text(text(of: handle, column: column))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count > 0, let bytes = sqlite3_column_blob(handle, column) else {
                return .blob(Data())
            }
            return .blob(Data(bytes: bytes, count: count))
        default: return .null
        }
    }

    private static func text(of handle: OpaquePointer, column: Int32) -> String {
        guard let characters = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
    }

    private func isType(_ type: Int32, _ column: Int) -> Bool {
        sqlite3_column_type(handle, Int32(column)) == type
    }

    func int64(row: Int, column: Int) throws -> Int64 {
        if isType(SQLITE_INTEGER, column) { return sqlite3_column_int64(handle, Int32(column)) }
        return try value(row: row, column: column).int64Value()
    }

    func double(row: Int, column: Int) throws -> Double {
        if isType(SQLITE_FLOAT, column) { return sqlite3_column_double(handle, Int32(column)) }
        return try value(row: row, column: column).doubleValue()
    }

    func string(row: Int, column: Int) throws -> String {
        if isType(SQLITE_TEXT, column) { return Self.text(of: handle, column: Int32(column)) }
        return try value(row: row, column: column).stringValue()
    }

    func bool(row: Int, column: Int) throws -> Bool {
        if isType(SQLITE_INTEGER, column) {
            switch sqlite3_column_int64(handle, Int32(column)) {
            case 0: return false
            case 1: return true
            default: break
            }
        }
        return try value(row: row, column: column).boolValue()
    }

    func uuid(row: Int, column: Int) throws -> UUID {
        if isType(SQLITE_TEXT, column), let characters = sqlite3_column_text(handle, Int32(column)),
            let uuid = UUIDText.uuid(
                utf8: characters, count: Int(sqlite3_column_bytes(handle, Int32(column))))
        {
            return uuid
        }
        return try value(row: row, column: column).uuidValue()
    }

    func textArray(row: Int, column: Int) throws -> [String] {
        if isType(SQLITE_TEXT, column), let characters = sqlite3_column_text(handle, Int32(column))
        {
            let count = Int(sqlite3_column_bytes(handle, Int32(column)))
            if let strings = JSONStringArray.parse(
                UnsafeBufferPointer(start: characters, count: count))
            {
                return strings
            }
        }
        return try value(row: row, column: column).textArrayValue()
    }

    func json(row: Int, column: Int) throws -> JSONValue {
        if isType(SQLITE_TEXT, column), let characters = sqlite3_column_text(handle, Int32(column))
        {
            let count = Int(sqlite3_column_bytes(handle, Int32(column)))
            return try JSONValue(utf8: UnsafeBufferPointer(start: characters, count: count))
        }
        return try value(row: row, column: column).jsonValue()
    }

    func date(row: Int, column: Int) throws -> Date {
        if isType(SQLITE_INTEGER, column) {
            return Timestamp.date(
                microsecondsSince1970: sqlite3_column_int64(handle, Int32(column)))
        }
        return try value(row: row, column: column).dateValue()
    }
}
