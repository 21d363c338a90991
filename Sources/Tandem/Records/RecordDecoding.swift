import Foundation

/// The `Decoder` a model's `init(from:)` reads: a keyed container over one row.
struct RecordDecoding<M: Model>: Decoder {
    let decoder: RecordDecoder<M>

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordContainer<M, Key>(decoder: decoder))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: [], debugDescription: "a record is keyed by property"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            M.self, .init(codingPath: [], debugDescription: "a record is keyed by property"))
    }
}

/// Reads properties from the row's columns, by position, with Tandem's own conversions.
struct RecordContainer<M: Model, Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: RecordDecoder<M>

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { decoder.layout.columns.compactMap { Key(stringValue: $0.propertyName) } }

    func contains(_ key: Key) -> Bool {
        decoder.layout.positions[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let position = decoder.position(of: key) else { return true }
        return decoder.row.isNull(at: position)
    }

    // MARK: - Values

    private func read<T: DatabaseValueConvertible>(_ type: T.Type, _ key: Key) throws -> T {
        guard let position = decoder.position(of: key) else { throw missing(key) }
        return try T.decode(from: decoder.row, at: position)
    }

    private func readIfPresent<T: DatabaseValueConvertible>(
        _ type: T.Type, _ key: Key
    ) throws
        -> T?
    {
        guard let position = decoder.position(of: key), !decoder.row.isNull(at: position) else {
            return nil
        }
        return try T.decode(from: decoder.row, at: position)
    }

    /// Decodes through ``DatabaseValueConvertible``, with direct paths for the common types.
    private func readAny<T: Decodable>(_ type: T.Type, _ key: Key, optional: Bool) throws -> T? {
        if T.self == UUID.self {
            return try optional ? readIfPresent(UUID.self, key) as? T : read(UUID.self, key) as? T
        }
        if T.self == Date.self {
            return try optional ? readIfPresent(Date.self, key) as? T : read(Date.self, key) as? T
        }
        if T.self == [String].self {
            return try optional
                ? readIfPresent([String].self, key) as? T : read([String].self, key) as? T
        }
        guard let convertible = T.self as? any DatabaseValueConvertible.Type else {
            throw DatabaseError(
                .decodingFailed, "\(T.self) is not a type Tandem stores in a column",
                column: key.stringValue)
        }
        let value = try optional ? readIfPresent(convertible, key) : read(convertible, key)
        return value as? T
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
        guard let value = try readAny(type, key, optional: false) else { throw missing(key) }
        return value
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
        try readAny(type, key, optional: true)
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

    func superDecoder() throws -> any Decoder { RecordDecoding(decoder: decoder) }

    func superDecoder(forKey key: Key) throws -> any Decoder { RecordDecoding(decoder: decoder) }
}
