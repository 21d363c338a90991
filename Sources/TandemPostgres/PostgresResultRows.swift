import CLibPQ
import Foundation
import Synchronization
import Tandem

/// The rows of one PGresult, read in place and freed when the last row referring to them is
/// gone.
///
/// `@unchecked Sendable`: a PGresult is never modified after libpq builds it, and libpq
/// allows reading one result from several threads.
final class PostgresResultRows: RowStorage, @unchecked Sendable {
    private let result: OpaquePointer
    let columnNames: [String]
    let columnCount: Int
    let rowCount: Int
    private let types: [UInt32]
    /// The receiver libpq may call while reading this result; it must outlive the result.
    private let noticeSink: AnyObject?
    /// For streamed rows: the one row that may be read now (-1: none).
    private let readableRow = Atomic<Int>(-1)
    private let isStreamed: Bool

    /// Wraps `result`, which this object now owns; `columns` reuses a statement's known
    /// column names and types instead of reading them from every result.
    init(
        result: OpaquePointer, columns: PostgresColumns? = nil, isStreamed: Bool = false,
        noticeSink: AnyObject? = nil
    ) {
        self.result = result
        self.noticeSink = noticeSink
        self.isStreamed = isStreamed
        let columns = columns ?? PostgresColumns(describing: result)
        columnNames = columns.names
        types = columns.types
        columnCount = columns.names.count
        rowCount = Int(PQntuples(result))
    }

    deinit {
        PQclear(result)
    }

    var rows: [Row] {
        (0..<rowCount).map { Row(storage: self, index: $0) }
    }

    /// The streamed row at `index`; rows handed out before stop being readable.
    func streamRow(at index: Int) -> Row {
        readableRow.store(index, ordering: .relaxed)
        return Row(storage: self, index: index)
    }

    /// Makes every streamed row unreadable.
    func expire() {
        readableRow.store(-1, ordering: .relaxed)
    }

    func checkReadable(row: Int) throws {
        guard !isStreamed || readableRow.load(ordering: .relaxed) == row else {
            throw DatabaseError(.misuse, "a streamed row was read after its cursor moved on")
        }
    }

    func isNull(row: Int, column: Int) -> Bool {
        PQgetisnull(result, Int32(row), Int32(column)) == 1
    }

    private func text(_ row: Int, _ column: Int) -> (UnsafePointer<CChar>, Int) {
        let pointer = PQgetvalue(result, Int32(row), Int32(column))!
        return (UnsafePointer(pointer), Int(PQgetlength(result, Int32(row), Int32(column))))
    }

    private func string(_ row: Int, _ column: Int) -> String {
        let (pointer, count) = text(row, column)
        return pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    func value(row: Int, column: Int) -> DatabaseValue {
        if isNull(row: row, column: column) { return .null }
        let (pointer, count) = text(row, column)
        typealias OID = PostgresValueFormat.TypeOID
        switch types[column] {
        case OID.bool:
            return .bool(pointer.pointee == CChar(UInt8(ascii: "t")))
        case OID.int2, OID.int4, OID.int8, OID.oid:
            return PostgresValueFormat.int64(pointer, count: count).map { .integer($0) }
                ?? .text(string(row, column))
        case OID.float4, OID.float8, OID.numeric:
            return Double(string(row, column)).map { .double($0) } ?? .text(string(row, column))
        case OID.bytea:
            return PostgresValueFormat.bytea(hex: pointer, count: count).map { .blob($0) }
                ?? .text(string(row, column))
        case OID.uuid:
            return (try? uuid(row: row, column: column)).map { .uuid($0) }
                ?? .text(string(row, column))
        case OID.timestamptz, OID.timestamp:
            return (try? date(row: row, column: column)).map { .date($0) }
                ?? .text(string(row, column))
        case OID.json, OID.jsonb:
            return (try? JSONValue(jsonText: string(row, column))).map { .json($0) }
                ?? .text(string(row, column))
        case OID.textArray, OID.varcharArray:
            return PostgresValueFormat.textArray(literal: pointer, count: count)
                .map { .textArray($0) } ?? .text(string(row, column))
        default:
            return .text(string(row, column))
        }
    }

    func int64(row: Int, column: Int) throws -> Int64 {
        let (pointer, count) = text(row, column)
        switch types[column] {
        case PostgresValueFormat.TypeOID.int2, PostgresValueFormat.TypeOID.int4,
            PostgresValueFormat.TypeOID.int8:
            if let value = PostgresValueFormat.int64(pointer, count: count) { return value }
        default: break
        }
        return try value(row: row, column: column).int64Value()
    }

    func string(row: Int, column: Int) throws -> String {
        switch types[column] {
        case PostgresValueFormat.TypeOID.bytea:
            return try value(row: row, column: column).stringValue()
        default:
            return string(row, column)
        }
    }

    func bool(row: Int, column: Int) throws -> Bool {
        if types[column] == PostgresValueFormat.TypeOID.bool {
            return text(row, column).0.pointee == CChar(UInt8(ascii: "t"))
        }
        return try value(row: row, column: column).boolValue()
    }

    func uuid(row: Int, column: Int) throws -> UUID {
        let (pointer, count) = text(row, column)
        let parsed = pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
            UUIDText.uuid(utf8: $0, count: count)
        }
        if let parsed { return parsed }
        throw DatabaseError(.decodingFailed, "cannot read \(count) bytes of text as UUID")
    }

    func date(row: Int, column: Int) throws -> Date {
        let (pointer, count) = text(row, column)
        let micros = pointer.withMemoryRebound(to: UInt8.self, capacity: count + 1) {
            Timestamp.parseMicroseconds(utf8: $0)
        }
        if let micros { return Timestamp.date(microsecondsSince1970: micros) }
        if types[column] == PostgresValueFormat.TypeOID.timestamptz
            || types[column] == PostgresValueFormat.TypeOID.timestamp
        {
            throw DatabaseError(.decodingFailed, "cannot read a timestamp outside years 1–9999")
        }
        return try value(row: row, column: column).dateValue()
    }

    func json(row: Int, column: Int) throws -> JSONValue {
        switch types[column] {
        case PostgresValueFormat.TypeOID.json, PostgresValueFormat.TypeOID.jsonb:
            let (pointer, count) = text(row, column)
            return try pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
                try JSONValue(utf8: UnsafeBufferPointer(start: $0, count: count))
            }
        default:
            return try value(row: row, column: column).jsonValue()
        }
    }

    func textArray(row: Int, column: Int) throws -> [String] {
        let (pointer, count) = text(row, column)
        if let strings = PostgresValueFormat.textArray(literal: pointer, count: count) {
            return strings
        }
        return try value(row: row, column: column).textArrayValue()
    }
}
