/// A condition on a model's properties, written with key paths and operators:
///
/// ```swift
/// Index(\.scheduledAt, name: "ix_publications_pending", where: \.status == .pending)
/// ```
public struct ModelPredicate<M: Model>: Sendable {
    /// Builds the predicate once the columns' names are known.
    let resolve: @Sendable (ColumnNames<M>) throws -> SchemaPredicate

    init(_ resolve: @escaping @Sendable (ColumnNames<M>) throws -> SchemaPredicate) {
        self.resolve = resolve
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

    /// The column holds one of `values`.
    public static func isIn<V: ColumnValue>(
        _ keyPath: KeyPath<M, V>, _ values: [V]
    )
        -> ModelPredicate
    {
        let path = SendableKeyPath<M>(keyPath)
        let literals = values.map(\.databaseValue)
        return ModelPredicate { .isIn(try $0.name(of: path), literals) }
    }
}

/// The column equals a constant.
public func == <M: Model, V: ColumnValue>(lhs: KeyPath<M, V>, rhs: V) -> ModelPredicate<M> {
    let path = SendableKeyPath<M>(lhs)
    let literal = rhs.databaseValue
    return ModelPredicate { .equals(try $0.name(of: path), literal) }
}

/// Both conditions hold.
public func && <M: Model>(lhs: ModelPredicate<M>, rhs: ModelPredicate<M>) -> ModelPredicate<M> {
    ModelPredicate { .and([try lhs.resolve($0), try rhs.resolve($0)]) }
}

/// Either condition holds.
public func || <M: Model>(lhs: ModelPredicate<M>, rhs: ModelPredicate<M>) -> ModelPredicate<M> {
    ModelPredicate { .or([try lhs.resolve($0), try rhs.resolve($0)]) }
}

/// The condition does not hold.
public prefix func ! <M: Model>(operand: ModelPredicate<M>) -> ModelPredicate<M> {
    ModelPredicate { .not(try operand.resolve($0)) }
}

/// The column names of a model, by key path, once its columns are declared.
public struct ColumnNames<M: Model>: Sendable {
    let names: [SendableKeyPath<M>: String]

    /// The column stored by `keyPath`.
    ///
    /// - Throws: ``SchemaError`` when no column stores that property.
    public func name(of keyPath: SendableKeyPath<M>) throws -> String {
        if let name = names[keyPath] { return name }
        // `\Content.createdAt` and the generic `\M.createdAt` are different key paths to the
        // same property: match by name.
        if let derived = SnakeCase.columnName(for: keyPath.keyPath),
            names.values.contains(derived)
        {
            return derived
        }
        throw SchemaError("\(M.self): \(keyPath.keyPath) is not a declared column")
    }
}
