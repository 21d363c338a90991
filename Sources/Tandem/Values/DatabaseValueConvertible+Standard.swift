import Foundation

extension Int64: DatabaseValueConvertible {
    /// The integer.
    public var databaseValue: DatabaseValue { .integer(self) }
    /// Reads an integer.
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.int64Value() }
    /// Reads an integer straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Int64 {
        try row.read(at: index, as: Self.self) { try $0.int64(row: $1, column: $2) }
    }
}

extension Int: DatabaseValueConvertible {
    /// The integer, as 64 bits.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// Reads an integer.
    public init(databaseValue: DatabaseValue) throws {
        self = Int(try databaseValue.int64Value())
    }
    /// Reads an integer straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Int {
        Int(try Int64.decode(from: row, at: index))
    }
}

extension Int32: DatabaseValueConvertible {
    /// The integer, as 64 bits.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// Reads an integer that fits in 32 bits.
    public init(databaseValue: DatabaseValue) throws {
        let wide = try databaseValue.int64Value()
        guard let value = Int32(exactly: wide) else { throw databaseValue.decodingError("Int32") }
        self = value
    }
    /// Reads an integer that fits in 32 bits straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Int32 {
        let wide = try Int64.decode(from: row, at: index)
        guard let value = Int32(exactly: wide) else {
            throw row.decodingError(at: index, "\(wide) does not fit in Int32")
        }
        return value
    }
}

extension Double: DatabaseValueConvertible {
    /// The double.
    public var databaseValue: DatabaseValue { .double(self) }
    /// Reads a double (or an integer, widened).
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.doubleValue() }
    /// Reads a double straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Double {
        try row.read(at: index, as: Self.self) { try $0.double(row: $1, column: $2) }
    }
}

extension String: DatabaseValueConvertible {
    /// The text.
    public var databaseValue: DatabaseValue { .text(self) }
    /// Reads text.
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.stringValue() }
    /// Reads text straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> String {
        try row.read(at: index, as: Self.self) { try $0.string(row: $1, column: $2) }
    }
}

extension Bool: DatabaseValueConvertible {
    /// The boolean.
    public var databaseValue: DatabaseValue { .bool(self) }
    /// Reads a boolean (0 or 1 on SQLite).
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.boolValue() }
    /// Reads a boolean straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Bool {
        try row.read(at: index, as: Self.self) { try $0.bool(row: $1, column: $2) }
    }
}

extension Data: DatabaseValueConvertible {
    /// The bytes, as a blob.
    public var databaseValue: DatabaseValue { .blob(self) }
    /// Reads a blob.
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.dataValue() }
    /// Reads a blob straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Data {
        try row.read(at: index, as: Self.self) { try $0.data(row: $1, column: $2) }
    }
}

extension UUID: DatabaseValueConvertible {
    /// The UUID.
    public var databaseValue: DatabaseValue { .uuid(self) }
    /// Reads a UUID.
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.uuidValue() }
    /// Reads a UUID straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> UUID {
        try row.read(at: index, as: Self.self) { try $0.uuid(row: $1, column: $2) }
    }
}

extension Date: DatabaseValueConvertible {
    /// The instant.
    public var databaseValue: DatabaseValue { .date(self) }
    /// Reads an instant.
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.dateValue() }
    /// Reads an instant straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> Date {
        try row.read(at: index, as: Self.self) { try $0.date(row: $1, column: $2) }
    }
}

extension Array: DatabaseValueConvertible where Element == String {
    /// The strings, as a text array.
    public var databaseValue: DatabaseValue { .textArray(self) }
    /// Reads a text array.
    public init(databaseValue: DatabaseValue) throws {
        self = try databaseValue.textArrayValue()
    }
    /// Reads a text array straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> [String] {
        try row.read(at: index, as: Self.self) { try $0.textArray(row: $1, column: $2) }
    }
}

extension JSONValue: DatabaseValueConvertible {
    /// The document, as JSON.
    public var databaseValue: DatabaseValue { .json(self) }
    /// Reads a JSON document.
    public init(databaseValue: DatabaseValue) throws { self = try databaseValue.jsonValue() }
    /// Reads a JSON document straight from the row.
    public static func decode(from row: Row, at index: Int) throws -> JSONValue {
        try row.read(at: index, as: Self.self) { try $0.json(row: $1, column: $2) }
    }
}
