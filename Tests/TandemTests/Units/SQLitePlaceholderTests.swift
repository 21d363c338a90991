import Tandem
import Testing

@testable import TandemSQLite

@Suite("SQLite placeholders: $N becomes ?N outside literals, comments and identifiers")
struct SQLitePlaceholderTests {
    @Test("positional parameters are rewritten and counted")
    func rewrite() throws {
        let (sql, highest) = try SQLitePlaceholders.rewrite(
            "SELECT $2, '$1 '' $9', \"$7\", [$8], `$6` -- $5\n, $1 /* $4 */ FROM t WHERE x = $10")
        #expect(
            sql
                == "SELECT ?2, '$1 '' $9', \"$7\", [$8], `$6` -- $5\n, ?1 /* $4 */ FROM t WHERE x = ?10"
        )
        #expect(highest == 10)
    }

    @Test(
        "named and anonymous parameters are refused",
        arguments: ["SELECT :name", "SELECT @p", "SELECT $name", "SELECT ?", "SELECT $0"])
    func refused(sql: String) {
        #expect(throws: DatabaseError.self) { try SQLitePlaceholders.rewrite(sql) }
    }

    @Test("text without parameters is unchanged")
    func unchanged() throws {
        let sql = "SELECT json_extract(x, '$.a'), a::text, 1 FROM t -- done"
        #expect(try SQLitePlaceholders.rewrite(sql) == (sql, 0))
    }
}
