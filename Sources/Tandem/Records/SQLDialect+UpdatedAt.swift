extension SQLDialect {
    /// `updated_at` moved to the instant at `placeholder`, or one microsecond past its stored
    /// value (`stored`) when that is not earlier: written this way, an update never leaves it
    /// standing or moves it back, whatever the record in memory says.
    ///
    /// For Tandem's own statements and those of the rules built on it; on SQLite the column
    /// holds microseconds since 1970.
    package func movedUpdatedAt(to placeholder: String, stored: String = "\"updated_at\"") -> String
    {
        self == .postgresql
            ? "GREATEST(\(placeholder), \(stored) + interval '1 microsecond')"
            : "max(\(placeholder), \(stored) + 1)"
    }
}
