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
        guard count == 36 else { return nil }
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &raw) { output -> Bool in
            var position = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    guard bytes[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = nibble(bytes[position]), let low = nibble(bytes[position + 1])
                else { return false }
                output[index] = high << 4 | low
                position += 2
            }
            return true
        }
        return parsed ? UUID(uuid: raw) : nil
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 97...102: byte - 87
        case 65...70: byte - 55
        default: nil
        }
    }
}
