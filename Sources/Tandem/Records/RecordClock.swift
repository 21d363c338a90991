import Foundation

/// The timestamps Tandem writes into `created_at` and `updated_at`: the current time rounded
/// to the microsecond, as both engines store it, so that the record in memory equals the row.
enum RecordClock {
    static func now() -> Date { Timestamp.rounded(Date()) }
}

/// Whether an insert sets `created_at` and `updated_at` or keeps the record's.
public enum TimestampPolicy: Sendable, Hashable {
    /// Both become the current time (the default).
    case automatic
    /// The record's own values are stored, for imports and copies between engines.
    case preserved
}
