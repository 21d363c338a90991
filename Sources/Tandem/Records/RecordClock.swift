import Foundation

/// The timestamps Tandem writes into `created_at` and `updated_at`: the current time rounded
/// to the microsecond, as both engines store it, so that the record in memory equals the row.
enum RecordClock {
    static func now() -> Date { Timestamp.rounded(Date()) }

    /// A new `updated_at` for a record last updated at `previous`: now, or one microsecond
    /// later than `previous` when the clock has not moved past it.
    static func next(after previous: Date) -> Date {
        // A date no engine stores fails when bound; the clock alone decides then.
        guard BindingRules.isStorable(previous) else { return now() }
        let now = Timestamp.microseconds(since1970: Date())
        let floor = Timestamp.microseconds(since1970: previous) + 1
        return Timestamp.date(microsecondsSince1970: max(now, floor))
    }
}

/// Whether an insert sets `created_at` and `updated_at` or keeps the record's.
public enum TimestampPolicy: Sendable, Hashable {
    /// Both become the current time (the default).
    case automatic
    /// The record's own values are stored, for imports and copies between engines.
    case preserved
}
