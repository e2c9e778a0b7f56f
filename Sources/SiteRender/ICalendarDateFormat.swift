import Foundation
import SiteModel

/// Date and date-time values of RFC 5545 (§3.3.4, §3.3.5, §3.3.14), written with integer
/// arithmetic: no DateFormatter, so neither the machine's locale nor its time zone reaches the output.
enum ICalendarDateFormat {
    /// `20111110T180000Z`
    static func utc(_ instant: Date) -> String {
        dateTime(atEpochSecond: epochSeconds(instant)) + "Z"
    }

    /// `20111110T190000`: the wall clock of `timeZone` at `instant`.
    static func wallClock(_ instant: Date, in timeZone: TimeZone) -> String {
        wallClock(instant, offsetSeconds: timeZone.secondsFromGMT(for: instant))
    }

    /// `20111110T190000`: the wall clock `offsetSeconds` east of UTC at `instant`.
    static func wallClock(_ instant: Date, offsetSeconds: Int) -> String {
        dateTime(atEpochSecond: epochSeconds(instant) + offsetSeconds)
    }

    /// `20111110T190000`, from the wall-clock fields of a date with time precision.
    static func dateTime(_ date: EventDate) -> String {
        ICalendarDateFormat.date(date) + "T" + digits(date.hour, 2) + digits(date.minute, 2) + "00"
    }

    /// `20110223`
    static func date(_ date: EventDate) -> String {
        digits(date.year, 4) + digits(date.month, 2) + digits(date.day, 2)
    }

    /// `+0100`, `-0330`; seconds only when there are some: `+003744`.
    static func utcOffset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        var text = (seconds < 0 ? "-" : "+") + digits(magnitude / 3600, 2) + digits(magnitude % 3600 / 60, 2)
        if magnitude % 60 != 0 { text += digits(magnitude % 60, 2) }
        return text
    }

    /// The day on the wall clock of `timeZone` at `instant`.
    static func localDate(of instant: Date, in timeZone: TimeZone) -> (year: Int, month: Int, day: Int) {
        civilDate(epochDay: floorDivide(epochSeconds(instant) + timeZone.secondsFromGMT(for: instant), 86_400))
    }

    /// The day after `date`, at day precision.
    static func nextDay(_ date: EventDate) -> EventDate {
        let civil = civilDate(epochDay: EventDate.epochDay(year: date.year, month: date.month, day: date.day) + 1)
        return EventDate(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Midnight UTC at the start of the first of January of `year`.
    static func startOfYearUTC(_ year: Int) -> Date {
        Date(timeIntervalSince1970: Double(EventDate.epochDay(year: year, month: 1, day: 1) * 86_400))
    }

    // MARK: - Proleptic Gregorian arithmetic

    /// Whole seconds since 1970-01-01T00:00:00Z, rounded down.
    static func epochSeconds(_ instant: Date) -> Int {
        let seconds = instant.timeIntervalSince1970.rounded(.down)
        // Instants come from valid dates (years 1 to 9999); the clamp only keeps the function total.
        guard seconds.isFinite, abs(seconds) < 1e15 else { return 0 }
        return Int(seconds)
    }

    private static func dateTime(atEpochSecond second: Int) -> String {
        let day = floorDivide(second, 86_400)
        let secondOfDay = second - day * 86_400
        let civil = civilDate(epochDay: day)
        return digits(civil.year, 4) + digits(civil.month, 2) + digits(civil.day, 2) + "T"
            + digits(secondOfDay / 3600, 2) + digits(secondOfDay % 3600 / 60, 2) + digits(secondOfDay % 60, 2)
    }

    /// The date `epochDay` days after 1970-01-01, the inverse of `EventDate.epochDay(year:month:day:)`,
    /// in 400-year eras (146 097 days each) whose years start on the first of March.
    static func civilDate(epochDay: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = epochDay + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    /// Zero-padded decimal digits, written by hand (no locale can change them).
    static func digits(_ value: Int, _ width: Int) -> String {
        var text = String(abs(value))
        while text.count < width { text = "0" + text }
        return value < 0 ? "-" + text : text
    }
}
