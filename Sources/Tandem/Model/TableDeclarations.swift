/// A unique constraint over several columns.
///
/// ```swift
/// Unique(\.provider, \.providerUserID, name: "uix_oauth_provider_user")
/// ```
public struct Unique<M: Model>: Sendable {
    let keyPaths: [SendableKeyPath<M>]
    let name: String?
    let scope: UniqueScope

    /// Rows may not repeat the combination of these columns' values.
    public init(
        _ keyPaths: PartialKeyPath<M>..., name: String? = nil, scope: UniqueScope = .allRows
    ) {
        self.keyPaths = keyPaths.map(SendableKeyPath.init)
        self.name = name
        self.scope = scope
    }
}

/// One key of an ``Index``: a column and its order.
public struct IndexKey<M: Model>: Sendable {
    let keyPath: SendableKeyPath<M>
    let isDescending: Bool

    /// The column from high to low.
    public static func descending(_ keyPath: PartialKeyPath<M>) -> IndexKey {
        IndexKey(keyPath: SendableKeyPath(keyPath), isDescending: true)
    }

    /// The column from low to high.
    public static func ascending(_ keyPath: PartialKeyPath<M>) -> IndexKey {
        IndexKey(keyPath: SendableKeyPath(keyPath), isDescending: false)
    }
}

/// An index: ordinary, composite, descending, partial, unique, GIN on an array, or text
/// search.
///
/// ```swift
/// Index(\.userID, \.status, .descending(\.createdAt))
/// Index(\.scheduledAt, name: "ix_publications_pending", where: \.status == .pending)
/// Index(\.tags, name: "ix_contents_tags", using: .gin)
/// ```
public struct Index<M: Model>: Sendable {
    let keys: [IndexKey<M>]
    let name: String?
    let method: IndexSchema.Method
    let isUnique: Bool
    let predicate: ModelPredicate<M>?

    /// An index on columns in ascending order.
    public init(
        _ keyPaths: PartialKeyPath<M>..., name: String? = nil,
        using method: IndexSchema.Method = .btree, unique: Bool = false,
        where predicate: ModelPredicate<M>? = nil
    ) {
        self.init(
            keys: keyPaths.map(IndexKey.ascending), name: name, method: method, unique: unique,
            predicate: predicate)
    }

    /// An index whose last key has its own order, such as `.descending(\.createdAt)`.
    public init(
        _ first: PartialKeyPath<M>, _ second: PartialKeyPath<M>, _ last: IndexKey<M>,
        name: String? = nil, unique: Bool = false, where predicate: ModelPredicate<M>? = nil
    ) {
        self.init(
            keys: [.ascending(first), .ascending(second), last], name: name, method: .btree,
            unique: unique, predicate: predicate)
    }

    /// An index on keys that each have their own order.
    public init(
        keys: [IndexKey<M>], name: String? = nil, method: IndexSchema.Method = .btree,
        unique: Bool = false, predicate: ModelPredicate<M>? = nil
    ) {
        self.keys = keys
        self.name = name
        self.method = method
        self.isUnique = unique
        self.predicate = predicate
    }
}

/// A named CHECK constraint.
public struct Check<M: Model>: Sendable {
    let name: String
    let predicate: ModelPredicate<M>

    /// Every row must satisfy `predicate`.
    public init(_ name: String, _ predicate: ModelPredicate<M>) {
        self.name = name
        self.predicate = predicate
    }
}

/// The seed's soft-delete mixin: `deleted_at` and `is_deleted` (NOT NULL, default false).
public struct SoftDelete<M: SoftDeletable>: Sendable {
    /// Adds the soft-delete columns.
    public init() {}
}
