import Foundation

/// The `Decoder` a model's `init(from:)` reads: a keyed container over one row.
struct RecordDecoding: Decoder {
    let reader: RecordReader

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordContainer<Key>(reader: reader))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: [], debugDescription: "a record is keyed by property"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            [String: Any].self,
            .init(codingPath: [], debugDescription: "a record is keyed by property"))
    }
}

/// Reads properties from the row's columns, by position, with Tandem's own conversions.
struct RecordContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: RecordReader

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { reader.propertyNames.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        reader.positions[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let position = reader.position(ofKey: key.stringValue) else { return true }
        return reader.row.isNull(at: position)
    }

    // MARK: - Values

    private func read<T: DatabaseValueConvertible>(_ type: T.Type, _ key: Key) throws -> T {
        guard let position = reader.position(ofKey: key.stringValue) else { throw missing(key) }
        return try T.decode(from: reader.row, at: position)
    }

    private func readIfPresent<T: DatabaseValueConvertible>(
        _ type: T.Type, _ key: Key
    ) throws
        -> T?
    {
        guard let position = reader.position(ofKey: key.stringValue),
            !reader.row.isNull(at: position)
        else { return nil }
        return try T.decode(from: reader.row, at: position)
    }

    /// Decodes a property of a type Tandem converts, with direct paths for the common types.
    ///
    /// Each bit cast below converts a type to itself: its branch has just checked `T`.
    private func readAny<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        if T.self == UUID.self { return unsafeBitCast(try read(UUID.self, key), to: T.self) }
        if T.self == Date.self { return unsafeBitCast(try read(Date.self, key), to: T.self) }
        if T.self == [String].self {
            return unsafeBitCast(try read([String].self, key), to: T.self)
        }
        guard let position = reader.position(ofKey: key.stringValue) else { throw missing(key) }
        return try converted(T.self, key, at: position)
    }

    /// Like ``readAny(_:_:)``, `nil` for NULL or a missing column.
    private func readAnyIfPresent<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        if T.self == UUID.self {
            guard let value = try readIfPresent(UUID.self, key) else { return nil }
            return unsafeBitCast(value, to: T.self)
        }
        if T.self == Date.self {
            guard let value = try readIfPresent(Date.self, key) else { return nil }
            return unsafeBitCast(value, to: T.self)
        }
        guard let position = reader.position(ofKey: key.stringValue),
            !reader.row.isNull(at: position)
        else { return nil }
        return try converted(T.self, key, at: position)
    }

    private func converted<T>(_ type: T.Type, _ key: Key, at position: Int) throws -> T {
        guard let convertible = reader.convertible(for: T.self) else {
            throw DatabaseError(
                .decodingFailed, "\(T.self) is not a type Tandem stores in a column",
                column: key.stringValue)
        }
        return try Self.decode(convertible, as: T.self, from: reader.row, at: position)
    }

    /// Decodes with the conversion `C`, which is `T` itself.
    private static func decode<C: DatabaseValueConvertible, T>(
        _ convertible: C.Type, as type: T.Type, from row: Row, at position: Int
    ) throws -> T {
        guard C.self == T.self else {
            throw DatabaseError(.decodingFailed, "\(C.self) is not \(T.self)")
        }
        // `C` is `T`: the guard has just checked it.
        return unsafeBitCast(try C.decode(from: row, at: position), to: T.self)
    }

    private func missing(_ key: Key) -> DatabaseError {
        DatabaseError(
            .decodingFailed, "the row has no column for the property \(key.stringValue)",
            column: key.stringValue)
    }

    private func narrowed<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T {
        let wide = try read(Int64.self, key)
        guard let value = T(exactly: wide) else {
            throw DatabaseError(
                .decodingFailed, "\(wide) does not fit in \(T.self)", column: key.stringValue)
        }
        return value
    }

    private func narrowedIfPresent<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let wide = try readIfPresent(Int64.self, key) else { return nil }
        guard let value = T(exactly: wide) else {
            throw DatabaseError(
                .decodingFailed, "\(wide) does not fit in \(T.self)", column: key.stringValue)
        }
        return value
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        Float(try read(Double.self, key))
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try narrowed(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try narrowed(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try narrowed(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try narrowed(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try narrowed(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try narrowed(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try narrowed(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try readAny(type, key)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try readIfPresent(type, key)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try readIfPresent(type, key)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try readIfPresent(type, key)
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try readIfPresent(Double.self, key).map(Float.init)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try readIfPresent(type, key)
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try readIfPresent(type, key)
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try readIfPresent(type, key)
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try narrowedIfPresent(type, key)
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try readAnyIfPresent(type, key)
    }

    // MARK: - Nesting

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DatabaseError(
            .decodingFailed, "nested containers are not stored in columns",
            column: key.stringValue)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DatabaseError(
            .decodingFailed, "nested containers are not stored in columns",
            column: key.stringValue)
    }

    func superDecoder() throws -> any Decoder { RecordDecoding(reader: reader) }

    func superDecoder(forKey key: Key) throws -> any Decoder { RecordDecoding(reader: reader) }
}
