/// Helpers for `LIKE` patterns, which Tandem writes with `\` as the escape character on both
/// engines.
public enum LikePattern {
    /// `text` with `%`, `_` and `\` escaped, so that it matches only itself.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Refuses a pattern that ends with a lone `\`, which PostgreSQL rejects and SQLite
    /// reads differently.
    static func validate(_ pattern: String, column: String) throws {
        var isEscaped = false
        for character in pattern {
            isEscaped = !isEscaped && character == "\\"
        }
        if isEscaped {
            throw DatabaseError(
                .invalidValue, "a LIKE pattern cannot end with the escape character \\",
                column: column)
        }
    }

    /// A `LIKE` pattern turned into the `GLOB` pattern that matches the same strings
    /// case-sensitively: SQLite's `LIKE` ignores ASCII case, its `GLOB` does not.
    static func glob(fromLike pattern: String) -> String {
        var glob = ""
        var isEscaped = false
        for character in pattern {
            if isEscaped {
                glob += globLiteral(character)
                isEscaped = false
                continue
            }
            switch character {
            case "\\": isEscaped = true
            case "%": glob.append("*")
            case "_": glob.append("?")
            default: glob += globLiteral(character)
            }
        }
        return glob
    }

    private static func globLiteral(_ character: Character) -> String {
        switch character {
        case "*", "?", "[": "[\(character)]"
        default: String(character)
        }
    }
}
