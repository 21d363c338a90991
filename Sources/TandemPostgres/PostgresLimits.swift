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

    /// The highest `$N` in `sql`, outside string literals (`E'…'` with its backslash escapes),
    /// quoted identifiers, dollar-quoted strings and comments (nested block comments, line
    /// comments ended by CR or LF), and not inside an identifier (`a$1`); it stops counting past
    /// ``maximumParameters``. Where it errs, it errs towards counting: a statement refused
    /// wrongly fails cleanly, one sent wrongly loses the connection.
    static func highestPlaceholder(in sql: String) -> Int {
        let bytes = Array(sql.utf8)
        var highest = 0
        var index = 0
        while index < bytes.count {
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            switch bytes[index] {
            case UInt8(ascii: "'"):
                let escapes =
                    index > 0 && (bytes[index - 1] | 0x20) == UInt8(ascii: "e")
                    && !(index > 1 && isIdentifierByte(bytes[index - 2]))
                index = endOfLiteral(bytes, from: index + 1, backslashEscapes: escapes)
            case UInt8(ascii: "\""):
                index =
                    (bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count) + 1
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
                index =
                    bytes[index...].firstIndex {
                        $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
                    }
                    ?? bytes.count
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                index = endOfBlockComment(bytes, from: index)
            case UInt8(ascii: "$") where continuesIdentifier(bytes, at: index):
                index += 1
            case UInt8(ascii: "$"):
                var end = index + 1
                var number = 0
                while end < bytes.count, isDigit(bytes[end]) {
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
                while end < bytes.count, bytes[end] != UInt8(ascii: "$"),
                    isIdentifierByte(bytes[end])
                {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "$") {
                    let tag = Array(bytes[index...end])
                    index = endOfDollarQuote(bytes, tag: tag, from: end + 1)
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return highest
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80 || isDigit(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Whether the `$` at `index` is part of an identifier (`a$1`, `x$$`): the bytes before it
    /// form a word that does not start with a digit (a number followed by `$1` is not one).
    private static func continuesIdentifier(_ bytes: [UInt8], at index: Int) -> Bool {
        var start = index
        while start > 0, isIdentifierByte(bytes[start - 1]) { start -= 1 }
        return start < index && !isDigit(bytes[start]) && bytes[start] != UInt8(ascii: "$")
    }

    /// The index after the quote that closes a literal whose text starts at `start`.
    private static func endOfLiteral(
        _ bytes: [UInt8], from start: Int, backslashEscapes: Bool
    ) -> Int {
        var index = start
        while index < bytes.count {
            if backslashEscapes, bytes[index] == UInt8(ascii: "\\") {
                index += 2
            } else if bytes[index] == UInt8(ascii: "'") {
                // A doubled quote ends this literal and opens the next: the same result.
                return index + 1
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The index after the `*/` that closes the block comment at `start`, nested ones included.
    private static func endOfBlockComment(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The index after the closing `tag` of a dollar-quoted string whose text starts at `start`.
    private static func endOfDollarQuote(_ bytes: [UInt8], tag: [UInt8], from start: Int) -> Int {
        var index = start
        while index + tag.count <= bytes.count {
            if bytes[index..<(index + tag.count)].elementsEqual(tag) { return index + tag.count }
            index += 1
        }
        return bytes.count
    }
}
