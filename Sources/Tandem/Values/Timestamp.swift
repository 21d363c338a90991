import Foundation

/// Conversions between `Date` and the microsecond representations the engines store.
///
/// Both engines keep instants in UTC with microsecond precision. Conversions round to the
/// nearest microsecond, so a `Date` written and read back compares equal once rounded.
package enum Timestamp {
    /// Microseconds between 1970-01-01T00:00:00Z and `date`, rounded to the nearest one.
    package static func microseconds(since1970 date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// The instant `microseconds` after 1970-01-01T00:00:00Z.
    package static func date(microsecondsSince1970 microseconds: Int64) -> Date {
        let seconds = microseconds.quotientAndRemainder(dividingBy: 1_000_000)
        return Date(
            timeIntervalSince1970: Double(seconds.quotient) + Double(seconds.remainder) / 1e6
        )
    }

    /// Rounds `date` to the microsecond, as both engines store it.
    package static func rounded(_ date: Date) -> Date {
        self.date(microsecondsSince1970: microseconds(since1970: date))
    }

    /// Formats an instant as PostgreSQL text input: `2026-12-03 16:44:38.123456+00`.
    package static func postgresText(microsecondsSince1970 value: Int64) -> String {
        var (days, micros) = value.quotientAndRemainder(dividingBy: 86_400_000_000)
        if micros < 0 {
            micros += 86_400_000_000
            days -= 1
        }
        let (year, month, day) = civilDate(daysSince1970: days)
        let second = micros / 1_000_000
        let fraction = micros % 1_000_000
        var text = ""
        text.reserveCapacity(32)
        if year < 1 {
            // PostgreSQL writes years before 1 AD with a BC suffix; Tandem never stores them.
            text += "0001"
        } else {
            text += padded(Int64(year), width: 4)
        }
        text += "-" + padded(Int64(month), width: 2) + "-" + padded(Int64(day), width: 2)
        text += " " + padded(second / 3600, width: 2) + ":" + padded(second / 60 % 60, width: 2)
        text += ":" + padded(second % 60, width: 2) + "." + padded(fraction, width: 6) + "+00"
        return text
    }

    /// Parses PostgreSQL's `timestamptz` output in UTC (`2026-12-03 16:44:38.123456+00`).
    ///
    /// Also accepts a `T` separator, a `Z` suffix, no fraction and offsets like `+08:00`.
    package static func parseMicroseconds(_ text: String) -> Int64? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { parseMicroseconds(utf8: $0.baseAddress!) }
    }

    /// Parses a NUL-terminated UTF-8 timestamp; see ``parseMicroseconds(_:)``.
    package static func parseMicroseconds(utf8 p: UnsafePointer<UInt8>) -> Int64? {
        var index = 0
        func number(_ count: Int) -> Int64? {
            var value: Int64 = 0
            for _ in 0..<count {
                let byte = p[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard p[index] == byte else { return false }
            index += 1
            return true
        }

        guard let year = number(4), expect(45), let month = number(2), expect(45),
            let day = number(2)
        else { return nil }
        guard p[index] == 32 || p[index] == 84 else { return nil }
        index += 1
        guard let hour = number(2), expect(58), let minute = number(2), expect(58),
            let second = number(2)
        else { return nil }

        var fraction: Int64 = 0
        if p[index] == 46 {
            index += 1
            var digits = 0
            while p[index] >= 48, p[index] <= 57 {
                if digits < 6 { fraction = fraction * 10 + Int64(p[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if digits < 6 {
                for _ in digits..<6 { fraction *= 10 }
            }
        }

        var offsetSeconds: Int64 = 0
        let sign = p[index]
        if sign == 43 || sign == 45 {
            index += 1
            guard let hours = number(2) else { return nil }
            var minutes: Int64 = 0
            if p[index] == 58 { index += 1 }
            if p[index] >= 48, p[index] <= 57 {
                guard let parsed = number(2) else { return nil }
                minutes = parsed
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (sign == 45 ? -1 : 1)
        } else if sign == 90 {
            index += 1
        }
        guard p[index] == 0 else { return nil }

        let days = daysSince1970(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return seconds * 1_000_000 + fraction
    }

    // MARK: - Civil calendar (proleptic Gregorian, UTC)

    /// Days from 1970-01-01 to the given date.
    package static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day that fall `days` after 1970-01-01.
    package static func civilDate(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func padded(_ value: Int64, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width
            ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
