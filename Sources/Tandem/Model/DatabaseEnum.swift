/// A string-backed enum stored as its raw value, in a column that refuses other values on
/// both engines.
///
/// ```swift
/// enum ContentStatus: String, DatabaseEnum { case draft, ready, published, archived }
/// ```
public protocol DatabaseEnum: ColumnValue, RawRepresentable, CaseIterable
where RawValue == String {}

extension DatabaseEnum {
    /// An enumeration of the raw values, in declaration order.
    public static var columnType: ColumnType {
        .enumeration(name: String(describing: Self.self), values: allCases.map(\.rawValue))
    }
}
