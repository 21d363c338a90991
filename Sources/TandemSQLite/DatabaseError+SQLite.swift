import CSQLite
import Foundation
import Tandem

extension DatabaseError {
    /// Translates SQLite's extended result code and message into Tandem's error.
    static func sqlite(code: Int32, message: String, sql: String?) -> DatabaseError {
        var error = DatabaseError(sqliteKind(code: code, message: message), message, sql: sql)
        error.sqliteExtendedCode = code

        let failedPrefixes = ["UNIQUE constraint failed: ", "NOT NULL constraint failed: "]
        if let prefix = failedPrefixes.first(where: message.hasPrefix) {
            let target = message.dropFirst(prefix.count).split(separator: ",").first ?? ""
            let parts = target.split(separator: ".", maxSplits: 1)
            if parts.count == 2 {
                error.table = String(parts[0])
                error.column = String(parts[1].trimmingCharacters(in: .whitespaces))
            }
        } else if message.hasPrefix("CHECK constraint failed: ") {
            let name = String(message.dropFirst("CHECK constraint failed: ".count))
            error.constraint = name
            // A check that stands in for a PostgreSQL column type fails as that type would.
            switch NamingConvention.typeCheckRule(ofConstraint: name) {
            case .length: error.code = .valueTooLong
            case .json, .array, .bool, .uuid, .range: error.code = .invalidValue
            case .enum, nil: break
            }
        }
        return error
    }

    private static func sqliteKind(code: Int32, message: String) -> Code {
        switch code {
        case 2067, 1555: return .uniqueViolation  // CONSTRAINT_UNIQUE, CONSTRAINT_PRIMARYKEY
        case 787: return .foreignKeyViolation  // CONSTRAINT_FOREIGNKEY
        case 1299: return .notNullViolation  // CONSTRAINT_NOTNULL
        case 275: return .checkViolation  // CONSTRAINT_CHECK
        case 3091: return .invalidValue  // CONSTRAINT_DATATYPE
        default: break
        }
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy
        case SQLITE_READONLY: return .readOnlyTransaction
        case SQLITE_TOOBIG: return .valueTooLong
        case SQLITE_MISMATCH: return .invalidValue
        case SQLITE_RANGE: return .parameterCountMismatch
        case SQLITE_CANTOPEN, SQLITE_NOTADB: return .connectionFailed
        case SQLITE_CONSTRAINT:
            // ON DELETE RESTRICT fails with the primary code alone.
            if message.contains("FOREIGN KEY constraint failed") { return .foreignKeyViolation }
            return .checkViolation
        case SQLITE_MISUSE: return .misuse
        case SQLITE_ERROR:
            if message.contains("syntax error") || message.contains("incomplete input") {
                return .syntaxError
            }
            if message.hasPrefix("no such") { return .undefinedObject }
            if message.contains("malformed JSON") { return .invalidValue }
            // PostgreSQL's "bigint out of range" (22003) is invalidValue too.
            if message == "integer overflow" { return .invalidValue }
            return .other
        default: return .other
        }
    }
}
