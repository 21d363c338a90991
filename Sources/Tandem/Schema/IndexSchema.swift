/// An index: which columns, in which order, how, and over which rows.
public struct IndexSchema: Hashable, Sendable {
    /// How an index is built.
    public enum Method: String, Hashable, Sendable {
        /// An ordinary ordered index.
        case btree
        /// An inverted index over array elements: serves "contains" queries on arrays.
        case gin
        /// An index that serves substring search in text, Chinese included.
        case textSearch
    }

    /// One indexed column and its order.
    public struct Key: Hashable, Sendable {
        /// The column's name.
        public var column: String
        /// Whether the index orders the column from high to low.
        public var isDescending: Bool

        /// Creates an index key.
        public init(_ column: String, isDescending: Bool = false) {
            self.column = column
            self.isDescending = isDescending
        }
    }

    /// The index's name.
    public var name: String
    /// The indexed columns, in order.
    public var keys: [Key]
    /// Whether the index forbids repeated keys.
    public var isUnique: Bool
    /// How the index is built.
    public var method: Method
    /// When set, only rows matching it are indexed (a partial index).
    public var predicate: SchemaPredicate?

    /// Creates an index description.
    public init(
        name: String, keys: [Key], isUnique: Bool = false, method: Method = .btree,
        predicate: SchemaPredicate? = nil
    ) {
        self.name = name
        self.keys = keys
        self.isUnique = isUnique
        self.method = method
        self.predicate = predicate
    }
}
