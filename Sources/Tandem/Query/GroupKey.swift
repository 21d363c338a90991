import Foundation

/// What rows are grouped by in ``Database/fetchGroups(_:by:_:)``: a column's value, or the
/// UTC day, ISO week (starting Monday) or month of a timestamp, with the same bucket
/// boundaries on both engines.
public struct GroupKey<M: Model, Key: Sendable>: Sendable {
    let expression: @Sendable (ColumnNames<M>, SQLDialect) throws -> String
    let decode: @Sendable (Row, Int) throws -> Key

    /// Groups by the column's value. Arrays and JSON cannot be group keys: the engines compare
    /// and order them differently (``DatabaseError/Code/unsupportedFeature``).
    public static func column<V: ColumnValue>(_ keyPath: KeyPath<M, V>) -> GroupKey<M, V> {
        let path = SendableKeyPath<M>(keyPath)
        let type = V.columnType
        return GroupKey<M, V>(
            expression: { names, dialect in
                let name = try names.name(of: path)
                switch type {
                case .json, .stringArray:
                    throw DatabaseError(
                        .unsupportedFeature,
                        "grouping by a \(type.displayName) column differs between the engines",
                        column: name)
                default: return dialect.quote(name)
                }
            },
            decode: { try V.decode(from: $0, at: $1) })
    }

    /// A bucket of UTC time over a timestamp column.
    fileprivate static func bucket(_ path: SendableKeyPath<M>, _ unit: TimeBucket) -> GroupKey
    where Key: DatabaseValueConvertible {
        GroupKey(
            expression: { names, dialect in
                unit.sql(column: dialect.quote(try names.name(of: path)), dialect: dialect)
            },
            decode: { try Key.decode(from: $0, at: $1) })
    }
}

extension GroupKey where Key == Date {
    /// Groups by the start of the UTC day.
    public static func day(_ keyPath: KeyPath<M, Date>) -> GroupKey {
        bucket(SendableKeyPath(keyPath), .day)
    }

    /// Groups by the start (Monday, 00:00 UTC) of the ISO week.
    public static func isoWeek(_ keyPath: KeyPath<M, Date>) -> GroupKey {
        bucket(SendableKeyPath(keyPath), .isoWeek)
    }

    /// Groups by the first instant of the UTC month.
    public static func month(_ keyPath: KeyPath<M, Date>) -> GroupKey {
        bucket(SendableKeyPath(keyPath), .month)
    }
}

extension GroupKey where Key == Date? {
    /// Groups an optional timestamp by the start of its UTC day; NULL is a group of its own.
    public static func day(_ keyPath: KeyPath<M, Date?>) -> GroupKey {
        bucket(SendableKeyPath(keyPath), .day)
    }

    /// Groups an optional timestamp by the start of its ISO week; NULL is a group of its own.
    public static func isoWeek(_ keyPath: KeyPath<M, Date?>) -> GroupKey {
        bucket(SendableKeyPath(keyPath), .isoWeek)
    }

    /// Groups an optional timestamp by its UTC month; NULL is a group of its own.
    public static func month(_ keyPath: KeyPath<M, Date?>) -> GroupKey {
        bucket(SendableKeyPath(keyPath), .month)
    }
}

/// A calendar bucket of UTC time.
enum TimeBucket {
    case day, isoWeek, month

    private static let microsecondsPerDay = "86400000000"

    /// The bucket's start for the timestamp in `column`: a `timestamptz` on PostgreSQL,
    /// microseconds since 1970 on SQLite.
    func sql(column: String, dialect: SQLDialect) -> String {
        if dialect == .postgresql {
            let field =
                switch self {
                case .day: "day"
                case .isoWeek: "week"
                case .month: "month"
                }
            return "(date_trunc('\(field)', \(column) AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')"
        }
        let d = Self.microsecondsPerDay
        switch self {
        case .day:
            return "(\(column) - (((\(column) % \(d)) + \(d)) % \(d)))"
        case .isoWeek:
            // 1970-01-01 was a Thursday: shifting by three days puts Mondays on multiples of
            // seven days.
            let week = "(7 * \(d))"
            return "(\(column) - (((\(column) + 3 * \(d)) % \(week) + \(week)) % \(week)))"
        case .month:
            let seconds = "((\(column) - (((\(column) % 1000000) + 1000000) % 1000000)) / 1000000)"
            return "(CAST(strftime('%s', \(seconds), 'unixepoch', 'start of month') AS INTEGER)"
                + " * 1000000)"
        }
    }
}
