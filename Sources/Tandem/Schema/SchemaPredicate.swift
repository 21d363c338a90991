/// A condition on a row's columns, for partial indexes and checks, rendered per dialect.
///
/// Values are constants of the schema, written into the DDL as literals by the dialect.
public indirect enum SchemaPredicate: Hashable, Sendable {
    /// `column = value`.
    case equals(String, DatabaseValue)
    /// `column IN (values…)`.
    case isIn(String, [DatabaseValue])
    /// `column IS NULL`.
    case isNull(String)
    /// `column IS NOT NULL`.
    case isNotNull(String)
    /// `column <= other` over two columns.
    case columnsOrdered(String, String)
    /// `column >= value`.
    case atLeast(String, DatabaseValue)
    /// Every condition holds.
    case and([SchemaPredicate])
    /// At least one condition holds.
    case or([SchemaPredicate])
    /// The condition does not hold.
    case not(SchemaPredicate)
}
