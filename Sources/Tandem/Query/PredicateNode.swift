/// A condition on a table's columns, resolved to column names: what a ``ModelPredicate``
/// becomes once the model's columns are known. Queries render it with bound parameters;
/// schemas render the subset they accept as literals.
indirect enum PredicateNode: Sendable {
    /// `column <op> value`.
    case comparison(String, ComparisonOperator, DatabaseValue, isSchemaConstant: Bool)
    /// `column <op> other`.
    case columnComparison(String, ComparisonOperator, String)
    /// `column IS NULL`.
    case isNull(String)
    /// `column IS NOT NULL`.
    case isNotNull(String)
    /// `column IN (values…)`.
    case isIn(String, [DatabaseValue])
    /// `column LIKE pattern`, with `\` escaping.
    case like(String, pattern: String, isCaseSensitive: Bool)
    /// The array column holds every one (`all`) or one at least (`!all`) of the values.
    case arrayContains(String, [String], all: Bool)
    /// The scalar at a JSON key path compares to a value.
    case json(String, path: [String], ComparisonOperator, JSONScalar)
    /// The text column holds `text` as a substring, served by a text-search index if any.
    case textSearch(String, String)
    /// Every condition holds.
    case and([PredicateNode])
    /// At least one condition holds.
    case or([PredicateNode])
    /// The condition does not hold.
    case not(PredicateNode)
    /// Always true or always false.
    case constant(Bool)
}

/// A comparison operator of a filter.
public enum ComparisonOperator: String, Sendable, Hashable {
    /// `=`
    case equal = "="
    /// `<>`
    case notEqual = "<>"
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
}

extension PredicateNode {
    /// The predicate as a schema constant (for a partial index or a check), or an error when
    /// it uses something only queries can.
    func schemaPredicate(table: String) throws -> SchemaPredicate {
        switch self {
        case .comparison(let column, .equal, let value, _): return .equals(column, value)
        case .comparison(let column, .greaterOrEqual, let value, _): return .atLeast(column, value)
        case .columnComparison(let lower, .lessOrEqual, let upper):
            return .columnsOrdered(lower, upper)
        case .isNull(let column): return .isNull(column)
        case .isNotNull(let column): return .isNotNull(column)
        case .isIn(let column, let values): return .isIn(column, values)
        case .and(let parts): return .and(try parts.map { try $0.schemaPredicate(table: table) })
        case .or(let parts): return .or(try parts.map { try $0.schemaPredicate(table: table) })
        case .not(let part): return .not(try part.schemaPredicate(table: table))
        default:
            throw SchemaError(
                "\(table): a schema condition may use =, >=, column <= column, IN, IS NULL,"
                    + " AND, OR and NOT only")
        }
    }
}
