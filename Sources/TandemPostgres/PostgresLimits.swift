import Tandem

/// Limits of PostgreSQL's protocol as libpq handles them.
enum PostgresLimits {
    /// The most parameters a statement may bind: libpq refuses a parameter description
    /// message longer than 30,000 bytes (four bytes a parameter) and loses the connection.
    static let maximumParameters = 7_400

    /// Throws ``DatabaseError/Code/unsupportedFeature`` when `sql` uses a placeholder beyond
    /// ``maximumParameters``, before the server is asked to describe it.
    static func checkParameterCount(in sql: String) throws {
        var highest = 0
        var current = -1
        for byte in sql.utf8 {
            if byte == UInt8(ascii: "$") {
                current = 0
            } else if current >= 0, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                current = current * 10 + Int(byte - UInt8(ascii: "0"))
                if current > maximumParameters { break }
            } else {
                highest = max(highest, current)
                current = -1
            }
        }
        highest = max(highest, current)
        if highest > maximumParameters {
            throw DatabaseError(
                .unsupportedFeature,
                "a statement may bind at most \(maximumParameters) parameters on PostgreSQL"
                    + " (libpq cannot read a longer parameter description); split it",
                sql: String(sql.prefix(200)))
        }
    }
}
