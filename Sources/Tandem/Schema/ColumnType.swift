/// The logical type of a column, mapped to each engine by its dialect (see
/// `Docs/Dialects.md`).
public enum ColumnType: Hashable, Sendable {
    /// A UUID: `uuid` on PostgreSQL, checked canonical text on SQLite.
    case uuid
    /// Text of at most `maxLength` characters, enforced on both engines.
    case string(maxLength: Int)
    /// Text of any length.
    case text
    /// A 64-bit integer.
    case int64
    /// A 32-bit integer, range-checked on both engines.
    case int32
    /// A boolean.
    case bool
    /// A double-precision float.
    case double
    /// An instant in UTC with microsecond precision.
    case timestamp
    /// A JSON document, validated on both engines.
    case json
    /// An array of strings.
    case stringArray
    /// One of a fixed set of strings, stored as the string and checked on both engines.
    case enumeration(name: String, values: [String])

    /// A short name for messages: `string(255)`, `enum SubscriptionTier`…
    public var displayName: String {
        switch self {
        case .uuid: "uuid"
        case .string(let maxLength): "string(\(maxLength))"
        case .text: "text"
        case .int64: "int64"
        case .int32: "int32"
        case .bool: "bool"
        case .double: "double"
        case .timestamp: "timestamp"
        case .json: "json"
        case .stringArray: "[string]"
        case .enumeration(let name, _): "enum \(name)"
        }
    }
}
