import Foundation

/// Where a keyset page ends: an opaque token a client can hold and hand back for the next
/// page.
///
/// The token carries the sort-key values of the page's last row and the ordering they belong
/// to; a token used with another ordering, or altered, throws
/// ``DatabaseError/Code/invalidValue``.
public struct PageCursor: Sendable, Hashable, CustomStringConvertible {
    /// The token: URL-safe base64, without padding.
    public let token: String

    /// A cursor from a token a client handed back.
    public init(token: String) {
        self.token = token
    }

    /// The token.
    public var description: String { token }

    // MARK: - Encoding

    init(ordering: String, values: [DatabaseValue]) {
        let encoded: [JSONValue] = values.map { value in
            switch value {
            case .null: .array([.string("n")])
            case .integer(let integer): .array([.string("i"), .integer(integer)])
            case .double(let double): .array([.string("f"), .string(String(double.bitPattern))])
            case .text(let text): .array([.string("s"), .string(text)])
            case .bool(let flag): .array([.string("b"), .bool(flag)])
            case .uuid(let uuid): .array([.string("u"), .string(UUIDText.text(of: uuid))])
            case .date(let date):
                .array([.string("d"), .integer(Timestamp.microseconds(since1970: date))])
            case .json, .textArray, .blob: .array([.string("n")])
            }
        }
        let document = JSONValue.object(["o": .string(ordering), "v": .array(encoded)])
        let base64 = Data(document.jsonText.utf8).base64EncodedString().utf8.compactMap {
            byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }
        token = String(decoding: base64, as: UTF8.self)
    }

    /// The sort-key values, checked to belong to `ordering`.
    func values(for ordering: String, count: Int) throws -> [DatabaseValue] {
        var base64: [UInt8] = token.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "-"): UInt8(ascii: "+")
            case UInt8(ascii: "_"): UInt8(ascii: "/")
            default: byte
            }
        }
        base64 += repeatElement(UInt8(ascii: "="), count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: Data(base64)),
            let text = String(data: data, encoding: .utf8),
            let document = try? JSONValue(jsonText: text),
            case .string(let cursorOrdering)? = document["o"],
            case .array(let encoded)? = document["v"]
        else { throw Self.invalid("it is not a cursor Tandem wrote") }
        guard cursorOrdering == ordering, encoded.count == count else {
            throw Self.invalid("it belongs to another ordering")
        }
        return try encoded.map(Self.value)
    }

    private static func value(_ encoded: JSONValue) throws -> DatabaseValue {
        guard case .array(let parts) = encoded, case .string(let tag)? = parts.first else {
            throw invalid("a value is malformed")
        }
        let payload: JSONValue? = parts.count > 1 ? parts[1] : .none
        switch (tag, payload) {
        case ("n", nil): return .null
        case ("i", .integer(let integer)?): return .integer(integer)
        case ("f", .string(let bits)?):
            guard let pattern = UInt64(bits) else { break }
            return .double(Double(bitPattern: pattern))
        case ("s", .string(let text)?): return .text(text)
        case ("b", .bool(let flag)?): return .bool(flag)
        case ("u", .string(let text)?):
            guard let uuid = UUID(uuidString: text) else { break }
            return .uuid(uuid)
        case ("d", .integer(let micros)?):
            return .date(Timestamp.date(microsecondsSince1970: micros))
        default: break
        }
        throw invalid("a value is malformed")
    }

    /// Refuses values that do not fit their sort keys' columns, so that an altered token never
    /// reaches the engine (where the engines would read it differently, or fail mid-transaction).
    static func check(_ values: [DatabaseValue], against columns: [ColumnSchema]) throws {
        for (value, column) in zip(values, columns) {
            let fits: Bool
            switch (value, column.type) {
            case (.null, _): fits = column.isNullable
            case (.uuid, .uuid): fits = true
            case (.date(let date), .timestamp):
                fits = (try? BindingRules.microseconds(date, sql: nil)) != nil
            case (.integer(let integer), .int32): fits = Int32(exactly: integer) != nil
            case (.integer, .int64), (.bool, .bool): fits = true
            case (.double(let double), .double): fits = double.isFinite
            case (.text(let text), .text), (.text(let text), .string):
                fits = !text.utf8.contains(0)
            case (.text(let text), .enumeration(_, let cases)): fits = cases.contains(text)
            default: fits = false
            }
            if !fits { throw invalid("a value does not fit its column \(column.name)") }
        }
    }

    private static func invalid(_ reason: String) -> DatabaseError {
        DatabaseError(.invalidValue, "the page cursor cannot be used: \(reason)")
    }
}

/// One page of a keyset-paginated query.
public struct Page<M: Model>: Sendable {
    /// The page's records, in the query's order.
    public let records: [M]
    /// Where the next page starts, or `nil` when this is the last page.
    public let nextCursor: PageCursor?
}
