/// Whether a transaction may write.
public enum TransactionKind: Sendable {
    /// A read-only transaction that sees one consistent snapshot of the database.
    case read
    /// A transaction that may write; writers are serialised per engine rules.
    case write
}
