import Testing

@testable import TandemPostgres

/// The parameter count that guards libpq's limit: placeholders outside literals, quoted names,
/// dollar quotes and comments count; text that only looks like one does not, and what the
/// scanner cannot place is counted.
@Suite("PostgreSQL placeholder count: the highest $N outside literals and comments")
struct PostgresPlaceholderCountTests {
    @Test(
        "counted",
        arguments: [
            ("SELECT $1, $12", 12),
            ("SELECT E'\\'', $8000", 7_401),  // a backslash-escaped quote does not end the literal
            ("SELECT /* a /* b */ it's */ $7500", 7_401),  // nested comments
            ("SELECT 1 -- note\r, $7402", 7_401),  // a line comment ends at CR
            ("SELECT x$$, $7403", 7_401),  // `x$$` is an identifier, not a dollar quote
            ("SELECT 1+$3", 3),
            ("SELECT $2$", 2),
        ])
    func counted(sql: String, highest: Int) {
        #expect(PostgresLimits.highestPlaceholder(in: sql) == highest, "\(sql)")
    }

    @Test(
        "not counted",
        arguments: [
            "SELECT '$8000'", "SELECT 'it''s $8000'", "SELECT \"$8000\"", "SELECT $$ $8000 $$",
            "SELECT $tag$ $8000 $tag$", "SELECT a$8000 FROM t", "SELECT 1 -- $8000",
            "SELECT /* $8000 */ 1", "SELECT e'\\\\' AS x",
        ])
    func notCounted(sql: String) {
        #expect(PostgresLimits.highestPlaceholder(in: sql) == 0, "\(sql)")
    }
}
