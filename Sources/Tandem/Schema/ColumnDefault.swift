/// A value the database fills in when an insert leaves the column out, so that raw SQL and
/// bulk loads get the same values as Tandem's own inserts.
public enum ColumnDefault: Hashable, Sendable {
    /// A constant: a number, a string, a boolean, `{}` or `[]`.
    case value(DatabaseValue)
    /// A new random UUID (version 4).
    case generatedUUID
    /// The time of the insert.
    case currentTimestamp
}
