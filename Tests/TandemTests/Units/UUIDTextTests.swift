import Foundation
import Testing

@testable import Tandem

@Suite("UUID text")
struct UUIDTextTests {
    private func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { UUIDText.uuid(utf8: $0.baseAddress!, count: $0.count) }
    }

    @Test("canonical text parses in either case and formats back lowercase")
    func roundTrip() {
        for _ in 0..<100 {
            let uuid = UUID()
            #expect(parse(UUIDText.text(of: uuid)) == uuid)
            #expect(parse(uuid.uuidString) == uuid)
            #expect(UUIDText.text(of: uuid) == uuid.uuidString.lowercased())
        }
    }

    @Test(
        "anything else is refused",
        arguments: [
            "", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
            "00000000-0000-0000-0000-00000000000g", "00000000_0000-0000-0000-000000000000",
            "0000000-00000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000 ",
            "{0000000-0000-0000-0000-000000000000",
        ])
    func refused(text: String) {
        #expect(parse(text) == nil)
    }
}
