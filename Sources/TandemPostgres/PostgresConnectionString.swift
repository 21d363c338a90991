import CLibPQ
import Foundation
import Tandem

/// Checks a connection URL or string before any connection is attempted, so a typo is a
/// clear ``DatabaseError/Code/invalidURL`` and not a network error.
enum PostgresConnectionString {
    static func validate(_ connectionString: String) throws {
        if let schemeEnd = connectionString.range(of: "://") {
            let scheme = connectionString[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "postgres" || scheme == "postgresql" else {
                throw DatabaseError(
                    .invalidURL,
                    "unsupported URL scheme '\(scheme)'; use postgres:// or postgresql://")
            }
        }
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(connectionString, &message) else {
            let reason = message.map { String(cString: $0) } ?? "out of memory"
            PQfreemem(message)
            throw DatabaseError(
                .invalidURL,
                "not a valid PostgreSQL URL or connection string: "
                    + redactQuoted(reason.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "port", let value = option.pointee.val {
                let ports = String(cString: value).split(
                    separator: ",", omittingEmptySubsequences: false)
                for port in ports where UInt16(port) == nil && !port.isEmpty {
                    throw DatabaseError(
                        .invalidURL, "the port must be a number from 0 to 65535")
                }
            }
            option += 1
        }
    }

    /// Removes everything between the first and the last double quote: libpq and the server
    /// quote the offending token or value, which may be a password or data (and may itself
    /// contain quotes).
    static func redactQuoted(_ message: String) -> String {
        guard let first = message.firstIndex(of: "\""), let last = message.lastIndex(of: "\""),
            first < last
        else { return message }
        return message[...first] + "…" + message[last...]
    }
}
