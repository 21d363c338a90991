import Foundation

/// A condition on a model's properties, written with key paths and operators. Queries bind
/// its values as parameters; a partial index or a check writes the subset they accept as
/// literals.
///
/// ```swift
/// Content.filter(\.userID == user.id && \.status != .archived)
/// Content.filter(.contains(\.tags, "travel") || .like(\.title, "旅行%"))
/// Index(\.scheduledAt, name: "ix_publications_pending", where: \.status == .pending)
/// ```
///
/// NULL follows SQL on both engines: `\.title != "x"` leaves out rows whose title is NULL;
/// `\.title == nil` is `IS NULL`.
public struct ModelPredicate<M: Model>: Sendable {
    /// Builds the condition once the columns' names are known.
    let build: @Sendable (ColumnNames<M>) throws -> PredicateNode

    init(_ build: @escaping @Sendable (ColumnNames<M>) throws -> PredicateNode) {
        self.build = build
    }

    /// The condition as a schema constant, for a partial index or a check.
    func resolve(_ names: ColumnNames<M>) throws -> SchemaPredicate {
        try build(names).schemaPredicate(table: "\(M.self)")
    }

    /// A condition every row meets (`true`) or none does (`false`).
    public static func constant(_ value: Bool) -> ModelPredicate {
        ModelPredicate { _ in .constant(value) }
    }

    /// The column is NULL.
    public static func isNull<V: ColumnValue>(_ keyPath: KeyPath<M, V>) -> ModelPredicate {
        let path = SendableKeyPath<M>(keyPath)
        return ModelPredicate { .isNull(try $0.name(of: path)) }
    }

    /// The column is not NULL.
    public static func isNotNull<V: ColumnValue>(_ keyPath: KeyPath<M, V>) -> ModelPredicate {
        let path = SendableKeyPath<M>(keyPath)
        return ModelPredicate { .isNotNull(try $0.name(of: path)) }
    }

    /// The column holds one of `values`; no row matches an empty list.
    public static func isIn<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>, _ values: [V]
    ) -> ModelPredicate {
        let path = SendableKeyPath<M>(keyPath)
        let literals = values.map(\.databaseValue)
        return ModelPredicate { names in
            let column = try names.name(of: path)
            let present = literals.filter { !$0.isNull }
            let hasNull = present.count < literals.count
            let node: PredicateNode = present.isEmpty ? .constant(false) : .isIn(column, present)
            return hasNull ? .or([node, .isNull(column)]) : node
        }
    }

    /// Compares a column with a value; a comparison with `nil` is `IS NULL` for `==`,
    /// `IS NOT NULL` for `!=`, and matches nothing for an ordering.
    public static func compare<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>, _ comparison: ComparisonOperator, _ value: V
    ) -> ModelPredicate {
        let path = SendableKeyPath<M>(keyPath)
        let literal = value.databaseValue
        let isSchemaConstant: Bool
        switch V.columnType {
        case .bool, .enumeration: isSchemaConstant = true
        default: isSchemaConstant = false
        }
        return ModelPredicate { names in
            let column = try names.name(of: path)
            guard !literal.isNull else {
                switch comparison {
                case .equal: return .isNull(column)
                case .notEqual: return .isNotNull(column)
                default: return .constant(false)
                }
            }
            return .comparison(column, comparison, literal, isSchemaConstant: isSchemaConstant)
        }
    }

    // MARK: - Text

    /// The column matches a `LIKE` pattern: `%` any run of characters, `_` one character,
    /// `\` escapes the next character.
    ///
    /// - Parameter isCaseSensitive: When `false`, ASCII letters match either case; other
    ///   letters always match only themselves, on both engines (see `Docs/Queries.md`).
    public static func like(
        _ keyPath: KeyPath<M, String>, _ pattern: String, isCaseSensitive: Bool = true
    ) -> ModelPredicate {
        likePredicate(SendableKeyPath(keyPath), pattern, isCaseSensitive)
    }

    /// The optional column matches a `LIKE` pattern; NULL matches nothing.
    public static func like(
        _ keyPath: KeyPath<M, String?>, _ pattern: String, isCaseSensitive: Bool = true
    ) -> ModelPredicate {
        likePredicate(SendableKeyPath(keyPath), pattern, isCaseSensitive)
    }

    /// The column starts with `prefix`, matched exactly.
    public static func hasPrefix(
        _ keyPath: KeyPath<M, String>, _ prefix: String
    )
        -> ModelPredicate
    {
        likePredicate(SendableKeyPath(keyPath), LikePattern.escape(prefix) + "%", true)
    }

    /// The optional column starts with `prefix`, matched exactly.
    public static func hasPrefix(
        _ keyPath: KeyPath<M, String?>, _ prefix: String
    )
        -> ModelPredicate
    {
        likePredicate(SendableKeyPath(keyPath), LikePattern.escape(prefix) + "%", true)
    }

    /// The column holds `text` as a substring, case-sensitively: served by the column's
    /// text-search index when it has one (trigrams on both engines, Chinese included), by a
    /// scan otherwise.
    public static func search(_ keyPath: KeyPath<M, String>, for text: String) -> ModelPredicate {
        searchPredicate(SendableKeyPath(keyPath), text)
    }

    /// The optional column holds `text` as a substring; NULL matches nothing.
    public static func search(_ keyPath: KeyPath<M, String?>, for text: String) -> ModelPredicate {
        searchPredicate(SendableKeyPath(keyPath), text)
    }

    private static func likePredicate(
        _ path: SendableKeyPath<M>, _ pattern: String, _ isCaseSensitive: Bool
    ) -> ModelPredicate {
        ModelPredicate {
            .like(try $0.name(of: path), pattern: pattern, isCaseSensitive: isCaseSensitive)
        }
    }

    private static func searchPredicate(
        _ path: SendableKeyPath<M>, _ text: String
    )
        -> ModelPredicate
    {
        ModelPredicate { names in
            let column = try names.name(of: path)
            return text.isEmpty ? .isNotNull(column) : .textSearch(column, text)
        }
    }

    // MARK: - Arrays

    /// The array holds `element`.
    public static func contains(
        _ keyPath: KeyPath<M, [String]>, _ element: String
    )
        -> ModelPredicate
    {
        arrayPredicate(SendableKeyPath(keyPath), [element], all: true)
    }

    /// The array holds every one of `elements`; every row matches an empty list.
    public static func containsAll(
        _ keyPath: KeyPath<M, [String]>, _ elements: [String]
    )
        -> ModelPredicate
    {
        arrayPredicate(SendableKeyPath(keyPath), elements, all: true)
    }

    /// The array holds at least one of `elements`; no row matches an empty list.
    public static func containsAny(
        _ keyPath: KeyPath<M, [String]>, _ elements: [String]
    )
        -> ModelPredicate
    {
        arrayPredicate(SendableKeyPath(keyPath), elements, all: false)
    }

    private static func arrayPredicate(
        _ path: SendableKeyPath<M>, _ elements: [String], all: Bool
    ) -> ModelPredicate {
        var seen = Set<String>()
        let distinct = elements.filter { seen.insert($0).inserted }
        return ModelPredicate { names in
            let column = try names.name(of: path)
            if distinct.isEmpty { return .constant(all) }
            return .arrayContains(column, distinct, all: all)
        }
    }
}

/// The scalar at a key path of a model's JSON column, compared with an operator.
///
/// ```swift
/// Material.filter(.json(\.metadata, at: "source", "kind") == "upload")
/// ```
public struct JSONField<M: Model>: Sendable {
    let column: SendableKeyPath<M>
    let path: [String]

    /// The scalar at `path` in a JSON column, to compare with `==`, `!=`, `<`, `<=`, `>`,
    /// `>=`. A row whose value there is missing or of another JSON type does not match.
    /// Path components are object keys.
    public static func json(_ keyPath: KeyPath<M, JSONValue>, at path: String...) -> JSONField {
        JSONField(column: SendableKeyPath(keyPath), path: path)
    }

    /// The scalar at `path` in an optional JSON column.
    public static func json(_ keyPath: KeyPath<M, JSONValue?>, at path: String...) -> JSONField {
        JSONField(column: SendableKeyPath(keyPath), path: path)
    }

    func compare(_ comparison: ComparisonOperator, _ value: JSONScalar) -> ModelPredicate<M> {
        let column = column
        let path = path
        return ModelPredicate { .json(try $0.name(of: column), path: path, comparison, value) }
    }
}

// MARK: - Operators

/// The column equals a value (`IS NULL` for `nil`).
public func == <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    .compare(lhs, .equal, rhs)
}

/// The column differs from a value; NULL differs from nothing (`IS NOT NULL` for `nil`).
public func != <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    .compare(lhs, .notEqual, rhs)
}

/// The column is less than a value.
public func < <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    .compare(lhs, .less, rhs)
}

/// The column is at most a value.
public func <= <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    .compare(lhs, .lessOrEqual, rhs)
}

/// The column is greater than a value.
public func > <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    .compare(lhs, .greater, rhs)
}

/// The column is at least a value.
public func >= <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    .compare(lhs, .greaterOrEqual, rhs)
}

/// The JSON scalar equals a value.
public func == <M: Model>(lhs: JSONField<M>, rhs: JSONScalar) -> ModelPredicate<M> {
    lhs.compare(.equal, rhs)
}

/// The JSON scalar is of the value's type and differs from it.
public func != <M: Model>(lhs: JSONField<M>, rhs: JSONScalar) -> ModelPredicate<M> {
    lhs.compare(.notEqual, rhs)
}

/// The JSON scalar is less than a value of its type.
public func < <M: Model>(lhs: JSONField<M>, rhs: JSONScalar) -> ModelPredicate<M> {
    lhs.compare(.less, rhs)
}

/// The JSON scalar is at most a value of its type.
public func <= <M: Model>(lhs: JSONField<M>, rhs: JSONScalar) -> ModelPredicate<M> {
    lhs.compare(.lessOrEqual, rhs)
}

/// The JSON scalar is greater than a value of its type.
public func > <M: Model>(lhs: JSONField<M>, rhs: JSONScalar) -> ModelPredicate<M> {
    lhs.compare(.greater, rhs)
}

/// The JSON scalar is at least a value of its type.
public func >= <M: Model>(lhs: JSONField<M>, rhs: JSONScalar) -> ModelPredicate<M> {
    lhs.compare(.greaterOrEqual, rhs)
}

/// The JSON scalar equals a number (an overload that keeps integer literals unambiguous).
public func == <M: Model>(lhs: JSONField<M>, rhs: Int) -> ModelPredicate<M> {
    lhs.compare(.equal, .integer(Int64(rhs)))
}

/// The JSON scalar equals a number.
public func == <M: Model>(lhs: JSONField<M>, rhs: Double) -> ModelPredicate<M> {
    lhs.compare(.equal, .number(rhs))
}

/// The JSON scalar is a number other than this one (an overload that keeps integer literals unambiguous).
public func != <M: Model>(lhs: JSONField<M>, rhs: Int) -> ModelPredicate<M> {
    lhs.compare(.notEqual, .integer(Int64(rhs)))
}

/// The JSON scalar is a number other than this one.
public func != <M: Model>(lhs: JSONField<M>, rhs: Double) -> ModelPredicate<M> {
    lhs.compare(.notEqual, .number(rhs))
}

/// The JSON scalar is a number less than this one (an overload that keeps integer literals unambiguous).
public func < <M: Model>(lhs: JSONField<M>, rhs: Int) -> ModelPredicate<M> {
    lhs.compare(.less, .integer(Int64(rhs)))
}

/// The JSON scalar is a number less than this one.
public func < <M: Model>(lhs: JSONField<M>, rhs: Double) -> ModelPredicate<M> {
    lhs.compare(.less, .number(rhs))
}

/// The JSON scalar is a number at most this one (an overload that keeps integer literals unambiguous).
public func <= <M: Model>(lhs: JSONField<M>, rhs: Int) -> ModelPredicate<M> {
    lhs.compare(.lessOrEqual, .integer(Int64(rhs)))
}

/// The JSON scalar is a number at most this one.
public func <= <M: Model>(lhs: JSONField<M>, rhs: Double) -> ModelPredicate<M> {
    lhs.compare(.lessOrEqual, .number(rhs))
}

/// The JSON scalar is a number greater than this one (an overload that keeps integer literals unambiguous).
public func > <M: Model>(lhs: JSONField<M>, rhs: Int) -> ModelPredicate<M> {
    lhs.compare(.greater, .integer(Int64(rhs)))
}

/// The JSON scalar is a number greater than this one.
public func > <M: Model>(lhs: JSONField<M>, rhs: Double) -> ModelPredicate<M> {
    lhs.compare(.greater, .number(rhs))
}

/// The JSON scalar is a number at least this one (an overload that keeps integer literals unambiguous).
public func >= <M: Model>(lhs: JSONField<M>, rhs: Int) -> ModelPredicate<M> {
    lhs.compare(.greaterOrEqual, .integer(Int64(rhs)))
}

/// The JSON scalar is a number at least this one.
public func >= <M: Model>(lhs: JSONField<M>, rhs: Double) -> ModelPredicate<M> {
    lhs.compare(.greaterOrEqual, .number(rhs))
}

/// Both conditions hold.
public func && <M: Model>(lhs: ModelPredicate<M>, rhs: ModelPredicate<M>) -> ModelPredicate<M> {
    ModelPredicate { .and([try lhs.build($0), try rhs.build($0)]) }
}

/// Either condition holds.
public func || <M: Model>(lhs: ModelPredicate<M>, rhs: ModelPredicate<M>) -> ModelPredicate<M> {
    ModelPredicate { .or([try lhs.build($0), try rhs.build($0)]) }
}

/// The condition does not hold.
public prefix func ! <M: Model>(operand: ModelPredicate<M>) -> ModelPredicate<M> {
    ModelPredicate { .not(try operand.build($0)) }
}
