/// One key of a query's order: a column, a direction and where its NULLs go.
///
/// NULLs sort last in ascending order and first in descending order on both engines (PostgreSQL's
/// rule, written out for SQLite), unless placed explicitly:
///
/// ```swift
/// Content.all().order(by: .descending(\.createdAt))
/// Content.all().order(by: .ascending(\.title, nulls: .first))
/// ```
public struct Ordering<M: Model>: Sendable {
    /// The direction of a key.
    public enum Direction: String, Sendable, Hashable {
        /// Smallest first.
        case ascending = "ASC"
        /// Largest first.
        case descending = "DESC"
    }

    /// Where the NULLs of a nullable column go.
    public enum NullPlacement: String, Sendable, Hashable {
        /// Before every value.
        case first = "FIRST"
        /// After every value.
        case last = "LAST"
    }

    let keyPath: SendableKeyPath<M>
    /// The direction.
    public let direction: Direction
    let explicitNulls: NullPlacement?

    /// Where NULLs go: as given, or last when ascending and first when descending.
    public var nulls: NullPlacement {
        explicitNulls ?? (direction == .ascending ? .last : .first)
    }

    /// Orders by a column, smallest first.
    public static func ascending<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>, nulls: NullPlacement? = nil
    ) -> Ordering {
        Ordering(keyPath: SendableKeyPath(keyPath), direction: .ascending, explicitNulls: nulls)
    }

    /// Orders by a column, largest first.
    public static func descending<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>, nulls: NullPlacement? = nil
    ) -> Ordering {
        Ordering(keyPath: SendableKeyPath(keyPath), direction: .descending, explicitNulls: nulls)
    }
}
