/// A bounded cache of prepared statements by SQL text: when full, adding a statement evicts
/// the one used least recently.
///
/// Queries built by the query builder differ with their conditions and list lengths, so an
/// unbounded cache would grow with every new shape of query a long-lived connection meets.
package struct StatementCache<Statement> {
    private final class Entry {
        let statement: Statement
        var lastUse: UInt64

        init(statement: Statement, lastUse: UInt64) {
            self.statement = statement
            self.lastUse = lastUse
        }
    }

    /// The most statements kept.
    package let capacity: Int
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0

    /// An empty cache that keeps at most `capacity` statements.
    package init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The number of statements kept.
    package var count: Int { entries.count }

    /// The statement prepared for `sql`, marked as used now.
    package mutating func statement(for sql: String) -> Statement? {
        guard let entry = entries[sql] else { return nil }
        clock &+= 1
        entry.lastUse = clock
        return entry.statement
    }

    /// Keeps `statement` for `sql`; returns the statement evicted to make room, which the
    /// caller finalizes.
    package mutating func insert(_ statement: Statement, for sql: String) -> Statement? {
        clock &+= 1
        var evicted: Statement?
        if entries[sql] == nil, entries.count >= capacity,
            let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })
        {
            evicted = entries.removeValue(forKey: oldest.key)?.statement
        }
        entries[sql] = Entry(statement: statement, lastUse: clock)
        return evicted
    }

    /// Forgets the statement for `sql` and returns it.
    @discardableResult
    package mutating func remove(_ sql: String) -> Statement? {
        entries.removeValue(forKey: sql)?.statement
    }

    /// Forgets every statement and returns them.
    package mutating func removeAll() -> [Statement] {
        let all = entries.values.map(\.statement)
        entries.removeAll()
        return all
    }
}
