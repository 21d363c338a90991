/// Reads a JSON array of strings (how SQLite stores `[String]`) straight from UTF-8 bytes,
/// without building a ``JSONValue`` first.
package enum JSONStringArray {
    /// The strings, or `nil` when the bytes are not a JSON array of strings (the caller then
    /// reports the error through the full parser).
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var index = 0
        func skipWhitespace() {
            while index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                    || bytes[index] == 0x09
            {
                index += 1
            }
        }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        skipWhitespace()
        var strings: [String] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            skipWhitespace()
            return index == bytes.count ? strings : nil
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                // Escapes and control characters take the full parser's path.
                if bytes[index] == UInt8(ascii: "\\") || bytes[index] < 0x20 { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            strings.append(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            )
            index += 1
            skipWhitespace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                skipWhitespace()
                return index == bytes.count ? strings : nil
            } else {
                return nil
            }
        }
    }
}
