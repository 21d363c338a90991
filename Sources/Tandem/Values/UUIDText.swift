import Foundation

/// Fast conversions between `UUID` and its canonical text, as both engines exchange it.
package enum UUIDText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A UUID as lowercase canonical text, 36 characters.
    package static func text(of uuid: UUID) -> String {
        let bytes = uuid.uuid
        return withUnsafeBytes(of: bytes) { raw in
            String(unsafeUninitializedCapacity: 36) { output in
                var position = 0
                for (index, byte) in raw.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        output[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    output[position] = hexDigits[Int(byte >> 4)]
                    output[position + 1] = hexDigits[Int(byte & 0x0F)]
                    position += 2
                }
                return 36
            }
        }
    }

    /// Parses canonical UUID text (either case) from `count` UTF-8 bytes.
    package static func uuid(utf8 bytes: UnsafePointer<UInt8>, count: Int) -> UUID? {
        guard count == 36, bytes[8] == dash, bytes[13] == dash, bytes[18] == dash,
            bytes[23] == dash
        else { return nil }
        // Any byte that is not a hex digit maps to 0xFF, whose high bits survive the OR.
        var invalid: UInt8 = 0
        @inline(__always)
        func byte(at position: Int) -> UInt8 {
            let high = hexValue(bytes[position])
            let low = hexValue(bytes[position + 1])
            invalid |= high | low
            return high << 4 | (low & 0x0F)
        }
        // The two hex digits of each byte start at 0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24…34.
        let raw: uuid_t = (
            byte(at: 0), byte(at: 2), byte(at: 4), byte(at: 6), byte(at: 9), byte(at: 11),
            byte(at: 14), byte(at: 16), byte(at: 19), byte(at: 21), byte(at: 24), byte(at: 26),
            byte(at: 28), byte(at: 30), byte(at: 32), byte(at: 34)
        )
        return invalid & 0xF0 == 0 ? UUID(uuid: raw) : nil
    }

    private static let dash = UInt8(ascii: "-")

    /// The value of a hex digit, or 0xFF.
    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 48...57: byte &- 48
        case 97...102: byte &- 87
        case 65...70: byte &- 55
        default: 0xFF
        }
    }
}
