/// How Tandem names the constraints and indexes a schema does not name itself.
///
/// | object | name |
/// |---|---|
/// | primary key | `pk_<table>` |
/// | unique | `uix_<table>_<columns>` |
/// | foreign key | `fk_<table>_<column>` |
/// | type check | `ck_<table>_<column>_<rule>`: `length`, `enum`, `json`, `array`, `bool`, `uuid`, `range` |
/// | index | `ix_<table>_<columns>` |
///
/// Names longer than PostgreSQL's 63-byte limit are refused by the schema checks.
public enum NamingConvention {
    /// `pk_<table>`.
    public static func primaryKey(table: String) -> String { "pk_\(table)" }

    /// `uix_<table>_<column>_<column>…`.
    public static func unique(table: String, columns: [String]) -> String {
        "uix_\(table)_" + columns.joined(separator: "_")
    }

    /// `fk_<table>_<column>…`.
    public static func foreignKey(table: String, columns: [String]) -> String {
        "fk_\(table)_" + columns.joined(separator: "_")
    }

    /// `ix_<table>_<column>_<column>…`.
    public static func index(table: String, columns: [String]) -> String {
        "ix_\(table)_" + columns.joined(separator: "_")
    }

    /// `ck_<table>_<column>_<rule>`: the check that keeps a column's type on SQLite.
    public static func typeCheck(table: String, column: String, rule: TypeCheckRule) -> String {
        "ck_\(table)_\(column)_\(rule.rawValue)"
    }

    /// The rules a type check enforces; the rule names the kind of error a violation is.
    public enum TypeCheckRule: String, CaseIterable, Sendable {
        /// A string's maximum length: violations are `valueTooLong`.
        case length
        /// An enumeration's values: violations are `checkViolation`, as on PostgreSQL.
        case `enum`
        /// Valid JSON: violations are `invalidValue`.
        case json
        /// A JSON array of strings: violations are `invalidValue`.
        case array
        /// 0 or 1: violations are `invalidValue`.
        case bool
        /// Canonical UUID text: violations are `invalidValue`.
        case uuid
        /// A 32-bit integer's range: violations are `invalidValue`.
        case range
    }

    /// The rule of a type check called `name`, if it follows the convention.
    public static func typeCheckRule(ofConstraint name: String) -> TypeCheckRule? {
        guard name.hasPrefix("ck_"), let underscore = name.lastIndex(of: "_") else { return nil }
        return TypeCheckRule(rawValue: String(name[name.index(after: underscore)...]))
    }
}
