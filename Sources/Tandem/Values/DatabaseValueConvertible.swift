/// A Swift type that can be bound to a statement and read back from a row.
///
/// Tandem conforms the standard types (integers, `Double`, `String`, `Bool`, `Data`, `UUID`,
/// `Date`, `[String]`, ``JSONValue`` and optionals of them). A string-backed enum gets the
/// conformance by declaring it:
///
/// ```swift
/// enum Status: String, DatabaseValueConvertible { case draft, published }
/// ```
public protocol DatabaseValueConvertible: Sendable {
    /// The value to bind.
    var databaseValue: DatabaseValue { get }

    /// Converts a stored value.
    ///
    /// - Throws: ``DatabaseError`` with code ``DatabaseError/Code/decodingFailed`` when the
    ///   value cannot represent `Self`.
    init(databaseValue: DatabaseValue) throws

    /// Reads the value at `index` of `row`. The default goes through ``DatabaseValue``;
    /// Tandem's own types read the engine's representation directly.
    static func decode(from row: Row, at index: Int) throws -> Self
}

extension DatabaseValueConvertible {
    /// Reads `row[index]` and converts it with ``init(databaseValue:)``.
    public static func decode(from row: Row, at index: Int) throws -> Self {
        if row.isNull(at: index) { throw row.nullError(at: index, type: Self.self) }
        return try Self(databaseValue: row[index])
    }
}

extension DatabaseValue: DatabaseValueConvertible {
    /// The value itself.
    public var databaseValue: DatabaseValue { self }

    /// Keeps the value as it is.
    public init(databaseValue: DatabaseValue) { self = databaseValue }

    /// Reads the raw value at `index`, NULL included.
    public static func decode(from row: Row, at index: Int) throws -> DatabaseValue {
        row[index]
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// The wrapped value, or NULL.
    public var databaseValue: DatabaseValue {
        switch self {
        case .none: .null
        case .some(let wrapped): wrapped.databaseValue
        }
    }

    /// `nil` for NULL, otherwise the converted value.
    public init(databaseValue: DatabaseValue) throws {
        self = databaseValue.isNull ? nil : try Wrapped(databaseValue: databaseValue)
    }

    /// `nil` for NULL, otherwise the wrapped type's reading.
    public static func decode(from row: Row, at index: Int) throws -> Wrapped? {
        row.isNull(at: index) ? nil : try Wrapped.decode(from: row, at: index)
    }
}

extension DatabaseValueConvertible where Self: RawRepresentable, RawValue == String {
    /// The raw value, as text.
    public var databaseValue: DatabaseValue { .text(rawValue) }

    /// The case whose raw value is the stored text.
    ///
    /// - Throws: ``DatabaseError/Code/decodingFailed`` naming the unknown value.
    public init(databaseValue: DatabaseValue) throws {
        let raw = try databaseValue.stringValue()
        guard let value = Self(rawValue: raw) else {
            throw DatabaseError(
                .decodingFailed, "'\(raw)' is not a case of \(Self.self)")
        }
        self = value
    }

    /// Reads the text at `index` and finds the case with that raw value.
    public static func decode(from row: Row, at index: Int) throws -> Self {
        let raw = try String.decode(from: row, at: index)
        guard let value = Self(rawValue: raw) else {
            throw row.decodingError(at: index, "'\(raw)' is not a case of \(Self.self)")
        }
        return value
    }
}
