/// Rules for text that both engines must apply alike.
package enum TextRules {
    /// PostgreSQL cannot store U+0000 in text, JSON or arrays; Tandem refuses it on SQLite
    /// too, so that data valid on one engine is valid on the other.
    package static func nulError(sql: String?) -> DatabaseError {
        DatabaseError(
            .invalidValue, "text cannot contain the NUL character (U+0000)", sql: sql)
    }
}
