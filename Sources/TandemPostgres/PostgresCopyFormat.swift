import Tandem

/// The text format of `COPY … FROM STDIN`: one line a row, values separated by tabs, `\N` for
/// NULL, and backslash escapes for the characters that would break a line.
enum PostgresCopyFormat {
    /// Appends one row of `values` and its line break to `buffer`; `scratch` is reused for each
    /// value's text form.
    static func appendRow(
        _ values: ArraySlice<DatabaseValue>, to buffer: inout [UInt8], scratch: inout [UInt8]
    ) throws {
        var isFirst = true
        for value in values {
            if !isFirst { buffer.append(UInt8(ascii: "\t")) }
            isFirst = false
            scratch.removeAll(keepingCapacity: true)
            // The parameter text, NUL-terminated, or nothing for NULL.
            guard try PostgresValueFormat.append(value, to: &scratch) else {
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "N"))
                continue
            }
            for byte in scratch.dropLast() {
                switch byte {
                case UInt8(ascii: "\\"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "t"))
                default:
                    buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }
}
