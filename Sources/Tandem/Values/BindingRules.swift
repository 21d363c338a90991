import Foundation

/// Checks a value must pass before either engine binds it, so that both engines refuse the
/// same values instead of storing them differently (or crashing on a conversion).
package enum BindingRules {
    /// The instants both engines store exactly: years 1 to 9999.
    private static let dateRange: ClosedRange<Double> = -62_135_596_800...253_402_300_799.999_999

    /// Refuses NaN (SQLite would store NULL, PostgreSQL NaN).
    package static func check(_ value: Double, sql: String?) throws {
        if value.isNaN {
            throw DatabaseError(
                .invalidValue, "NaN cannot be stored the same way on both engines", sql: sql)
        }
    }

    /// Microseconds since 1970 for a date in years 1 to 9999.
    /// Whether both engines can store `date`: finite and in the years 1 to 9999.
    package static func isStorable(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        return seconds.isFinite && dateRange.contains(seconds)
    }

    package static func microseconds(_ date: Date, sql: String?) throws -> Int64 {
        guard isStorable(date) else {
            throw DatabaseError(.invalidValue, "a date must fall in the years 1 to 9999", sql: sql)
        }
        return Timestamp.microseconds(since1970: date)
    }

    /// Refuses JSON holding a number that is not finite (JSON cannot write it).
    package static func check(_ json: JSONValue, sql: String?) throws {
        switch json {
        case .double(let value) where !value.isFinite:
            throw DatabaseError(
                .invalidValue, "JSON cannot hold an infinite or NaN number", sql: sql)
        case .array(let elements): for element in elements { try check(element, sql: sql) }
        case .object(let members): for member in members.values { try check(member, sql: sql) }
        default: break
        }
    }
}
