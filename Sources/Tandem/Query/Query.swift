/// A description of which rows of a model's table to read and in what order: a plain value,
/// built once and run with the ``Database`` methods that take a query.
///
/// ```swift
/// let recent = Content.filter(\.userID == user.id && \.status == .draft)
///     .order(by: .descending(\.createdAt))
///     .limit(20)
/// let drafts = try db.fetchAll(recent)
/// ```
///
/// On a soft-deletable model a query leaves rows marked deleted out unless
/// ``including(_:)`` says otherwise.
public struct Query<M: Model>: Sendable {
    /// Which rows of a soft-deletable model a query sees.
    public enum DeletedRows: Sendable, Hashable {
        /// Only rows not marked deleted (the default).
        case excluded
        /// Every row.
        case included
        /// Only rows marked deleted.
        case only
    }

    var predicates: [ModelPredicate<M>] = []
    var orderings: [Ordering<M>] = []
    /// The most rows the query returns, if limited.
    public private(set) var limit: Int?
    /// How many rows the query skips first.
    public private(set) var offset: Int = 0
    /// Which rows marked deleted the query sees.
    public private(set) var deletedRows: DeletedRows = .excluded

    /// Every row (not marked deleted).
    public init() {}

    /// The query narrowed to rows that also meet `predicate`.
    public func filter(_ predicate: ModelPredicate<M>) -> Query {
        var copy = self
        copy.predicates.append(predicate)
        return copy
    }

    /// The query ordered by `orderings`, replacing any earlier order. Ties are broken by
    /// `id`, so the order is total and the same on both engines.
    public func order(by orderings: Ordering<M>...) -> Query {
        order(by: orderings)
    }

    /// The query ordered by a list of orderings, replacing any earlier order.
    public func order(by orderings: [Ordering<M>]) -> Query {
        var copy = self
        copy.orderings = orderings
        return copy
    }

    /// The query returning at most `count` rows.
    public func limit(_ count: Int) -> Query {
        var copy = self
        copy.limit = max(0, count)
        return copy
    }

    /// The query skipping its first `count` rows.
    public func offset(_ count: Int) -> Query {
        var copy = self
        copy.offset = max(0, count)
        return copy
    }

    /// The query seeing rows marked deleted as `rows` says.
    public func including(_ rows: DeletedRows) -> Query {
        var copy = self
        copy.deletedRows = rows
        return copy
    }
}

extension Model {
    /// A query over every row (not marked deleted).
    public static func all() -> Query<Self> { Query() }

    /// A query over the rows that meet `predicate`.
    ///
    /// ```swift
    /// let drafts = try db.fetchAll(Content.filter(\.status == .draft))
    /// ```
    public static func filter(_ predicate: ModelPredicate<Self>) -> Query<Self> {
        Query().filter(predicate)
    }
}
