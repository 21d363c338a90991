import Tandem

/// Rewrites Tandem's `$N` placeholders as SQLite's `?N`, which bind to slot N directly.
///
/// SQLite numbers `$N` parameters in order of first appearance, and finding which `$N` a slot
/// holds costs a linear search per slot: quadratic for a multi-row INSERT of thousands of
/// parameters. `?N` has no such cost. The scan skips string literals, quoted identifiers and
/// comments, and refuses parameters that are not positional.
enum SQLitePlaceholders {
    /// The SQL with every `$N` written `?N`, and the highest `N`.
    ///
    /// - Throws: ``DatabaseError/Code/syntaxError`` for a named or anonymous parameter
    ///   (`:name`, `@name`, `$name`, `?`), as PostgreSQL reports them.
    static func rewrite(_ sql: String) throws -> (sql: String, highest: Int) {
        let bytes = Array(sql.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var highest = 0
        var index = 0

        func copy(until end: Int) {
            output.append(contentsOf: bytes[index..<min(end, bytes.count)])
            index = min(end, bytes.count)
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                copy(until: closing(byte, in: bytes, after: index) + 1)
            case UInt8(ascii: "["):
                copy(
                    until: (bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) ?? bytes.count)
                        + 1)
            case UInt8(ascii: "-") where next(bytes, index) == UInt8(ascii: "-"):
                copy(until: (bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count))
            case UInt8(ascii: "/") where next(bytes, index) == UInt8(ascii: "*"):
                copy(until: endOfBlockComment(bytes, index))
            case UInt8(ascii: ":") where next(bytes, index) == UInt8(ascii: ":"):
                // PostgreSQL's cast, which SQLite will report itself.
                copy(until: index + 2)
            case UInt8(ascii: "$"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"):
                var end = index + 1
                var number = 0
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"),
                    bytes[end] <= UInt8(ascii: "9")
                {
                    number = min(number * 10 + Int(bytes[end] - UInt8(ascii: "0")), 1_000_000)
                    end += 1
                }
                let isPositional =
                    (byte == UInt8(ascii: "$") || byte == UInt8(ascii: "?")) && end > index + 1
                    && number >= 1 && (end == bytes.count || !isIdentifierByte(bytes[end]))
                guard isPositional else {
                    // `::` is not a parameter, nor a `:`/`@` that no name follows.
                    if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@"),
                        !(end < bytes.count && isIdentifierStart(bytes[end]))
                    {
                        copy(until: index + 1)
                        continue
                    }
                    throw DatabaseError(
                        .syntaxError, "parameters are positional on both engines: write $1, $2…",
                        sql: sql)
                }
                output.append(UInt8(ascii: "?"))
                index += 1
                copy(until: end)
                highest = max(highest, number)
            default:
                output.append(byte)
                index += 1
            }
        }
        return (String(decoding: output, as: UTF8.self), highest)
    }

    private static func next(_ bytes: [UInt8], _ index: Int) -> UInt8? {
        index + 1 < bytes.count ? bytes[index + 1] : nil
    }

    /// The index of the quote that closes the one at `start`; a doubled quote is part of the
    /// text.
    private static func closing(_ quote: UInt8, in bytes: [UInt8], after start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == quote {
                if next(bytes, index) == quote {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return bytes.count
    }

    private static func endOfBlockComment(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                return index + 2
            }
            index += 1
        }
        return bytes.count
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_")
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || byte >= 0x80
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "$")
    }
}
