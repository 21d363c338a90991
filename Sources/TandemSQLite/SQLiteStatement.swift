import CSQLite
import Foundation
import Tandem

/// A prepared statement, cached by its connection and reused for every execution.
final class SQLiteStatement {
    let handle: OpaquePointer
    let sql: String
    /// The result's column names, read again when SQLite re-prepares the statement after a
    /// schema change (it does so silently inside `sqlite3_step`).
    private(set) var columnNames: [String]
    private var prepareCount: Int32 = 0
    /// The number of arguments the statement expects: the highest `$N`, bound to slot N.
    let argumentCount: Int
    /// Whether a cursor is reading rows from it right now.
    var isInUse = false

    init(connection: OpaquePointer, sql: String) throws {
        let (rewritten, highest) = try SQLitePlaceholders.rewrite(sql)
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = rewritten.withCString { text in
            sqlite3_prepare_v3(
                connection, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
        }
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError.sqlite(
                code: sqlite3_extended_errcode(connection),
                message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        if let tail, String(cString: tail).contains(where: { !$0.isWhitespace && $0 != ";" }) {
            sqlite3_finalize(statement)
            throw DatabaseError(
                .misuse, "a statement with arguments must be a single statement", sql: sql)
        }
        handle = statement
        self.sql = sql

        columnNames = Self.columnNames(of: statement)

        // `?N` makes slot N; a slot beyond the highest would be a parameter the scan missed.
        guard Int(sqlite3_bind_parameter_count(statement)) == highest else {
            sqlite3_finalize(statement)
            throw DatabaseError(
                .misuse, "parameters are positional on both engines: write $1, $2…", sql: sql)
        }
        argumentCount = highest
    }

    deinit {
        sqlite3_finalize(handle)
    }

    private static func columnNames(of statement: OpaquePointer) -> [String] {
        (0..<Int(sqlite3_column_count(statement))).map {
            sqlite3_column_name(statement, Int32($0)).map { String(cString: $0) } ?? ""
        }
    }

    /// Steps the statement once, and refreshes the column names if that step re-prepared it.
    func step() -> Int32 {
        let code = sqlite3_step(handle)
        let count = sqlite3_stmt_status(handle, Int32(SQLITE_STMTSTATUS_REPREPARE), 0)
        if count != prepareCount {
            prepareCount = count
            columnNames = Self.columnNames(of: handle)
        }
        return code
    }

    /// Binds `arguments` to the statement's parameters, by their `$N` positions.
    func bind(_ arguments: [DatabaseValue]) throws {
        guard arguments.count == argumentCount else {
            throw DatabaseError(
                .parameterCountMismatch,
                "the statement takes \(argumentCount) arguments, \(arguments.count) were given",
                sql: sql)
        }
        for (index, argument) in arguments.enumerated() {
            let code = try bind(argument, at: Int32(index + 1))
            guard code == SQLITE_OK else {
                throw DatabaseError.sqlite(
                    code: code, message: String(cString: sqlite3_errstr(code)), sql: sql)
            }
        }
    }

    private func bind(_ value: DatabaseValue, at slot: Int32) throws -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, slot)
        case .integer(let integer):
            return sqlite3_bind_int64(handle, slot, integer)
        case .double(let double):
            try BindingRules.check(double, sql: sql)
            return sqlite3_bind_double(handle, slot, double)
        case .text(let text):
            return try bindText(text, at: slot)
        case .blob(let data):
            if data.isEmpty { return sqlite3_bind_zeroblob(handle, slot, 0) }
            return data.withUnsafeBytes { bytes in
                tandem_sqlite3_bind_blob_copy(handle, slot, bytes.baseAddress, Int32(bytes.count))
            }
        case .bool(let flag):
            return sqlite3_bind_int64(handle, slot, flag ? 1 : 0)
        case .uuid(let uuid):
            return try bindText(UUIDText.text(of: uuid), at: slot)
        case .date(let date):
            return sqlite3_bind_int64(handle, slot, try BindingRules.microseconds(date, sql: sql))
        case .json(let json):
            try BindingRules.check(json, sql: sql)
            let text = json.jsonText
            // PostgreSQL's jsonb refuses the escaped NUL character; SQLite must too.
            if TextRules.containsEscapedNUL(text) { throw TextRules.nulError(sql: sql) }
            return try bindText(text, at: slot)
        case .textArray(let strings):
            let text = JSONValue.array(strings.map(JSONValue.string)).jsonText
            if TextRules.containsEscapedNUL(text) { throw TextRules.nulError(sql: sql) }
            return try bindText(text, at: slot)
        }
    }

    private func bindText(_ text: String, at slot: Int32) throws -> Int32 {
        var text = text
        return try text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                return tandem_sqlite3_bind_text_copy(handle, slot, "", 0)
            }
            if memchr(base, 0, bytes.count) != nil { throw TextRules.nulError(sql: sql) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                tandem_sqlite3_bind_text_copy(handle, slot, characters, Int32(bytes.count))
            }
        }
    }

    /// Makes the statement ready for its next execution.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
