import Foundation

/// A value computed over the rows a query selects: a count, a sum, an average, a minimum or a
/// maximum, typed by what it returns.
///
/// ```swift
/// let views = try db.aggregate(PublicationAnalytics.filter(\.publicationID == id), .sum(\.views))
/// let perDay = try db.fetchGroups(
///     Content.filter(\.userID == user.id), by: .day(\.createdAt), .count)
/// ```
public struct Aggregate<M: Model, Value: Sendable>: Sendable {
    let expression: @Sendable (ColumnNames<M>, SQLDialect) throws -> String
    let decode: @Sendable (Row, Int) throws -> Value

    /// The number of rows.
    public static var count: Aggregate<M, Int> {
        Aggregate<M, Int>(expression: { _, _ in "count(*)" }, decode: { try $0.decode(at: $1) })
    }

    /// The number of rows where the column is not NULL.
    public static func count<V: ColumnValue>(_ keyPath: KeyPath<M, V>) -> Aggregate<M, Int> {
        let path = SendableKeyPath<M>(keyPath)
        return Aggregate<M, Int>(
            expression: { names, dialect in "count(\(dialect.quote(try names.name(of: path))))" },
            decode: { try $0.decode(at: $1) })
    }

    /// The sum of an integer column, `nil` over no rows; an overflow of 64 bits throws on
    /// both engines.
    public static func sum<V: AggregatableInteger>(
        _ keyPath: KeyPath<M, V>
    )
        -> Aggregate<M, Int64?>
    {
        let path = SendableKeyPath<M>(keyPath)
        return Aggregate<M, Int64?>(
            expression: { names, dialect in
                let column = dialect.quote(try names.name(of: path))
                // PostgreSQL sums bigint as numeric: back to bigint, which throws on overflow
                // as SQLite's integer sum does.
                return dialect == .postgresql ? "CAST(sum(\(column)) AS bigint)" : "sum(\(column))"
            },
            decode: { try $0.decode(at: $1) })
    }

    /// The sum of a floating-point column, `nil` over no rows. The engines may add the rows in
    /// different orders, so the last bits of the result may differ.
    public static func sum(_ keyPath: KeyPath<M, Double>) -> Aggregate<M, Double?> {
        doubleAggregate(SendableKeyPath(keyPath), "sum")
    }

    /// The sum of an optional floating-point column, `nil` over no values.
    public static func sum(_ keyPath: KeyPath<M, Double?>) -> Aggregate<M, Double?> {
        doubleAggregate(SendableKeyPath(keyPath), "sum")
    }

    /// The mean of an integer column, `nil` over no values: the exact sum divided by the
    /// count in double precision, the same on both engines; a sum past 64 bits throws on
    /// both.
    public static func average<V: AggregatableInteger>(
        _ keyPath: KeyPath<M, V>
    )
        -> Aggregate<M, Double?>
    {
        let path = SendableKeyPath<M>(keyPath)
        return Aggregate<M, Double?>(
            expression: { names, dialect in
                let column = dialect.quote(try names.name(of: path))
                // A 64-bit sum on both engines, so that an overflow throws on both.
                let sum =
                    dialect == .postgresql ? "CAST(sum(\(column)) AS bigint)" : "sum(\(column))"
                return "CASE WHEN count(\(column)) = 0 THEN NULL ELSE "
                    + "CAST(\(sum) AS DOUBLE PRECISION) / count(\(column)) END"
            },
            decode: { try $0.decode(at: $1) })
    }

    /// The mean of a floating-point column, `nil` over no values.
    public static func average(_ keyPath: KeyPath<M, Double>) -> Aggregate<M, Double?> {
        doubleAggregate(SendableKeyPath(keyPath), "avg")
    }

    /// The smallest value of the column, `nil` over no values.
    public static func minimum<V: AggregatableValue>(
        _ keyPath: KeyPath<M, V>
    )
        -> Aggregate<M, V.Wrapped?>
    {
        extremum(SendableKeyPath(keyPath), "min", V.self)
    }

    /// The largest value of the column, `nil` over no values.
    public static func maximum<V: AggregatableValue>(
        _ keyPath: KeyPath<M, V>
    )
        -> Aggregate<M, V.Wrapped?>
    {
        extremum(SendableKeyPath(keyPath), "max", V.self)
    }

    private static func doubleAggregate(
        _ path: SendableKeyPath<M>, _ function: String
    )
        -> Aggregate<M, Double?>
    {
        Aggregate<M, Double?>(
            expression: { names, dialect in
                "\(function)(\(dialect.quote(try names.name(of: path))))"
            },
            decode: { try $0.decode(at: $1) })
    }

    private static func extremum<V: AggregatableValue>(
        _ path: SendableKeyPath<M>, _ function: String, _ type: V.Type
    ) -> Aggregate<M, V.Wrapped?> {
        Aggregate<M, V.Wrapped?>(
            expression: { names, dialect in
                "\(function)(\(dialect.quote(try names.name(of: path))))"
            },
            decode: { try Optional<V.Wrapped>.decode(from: $0, at: $1) })
    }
}

/// An integer type whose columns can be summed and averaged.
public protocol AggregatableInteger: ColumnValue {}
extension Int: AggregatableInteger {}
extension Int32: AggregatableInteger {}
extension Int64: AggregatableInteger {}
extension Optional: AggregatableInteger where Wrapped: AggregatableInteger {}

/// A type whose columns order the same way on both engines, for ``Aggregate/minimum(_:)`` and
/// ``Aggregate/maximum(_:)``: numbers, strings and dates.
public protocol AggregatableValue: ColumnValue {
    /// The type without its optional, which the aggregate returns wrapped in an optional.
    associatedtype Wrapped: DatabaseValueConvertible
}
extension Int: AggregatableValue {
    /// `Int` itself.
    public typealias Wrapped = Int
}
extension Int32: AggregatableValue {
    /// `Int32` itself.
    public typealias Wrapped = Int32
}
extension Int64: AggregatableValue {
    /// `Int64` itself.
    public typealias Wrapped = Int64
}
extension Double: AggregatableValue {
    /// `Double` itself.
    public typealias Wrapped = Double
}
extension String: AggregatableValue {
    /// `String` itself.
    public typealias Wrapped = String
}
extension Date: AggregatableValue {
    /// `Date` itself.
    public typealias Wrapped = Date
}
extension Optional: AggregatableValue where Wrapped: AggregatableValue {
    /// The wrapped type's own.
    public typealias Wrapped = Wrapped.Wrapped
}
