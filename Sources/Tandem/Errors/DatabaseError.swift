import Foundation

/// The error every Tandem storage throws: what went wrong, in terms that are the same on
/// SQLite and PostgreSQL, plus the engine's own details.
///
/// Compare ``code`` to recognise a kind of failure on either engine:
///
/// ```swift
/// do {
///     try db.execute("INSERT INTO users (email) VALUES ($1)", [.text(email)])
/// } catch let error as DatabaseError where error.code == .uniqueViolation {
///     // the email is taken, on SQLite and on PostgreSQL alike
/// }
/// ```
///
/// The description shows the message, the engine code and the SQL text, never bound values
/// or connection passwords.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// The engine-independent kind of failure.
    public var code: Code
    /// A human-readable message, from the engine or from Tandem.
    public var message: String
    /// The SQL text of the statement that failed, when a statement failed.
    public var sql: String?
    /// SQLite's extended result code, when SQLite reported the failure.
    public var sqliteExtendedCode: Int32?
    /// PostgreSQL's five-character SQLSTATE, when PostgreSQL reported the failure.
    public var sqlState: String?
    /// PostgreSQL's detail field, when present.
    public var detail: String?
    /// PostgreSQL's hint field, when present.
    public var hint: String?
    /// The table involved, when the engine or Tandem knows it.
    public var table: String?
    /// The column involved, when the engine or Tandem knows it.
    public var column: String?
    /// The constraint involved, when the engine names it.
    public var constraint: String?
    /// The `id` of the row being decoded, when a record failed to decode.
    public var recordID: UUID?

    /// Creates an error; drivers and Tandem's own layers fill in what they know.
    public init(
        _ code: Code,
        _ message: String,
        sql: String? = nil,
        table: String? = nil,
        column: String? = nil,
        constraint: String? = nil
    ) {
        self.code = code
        self.message = message
        self.sql = sql
        self.table = table
        self.column = column
        self.constraint = constraint
    }

    /// A one-paragraph account of the failure, without bound values.
    public var description: String {
        var parts = ["\(code): \(message)"]
        if let sqlState { parts.append("SQLSTATE \(sqlState)") }
        if let sqliteExtendedCode { parts.append("SQLite code \(sqliteExtendedCode)") }
        if let table { parts.append("table \(table)") }
        if let column { parts.append("column \(column)") }
        if let constraint { parts.append("constraint \(constraint)") }
        if let recordID { parts.append("row id \(UUIDText.text(of: recordID))") }
        if let detail { parts.append("detail: \(detail)") }
        if let hint { parts.append("hint: \(hint)") }
        if let sql { parts.append("SQL: \(sql)") }
        return parts.joined(separator: "; ")
    }
}
