/// Rules for text that both engines must apply alike.
package enum TextRules {
    /// PostgreSQL cannot store U+0000 in text, JSON or arrays; Tandem refuses it on SQLite
    /// too, so that data valid on one engine is valid on the other.
    package static func nulError(sql: String?) -> DatabaseError {
        DatabaseError(
            .invalidValue, "text cannot contain the NUL character (U+0000)", sql: sql)
    }

    /// Whether JSON text holds the escaped NUL character `\u0000`, which PostgreSQL's jsonb
    /// refuses. A byte scan, without Foundation's string search.
    package static func containsEscapedNUL(_ json: String) -> Bool {
        var text = json
        return text.withUTF8 { bytes in
            let pattern: [UInt8] = Array("\\u0000".utf8)
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            while index <= bytes.count - pattern.count {
                if bytes[index] == pattern[0], bytes[index + 1] == pattern[1],
                    bytes[index + 2] == pattern[2], bytes[index + 3] == pattern[3],
                    bytes[index + 4] == pattern[4], bytes[index + 5] == pattern[5]
                {
                    // `\\u0000` is an escaped backslash followed by text: count the backslashes.
                    var backslashes = 0
                    var before = index - 1
                    while before >= 0, bytes[before] == UInt8(ascii: "\\") {
                        backslashes += 1
                        before -= 1
                    }
                    if backslashes % 2 == 0 { return true }
                }
                index += 1
            }
            return false
        }
    }
}
