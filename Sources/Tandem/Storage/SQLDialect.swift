/// The SQL dialect of an engine.
///
/// Tandem writes the same SQL text for both engines wherever it can: parameters are written
/// `$1`, `$2`… and identifiers are quoted with double quotes on both.
public struct SQLDialect: Hashable, Sendable, CustomStringConvertible {
    private enum Base: String {
        case sqlite
        case postgresql
    }

    private let base: Base
    private init(_ base: Base) { self.base = base }

    /// SQLite 3.37 or later.
    public static let sqlite = SQLDialect(.sqlite)
    /// PostgreSQL 13 or later.
    public static let postgresql = SQLDialect(.postgresql)

    /// Every dialect Tandem speaks.
    public static let all: [SQLDialect] = [.sqlite, .postgresql]

    /// The dialect's name: `sqlite` or `postgresql`.
    public var name: String { base.rawValue }

    /// The dialect's name.
    public var description: String { name }

    /// The dialect called `name`, or `nil`.
    public init?(name: String) {
        guard let base = Base(rawValue: name) else { return nil }
        self.base = base
    }

    /// Quotes an identifier (a table, column or constraint name) for this dialect.
    public func quote(_ identifier: String) -> String {
        guard identifier.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + identifier + "\"" }
        return "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
