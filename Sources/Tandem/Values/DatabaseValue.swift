import Foundation

/// A value bound to a statement or read from a row.
///
/// The first five cases are the storage classes every engine has. The others are the logical
/// types whose encoding differs between engines; each driver stores them in its own way (see
/// `Docs/Dialects.md`) so that a value written through one engine reads back equal through the
/// other.
public enum DatabaseValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A double-precision float.
    case double(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob(Data)
    /// A boolean: `boolean` on PostgreSQL, 0 or 1 on SQLite.
    case bool(Bool)
    /// A UUID: `uuid` on PostgreSQL, lowercase canonical text on SQLite.
    case uuid(UUID)
    /// An instant in UTC with microsecond precision: `timestamptz` on PostgreSQL, microseconds
    /// since 1970 on SQLite.
    case date(Date)
    /// A JSON document: `jsonb` on PostgreSQL, validated JSON text on SQLite.
    case json(JSONValue)
    /// An array of strings: `text[]` on PostgreSQL, a JSON array on SQLite.
    case textArray([String])

    /// Whether the value is SQL NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension DatabaseValue: ExpressibleByNilLiteral {
    /// Creates SQL NULL from `nil`.
    public init(nilLiteral: ()) { self = .null }
}

extension DatabaseValue: ExpressibleByIntegerLiteral {
    /// Creates an integer value from a literal.
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension DatabaseValue: ExpressibleByFloatLiteral {
    /// Creates a double value from a literal.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension DatabaseValue: ExpressibleByStringLiteral {
    /// Creates a text value from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension DatabaseValue: ExpressibleByBooleanLiteral {
    /// Creates a boolean value from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension DatabaseValue: CustomStringConvertible {
    /// The kind of value, without its content, so that descriptions never leak data.
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer: "integer"
        case .double: "double"
        case .text: "text"
        case .blob: "blob"
        case .bool: "bool"
        case .uuid: "uuid"
        case .date: "date"
        case .json: "json"
        case .textArray: "text array"
        }
    }
}
