import CLibPQ
import Foundation
import Tandem

extension DatabaseError {
    /// Translates a failed PGresult into Tandem's error, with the server's fields.
    ///
    /// Values that PostgreSQL quotes back (a key in a unique violation's detail, the text of
    /// an invalid input) are removed, so that bound values never reach a description or a log.
    static func postgres(
        result: OpaquePointer?, connection: OpaquePointer, sql: String?
    )
        -> DatabaseError
    {
        func field(_ code: Int32) -> String? {
            guard let result, let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        let sqlState = field(Int32(UInt8(ascii: "C")))
        let primary =
            field(Int32(UInt8(ascii: "M")))
            ?? String(cString: PQerrorMessage(connection))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let isBroken = PQstatus(connection) != CONNECTION_OK

        let code = postgresKind(sqlState: sqlState, isBroken: isBroken)
        let valueBearing = sqlState.map { $0.hasPrefix("22") || $0.hasPrefix("23") } ?? false
        var error = DatabaseError(
            code,
            valueBearing ? PostgresConnectionString.redactQuoted(primary) : primary,
            sql: sql)
        error.sqlState = sqlState
        // Details of data errors quote the data ("Failing row contains (…)", "Token … is
        // invalid"): only the Key (…)=(…) form is kept, with its values removed.
        error.detail = field(Int32(UInt8(ascii: "D"))).flatMap {
            guard valueBearing else { return $0 }
            return $0.hasPrefix("Key (") && $0.contains(")=(") ? redactKey($0) : nil
        }
        error.hint = field(Int32(UInt8(ascii: "H")))
        error.table = field(Int32(UInt8(ascii: "t")))
        error.column = field(Int32(UInt8(ascii: "c")))
        error.constraint = field(Int32(UInt8(ascii: "n")))
        return error
    }

    private static func postgresKind(sqlState: String?, isBroken: Bool) -> Code {
        if isBroken { return .connectionLost }
        guard let sqlState else { return .other }
        switch sqlState {
        case "23505": return .uniqueViolation
        case "23503": return .foreignKeyViolation
        case "23502": return .notNullViolation
        case "23514": return .checkViolation
        case "22001": return .valueTooLong
        case "22P02", "22P05", "22021", "22007", "22008", "22003", "22023", "2202E", "22032":
            return .invalidValue
        case "25006": return .readOnlyTransaction
        case "25P02": return .transactionAborted
        case "42601": return .syntaxError
        case "42P01", "42703", "42883", "42704", "3F000": return .undefinedObject
        case "40001", "40P01": return .serializationFailure
        case "53300", "28P01", "28000", "3D000": return .connectionFailed
        default:
            if sqlState.hasPrefix("08") || sqlState.hasPrefix("57P") { return .connectionLost }
            return .other
        }
    }

    /// `Key (email)=(a@b.c) already exists.` becomes `Key (email)=(…) already exists.`
    private static func redactKey(_ detail: String) -> String {
        guard let start = detail.range(of: ")=("),
            let end = detail.range(
                of: ")", options: .backwards, range: start.upperBound..<detail.endIndex)
        else { return detail }
        return detail[..<start.upperBound] + "…" + detail[end.lowerBound...]
    }
}
