/// Decides which statements may be streamed through `DECLARE … CURSOR`, which PostgreSQL
/// allows only for queries that change nothing.
enum PostgresCursorRules {
    private static let readKeywords: Set<String> = ["SELECT", "VALUES", "TABLE"]
    private static let writeKeywords: Set<String> = ["INSERT", "UPDATE", "DELETE", "MERGE"]

    /// Whether `sql` is a plain query. A `WITH` query qualifies unless a word in it names a
    /// data-changing command; a false "no" only costs streaming, never correctness.
    static func canStream(_ sql: String) -> Bool {
        let words = sql.uppercased().split { !$0.isLetter && $0 != "_" }
        guard let first = words.first else { return false }
        if readKeywords.contains(String(first)) { return true }
        guard first == "WITH" else { return false }
        return !words.contains { writeKeywords.contains(String($0)) }
    }
}
