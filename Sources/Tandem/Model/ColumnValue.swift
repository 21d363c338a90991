import Foundation

/// A Swift type a model property can have, with the column type it maps to.
///
/// Optionals map to nullable columns of the wrapped type. A string-backed enum becomes an
/// enumeration column by conforming to ``DatabaseEnum``.
public protocol ColumnValue: DatabaseValueConvertible {
    /// The column type a property of this type gets unless the schema says otherwise.
    static var columnType: ColumnType { get }
    /// Whether the property may hold `nil`, making the column nullable.
    static var isOptional: Bool { get }
}

extension ColumnValue {
    /// Non-optional by default.
    public static var isOptional: Bool { false }
}

extension UUID: ColumnValue {
    /// `uuid`.
    public static var columnType: ColumnType { .uuid }
}
extension String: ColumnValue {
    /// `text`; declare `maxLength:` for a bounded string.
    public static var columnType: ColumnType { .text }
}
extension Int: ColumnValue {
    /// `int64`; declare `type: .int32` for a 32-bit column.
    public static var columnType: ColumnType { .int64 }
}
extension Int64: ColumnValue {
    /// `int64`.
    public static var columnType: ColumnType { .int64 }
}
extension Int32: ColumnValue {
    /// `int32`.
    public static var columnType: ColumnType { .int32 }
}
extension Bool: ColumnValue {
    /// `bool`.
    public static var columnType: ColumnType { .bool }
}
extension Double: ColumnValue {
    /// `double`.
    public static var columnType: ColumnType { .double }
}
extension Date: ColumnValue {
    /// `timestamp`.
    public static var columnType: ColumnType { .timestamp }
}
extension JSONValue: ColumnValue {
    /// `json`.
    public static var columnType: ColumnType { .json }
}
extension Array: ColumnValue where Element == String {
    /// `[string]`.
    public static var columnType: ColumnType { .stringArray }
}
extension Optional: ColumnValue where Wrapped: ColumnValue {
    /// The wrapped type's column type.
    public static var columnType: ColumnType { Wrapped.columnType }
    /// Always `true`.
    public static var isOptional: Bool { true }
}
