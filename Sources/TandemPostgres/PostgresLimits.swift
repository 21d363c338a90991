import Tandem

/// Limits of PostgreSQL's protocol as libpq handles them.
enum PostgresLimits {
    /// The most parameters a statement may bind: libpq refuses a parameter description
    /// message longer than 30,000 bytes (four bytes a parameter) and loses the connection.
    static let maximumParameters = 7_400

    /// Throws ``DatabaseError/Code/unsupportedFeature`` when `sql` uses a placeholder beyond
    /// ``maximumParameters``, before the server is asked to describe it.
    static func checkParameterCount(in sql: String) throws {
        if highestPlaceholder(in: sql) > maximumParameters {
            throw DatabaseError(
                .unsupportedFeature,
                "a statement may bind at most \(maximumParameters) parameters on PostgreSQL"
                    + " (libpq cannot read a longer parameter description); split it",
                sql: String(sql.prefix(200)))
        }
    }

    /// The highest `$N` in `sql`, outside string literals, quoted identifiers, dollar-quoted
    /// strings and comments (stops counting past ``maximumParameters``).
    static func highestPlaceholder(in sql: String) -> Int {
        let bytes = Array(sql.utf8)
        var highest = 0
        var index = 0
        func byte(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }
        func skip(past terminator: [UInt8], from start: Int) {
            var end = start
            while end + terminator.count <= bytes.count,
                !bytes[end..<(end + terminator.count)].elementsEqual(terminator)
            {
                end += 1
            }
            index = min(end + terminator.count, bytes.count)
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "'"):
                // A doubled quote inside the literal ends it and opens the next: same result.
                skip(past: [UInt8(ascii: "'")], from: index + 1)
            case UInt8(ascii: "\""):
                skip(past: [UInt8(ascii: "\"")], from: index + 1)
            case UInt8(ascii: "-") where byte(1) == UInt8(ascii: "-"):
                skip(past: [UInt8(ascii: "\n")], from: index + 2)
            case UInt8(ascii: "/") where byte(1) == UInt8(ascii: "*"):
                skip(past: [UInt8(ascii: "*"), UInt8(ascii: "/")], from: index + 2)
            case UInt8(ascii: "$"):
                var end = index + 1
                var number = 0
                while end < bytes.count,
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end])
                {
                    number = min(
                        number * 10 + Int(bytes[end] - UInt8(ascii: "0")), maximumParameters + 1)
                    end += 1
                }
                if end > index + 1 {
                    highest = max(highest, number)
                    index = end
                    continue
                }
                // `$tag$ … $tag$` (or `$$ … $$`): a tag is an identifier without `$`.
                while end < bytes.count,
                    bytes[end] == UInt8(ascii: "_") || bytes[end] >= 0x80
                        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end] | 0x20)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end])
                {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "$") {
                    skip(past: Array(bytes[index...end]), from: end + 1)
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return highest
    }
}
