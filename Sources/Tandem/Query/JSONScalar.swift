/// A value compared with the scalar found at a key path of a JSON column.
///
/// ```swift
/// .json(\.metadata, at: "source", "kind") == "upload"
/// .json(\.metadata, at: "width") >= 1080
/// ```
public enum JSONScalar: Sendable, Hashable {
    /// A JSON string.
    case string(String)
    /// A JSON number compared exactly with an integer.
    case integer(Int64)
    /// A JSON number compared as a double: the stored number is rounded to a double first, on
    /// both engines.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
}

extension JSONScalar: ExpressibleByStringLiteral {
    /// A JSON string.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONScalar: ExpressibleByIntegerLiteral {
    /// A JSON number compared exactly.
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension JSONScalar: ExpressibleByFloatLiteral {
    /// A JSON number.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONScalar: ExpressibleByBooleanLiteral {
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
