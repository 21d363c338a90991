/// One declaration inside a ``ModelSchema`` block.
public struct ModelSchemaComponent<M: Model>: Sendable {
    enum Kind: Sendable {
        case column(Column<M>)
        case unique(Unique<M>)
        case index(Index<M>)
        case check(Check<M>)
        case relation(RelationSchema?, SchemaError?)
        case softDelete
    }

    let kind: Kind
}

/// Collects the declarations of a ``ModelSchema`` block.
@resultBuilder
public enum ModelSchemaBuilder<M: Model> {
    /// A column.
    public static func buildExpression(_ column: Column<M>) -> [ModelSchemaComponent<M>] {
        [ModelSchemaComponent(kind: .column(column))]
    }

    /// A unique constraint.
    public static func buildExpression(_ unique: Unique<M>) -> [ModelSchemaComponent<M>] {
        [ModelSchemaComponent(kind: .unique(unique))]
    }

    /// An index.
    public static func buildExpression(_ index: Index<M>) -> [ModelSchemaComponent<M>] {
        [ModelSchemaComponent(kind: .index(index))]
    }

    /// A check constraint.
    public static func buildExpression(_ check: Check<M>) -> [ModelSchemaComponent<M>] {
        [ModelSchemaComponent(kind: .check(check))]
    }

    /// A belongs-to relation.
    public static func buildExpression(_ relation: BelongsTo<M>) -> [ModelSchemaComponent<M>] {
        [ModelSchemaComponent(kind: .relation(relation.relation, relation.problem))]
    }

    /// A has-many relation.
    public static func buildExpression(_ relation: HasMany<M>) -> [ModelSchemaComponent<M>] {
        [ModelSchemaComponent(kind: .relation(relation.relation, relation.problem))]
    }

    /// The soft-delete trait.
    public static func buildExpression(_ trait: SoftDelete<M>) -> [ModelSchemaComponent<M>]
    where M: SoftDeletable {
        [ModelSchemaComponent(kind: .softDelete)]
    }

    /// Joins the block's declarations.
    public static func buildBlock(
        _ parts: [ModelSchemaComponent<M>]...
    )
        -> [ModelSchemaComponent<M>]
    {
        parts.flatMap { $0 }
    }
}
