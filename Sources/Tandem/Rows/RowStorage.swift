import Foundation

/// Where a ``Row`` reads its values: a live statement, a result set held by the engine's
/// client library, or values copied into memory. Implemented by the drivers.
///
/// Every method takes the row's position in the storage and a column index already checked
/// against ``columnCount``. The typed readers default to converting ``value(row:column:)``;
/// drivers override them to read the engine's representation without an intermediate value.
package protocol RowStorage: AnyObject, Sendable {
    var columnNames: [String] { get }
    var columnCount: Int { get }
    /// Throws when `row` may no longer be read (a cursor moved past it).
    func checkReadable(row: Int) throws
    func isNull(row: Int, column: Int) -> Bool
    func value(row: Int, column: Int) -> DatabaseValue
    func int64(row: Int, column: Int) throws -> Int64
    func double(row: Int, column: Int) throws -> Double
    func string(row: Int, column: Int) throws -> String
    func data(row: Int, column: Int) throws -> Data
    func bool(row: Int, column: Int) throws -> Bool
    func uuid(row: Int, column: Int) throws -> UUID
    func date(row: Int, column: Int) throws -> Date
    func textArray(row: Int, column: Int) throws -> [String]
    func json(row: Int, column: Int) throws -> JSONValue
}

extension RowStorage {
    package var columnCount: Int { columnNames.count }
    package func checkReadable(row: Int) throws {}
    package func int64(row: Int, column: Int) throws -> Int64 {
        try value(row: row, column: column).int64Value()
    }
    package func double(row: Int, column: Int) throws -> Double {
        try value(row: row, column: column).doubleValue()
    }
    package func string(row: Int, column: Int) throws -> String {
        try value(row: row, column: column).stringValue()
    }
    package func data(row: Int, column: Int) throws -> Data {
        try value(row: row, column: column).dataValue()
    }
    package func bool(row: Int, column: Int) throws -> Bool {
        try value(row: row, column: column).boolValue()
    }
    package func uuid(row: Int, column: Int) throws -> UUID {
        try value(row: row, column: column).uuidValue()
    }
    package func date(row: Int, column: Int) throws -> Date {
        try value(row: row, column: column).dateValue()
    }
    package func textArray(row: Int, column: Int) throws -> [String] {
        try value(row: row, column: column).textArrayValue()
    }
    package func json(row: Int, column: Int) throws -> JSONValue {
        try value(row: row, column: column).jsonValue()
    }
}

/// Rows whose values were copied into one flat array, all sharing one list of column names.
package final class ValuesRowStorage: RowStorage {
    package let columnNames: [String]
    package let columnCount: Int
    private let values: [DatabaseValue]

    /// `values` holds the rows one after the other, `columnNames.count` values each.
    package init(columnNames: [String], values: [DatabaseValue]) {
        self.columnNames = columnNames
        self.columnCount = columnNames.count
        self.values = values
    }

    package var rowCount: Int { columnCount == 0 ? 0 : values.count / columnCount }

    package func isNull(row: Int, column: Int) -> Bool {
        values[row * columnCount + column].isNull
    }

    package func value(row: Int, column: Int) -> DatabaseValue {
        values[row * columnCount + column]
    }

    /// Every row of the storage, in order.
    package var rows: [Row] {
        (0..<rowCount).map { Row(storage: self, index: $0) }
    }
}
