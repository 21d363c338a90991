import Foundation
import Tandem
import Testing

@Suite("Timestamps")
struct TimestampTests {
    @Test(
        "PostgreSQL text round-trips",
        arguments: [
            Int64(0), 1_764_780_278_123_456, -1, -86_400_000_001, 253_402_300_799_999_999,
            -62_135_596_800_000_000,
        ])
    func postgresText(micros: Int64) {
        let text = Timestamp.postgresText(microsecondsSince1970: micros)
        #expect(Timestamp.parseMicroseconds(text) == micros, "\(text)")
    }

    @Test("parses the forms PostgreSQL and ISO 8601 write")
    func parses() {
        #expect(Timestamp.parseMicroseconds("1970-01-01 00:00:00+00") == 0)
        #expect(Timestamp.parseMicroseconds("1970-01-01T00:00:01Z") == 1_000_000)
        #expect(Timestamp.parseMicroseconds("1970-01-01 08:00:00.5+08:00") == 500_000)
        #expect(
            Timestamp.parseMicroseconds("2026-12-03 16:44:38.1234567+00") == 1_796_316_278_123_456)
        #expect(Timestamp.parseMicroseconds("2026-12-03") == nil)
        #expect(Timestamp.parseMicroseconds("not a date") == nil)
    }

    @Test("rounding to the microsecond is stable")
    func rounding() {
        let date = Date(timeIntervalSince1970: 1_764_780_278.1234567)
        let rounded = Timestamp.rounded(date)
        #expect(Timestamp.rounded(rounded) == rounded)
        #expect(Timestamp.microseconds(since1970: rounded) == 1_764_780_278_123_457)
    }
}
