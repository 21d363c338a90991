import Foundation

// Conversions from a stored value to the Swift types Tandem supports, shared by every row
// that holds its values in memory. Drivers read live rows directly and only fall back here.
extension DatabaseValue {
    package func decodingError(_ type: String) -> DatabaseError {
        DatabaseError(.decodingFailed, "cannot read \(description) as \(type)")
    }

    package func int64Value() throws -> Int64 {
        switch self {
        case .integer(let value): return value
        case .bool(let value): return value ? 1 : 0
        case .double(let value) where value.rounded() == value && abs(value) < 9.2e18:
            return Int64(value)
        case .text(let text):
            guard let value = Int64(text) else { throw decodingError("Int64") }
            return value
        default: throw decodingError("Int64")
        }
    }

    package func doubleValue() throws -> Double {
        switch self {
        case .double(let value): return value
        case .integer(let value): return Double(value)
        case .text(let text):
            guard let value = Double(text) else { throw decodingError("Double") }
            return value
        default: throw decodingError("Double")
        }
    }

    package func stringValue() throws -> String {
        switch self {
        case .text(let value): return value
        case .uuid(let value): return UUIDText.text(of: value)
        case .integer(let value): return String(value)
        case .double(let value): return String(value)
        case .json(let value): return value.jsonText
        default: throw decodingError("String")
        }
    }

    package func dataValue() throws -> Data {
        switch self {
        case .blob(let value): return value
        case .text(let value): return Data(value.utf8)
        default: throw decodingError("Data")
        }
    }

    package func boolValue() throws -> Bool {
        switch self {
        case .bool(let value): return value
        case .integer(0): return false
        case .integer(1): return true
        case .text("t"), .text("true"): return true
        case .text("f"), .text("false"): return false
        default: throw decodingError("Bool")
        }
    }

    package func uuidValue() throws -> UUID {
        switch self {
        case .uuid(let value): return value
        case .text(let text):
            guard let value = UUID(uuidString: text) else { throw decodingError("UUID") }
            return value
        case .blob(let data) where data.count == 16:
            let bytes = Array(data)
            return UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6],
                    bytes[7], bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13],
                    bytes[14], bytes[15]
                ))
        default: throw decodingError("UUID")
        }
    }

    package func dateValue() throws -> Date {
        switch self {
        case .date(let value): return value
        case .integer(let micros): return Timestamp.date(microsecondsSince1970: micros)
        case .text(let text):
            guard let micros = Timestamp.parseMicroseconds(text) else {
                throw decodingError("Date")
            }
            return Timestamp.date(microsecondsSince1970: micros)
        default: throw decodingError("Date")
        }
    }

    package func textArrayValue() throws -> [String] {
        switch self {
        case .textArray(let value): return value
        case .text(let text):
            guard case .array(let elements) = try JSONValue(jsonText: text) else {
                throw decodingError("[String]")
            }
            return try elements.map {
                guard case .string(let element) = $0 else { throw decodingError("[String]") }
                return element
            }
        default: throw decodingError("[String]")
        }
    }

    package func jsonValue() throws -> JSONValue {
        switch self {
        case .json(let value): return value
        case .text(let text): return try JSONValue(jsonText: text)
        default: throw decodingError("JSON")
        }
    }
}
