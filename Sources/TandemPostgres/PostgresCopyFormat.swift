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
            appendEscaped(scratch, count: scratch.count - 1, to: &buffer)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Appends the first `count` bytes of `text` with COPY's escapes, copying the runs between
    /// escaped bytes whole.
    private static func appendEscaped(_ text: [UInt8], count: Int, to buffer: inout [UInt8]) {
        text.withUnsafeBufferPointer { bytes in
            var runStart = 0
            for index in 0..<count {
                let escape: UInt8
                switch bytes[index] {
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case UInt8(ascii: "\n"): escape = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): escape = UInt8(ascii: "r")
                case UInt8(ascii: "\t"): escape = UInt8(ascii: "t")
                default: continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(escape)
                runStart = index + 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }
}
