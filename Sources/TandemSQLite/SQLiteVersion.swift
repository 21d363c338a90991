import CSQLite
import Tandem

/// The SQLite library Tandem runs against, and the features it enables.
public struct SQLiteVersion: Sendable, Comparable, CustomStringConvertible {
    /// The version as SQLite numbers it: 3040001 for 3.40.1.
    public let number: Int32

    /// The oldest SQLite Tandem runs on: 3.37, the first with `STRICT` tables, which Tandem's
    /// schemas use to refuse values of the wrong type.
    public static let minimum = SQLiteVersion(number: 3_037_000)

    /// The SQLite library linked into this process.
    public static var runtime: SQLiteVersion { SQLiteVersion(number: sqlite3_libversion_number()) }

    /// Creates a version from SQLite's number.
    public init(number: Int32) { self.number = number }

    /// `INSERT … RETURNING` and `UPDATE … RETURNING` (3.35).
    public var supportsReturning: Bool { number >= 3_035_000 }

    /// `INSERT … ON CONFLICT DO UPDATE` (3.24).
    public var supportsUpsert: Bool { number >= 3_024_000 }

    /// `STRICT` tables, whose columns refuse values of another type (3.37).
    public var supportsStrictTables: Bool { number >= 3_037_000 }

    /// The version as text, such as `3.40.1`.
    public var description: String {
        "\(number / 1_000_000).\(number / 1000 % 1000).\(number % 1000)"
    }

    /// Orders versions by release.
    public static func < (lhs: SQLiteVersion, rhs: SQLiteVersion) -> Bool {
        lhs.number < rhs.number
    }

    /// Throws when the runtime library is older than ``minimum``.
    static func checkRuntime() throws {
        let runtime = SQLiteVersion.runtime
        guard runtime >= minimum else {
            throw DatabaseError(
                .unsupportedEngineVersion,
                "SQLite \(runtime) is older than \(minimum), the oldest Tandem supports")
        }
    }
}
