import Foundation
import Tandem

/// PostgreSQL's text format for parameters and results, as Tandem uses it.
enum PostgresValueFormat {
    /// Type OIDs Tandem reads into a ``DatabaseValue`` case other than text.
    enum TypeOID {
        static let bool: UInt32 = 16
        static let bytea: UInt32 = 17
        static let int8: UInt32 = 20
        static let int2: UInt32 = 21
        static let int4: UInt32 = 23
        static let oid: UInt32 = 26
        static let json: UInt32 = 114
        static let float4: UInt32 = 700
        static let float8: UInt32 = 701
        static let textArray: UInt32 = 1009
        static let varcharArray: UInt32 = 1015
        static let timestamp: UInt32 = 1114
        static let timestamptz: UInt32 = 1184
        static let numeric: UInt32 = 1700
        static let uuid: UInt32 = 2950
        static let jsonb: UInt32 = 3802
    }

    // MARK: - Encoding parameters

    /// Appends the text form of `value` and a terminating NUL to `buffer`; returns `false`
    /// for NULL (nothing appended).
    ///
    /// - Throws: ``DatabaseError/Code/invalidValue`` for text holding a NUL character, which
    ///   PostgreSQL cannot store.
    static func append(_ value: DatabaseValue, to buffer: inout [UInt8]) throws -> Bool {
        switch value {
        case .null:
            return false
        case .integer(let integer):
            buffer.append(contentsOf: String(integer).utf8)
        case .double(let double):
            try BindingRules.check(double, sql: nil)
            if double.isInfinite {
                buffer.append(contentsOf: (double < 0 ? "-Infinity" : "Infinity").utf8)
            } else {
                buffer.append(contentsOf: "\(double)".utf8)
            }
        case .text(let text):
            try appendText(text, to: &buffer)
        case .blob(let data):
            let digits = Array("0123456789abcdef".utf8)
            buffer.append(contentsOf: "\\x".utf8)
            buffer.reserveCapacity(buffer.count + data.count * 2 + 1)
            for byte in data {
                buffer.append(digits[Int(byte >> 4)])
                buffer.append(digits[Int(byte & 0x0F)])
            }
        case .bool(let flag):
            buffer.append(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        case .uuid(let uuid):
            buffer.append(contentsOf: UUIDText.text(of: uuid).utf8)
        case .date(let date):
            let micros = try BindingRules.microseconds(date, sql: nil)
            buffer.append(contentsOf: Timestamp.postgresText(microsecondsSince1970: micros).utf8)
        case .json(let json):
            try BindingRules.check(json, sql: nil)
            let text = json.jsonText
            if TextRules.containsEscapedNUL(text) { throw nulError }
            try appendText(text, to: &buffer)
        case .textArray(let strings):
            buffer.append(UInt8(ascii: "{"))
            for (index, string) in strings.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.append(UInt8(ascii: "\""))
                for byte in string.utf8 {
                    if byte == 0 { throw nulError }
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                        buffer.append(UInt8(ascii: "\\"))
                    }
                    buffer.append(byte)
                }
                buffer.append(UInt8(ascii: "\""))
            }
            buffer.append(UInt8(ascii: "}"))
        }
        buffer.append(0)
        return true
    }

    private static let nulError = TextRules.nulError(sql: nil)

    private static func appendText(_ text: String, to buffer: inout [UInt8]) throws {
        let start = buffer.count
        buffer.append(contentsOf: text.utf8)
        if buffer[start...].contains(0) { throw nulError }
    }

    // MARK: - Decoding results

    /// Parses an array literal such as `{a,"b c",NULL}`; `nil` when malformed or holding NULL.
    static func textArray(literal p: UnsafePointer<CChar>, count: Int) -> [String]? {
        let bytes = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self)
        guard count >= 2, bytes[0] == UInt8(ascii: "{"), bytes[count - 1] == UInt8(ascii: "}")
        else { return nil }
        if count == 2 { return [] }
        var elements: [String] = []
        var index = 1
        var element: [UInt8] = []
        while index < count - 1 {
            element.removeAll(keepingCapacity: true)
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while index < count - 1, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    element.append(bytes[index])
                    index += 1
                }
                index += 1
            } else {
                while index < count - 1, bytes[index] != UInt8(ascii: ",") {
                    element.append(bytes[index])
                    index += 1
                }
                if element == Array("NULL".utf8) { return nil }
            }
            elements.append(String(decoding: element, as: UTF8.self))
            if index < count - 1 {
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
        }
        return elements
    }

    /// Decodes `bytea` hex output (`\x0a1b…`).
    static func bytea(hex p: UnsafePointer<CChar>, count: Int) -> Data? {
        let bytes = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self)
        guard count >= 2, bytes[0] == UInt8(ascii: "\\"), bytes[1] == UInt8(ascii: "x"),
            count % 2 == 0
        else { return nil }
        func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: byte - 48
            case 97...102: byte - 87
            case 65...70: byte - 55
            default: nil
            }
        }
        var data = Data(capacity: (count - 2) / 2)
        var index = 2
        while index < count {
            guard let high = nibble(bytes[index]), let low = nibble(bytes[index + 1]) else {
                return nil
            }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    /// Parses a decimal integer written by PostgreSQL.
    static func int64(_ p: UnsafePointer<CChar>, count: Int) -> Int64? {
        let bytes = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self)
        guard count > 0 else { return nil }
        var index = 0
        let isNegative = bytes[0] == UInt8(ascii: "-")
        if isNegative { index = 1 }
        guard index < count, count - index <= 19 else {
            return Int64(String(cString: p))
        }
        var value: Int64 = 0
        while index < count {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
            index += 1
        }
        if value < 0 { return Int64(String(cString: p)) }
        return isNegative ? -value : value
    }
}
