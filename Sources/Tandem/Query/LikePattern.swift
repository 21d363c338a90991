/// Helpers for `LIKE` patterns, which Tandem writes with `\` as the escape character on both
/// engines.
public enum LikePattern {
    /// `text` with `%`, `_` and `\` escaped, so that it matches only itself.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        // By Unicode scalar, as both engines read patterns: a combining mark after a `%` must
        // not hide it in one Character.
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" {
                escaped.unicodeScalars.append("\\")
            }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }

    /// Refuses a pattern that ends with a lone `\`, which PostgreSQL rejects and SQLite
    /// reads differently.
    static func validate(_ pattern: String, column: String) throws {
        var isEscaped = false
        for scalar in pattern.unicodeScalars {
            isEscaped = !isEscaped && scalar == "\\"
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
        for scalar in pattern.unicodeScalars {
            if isEscaped {
                glob += globLiteral(scalar)
                isEscaped = false
                continue
            }
            switch scalar {
            case "\\": isEscaped = true
            case "%": glob.unicodeScalars.append("*")
            case "_": glob.unicodeScalars.append("?")
            default: glob += globLiteral(scalar)
            }
        }
        return glob
    }

    private static func globLiteral(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "*", "?", "[": "[\(scalar)]"
        default: String(scalar)
        }
    }
}
