import Foundation

/// A date as contributors write it: to the month, to the day, or to the minute.
///
/// Wall-clock fields are kept as written; an explicit UTC offset, when given, is kept
/// too, so that the instant can be computed in any time zone without guessing.
public struct EventDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Hashable, Sendable, Comparable {
        case month, day, time
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let precision: Precision
    public let year: Int
    public let month: Int
    /// 1 for month precision (the first of the month is used for sorting).
    public let day: Int
    public let hour: Int
    public let minute: Int
    /// Seconds east of UTC when the source wrote an explicit offset.
    public let utcOffsetSeconds: Int?

    public init(year: Int, month: Int) {
        self.init(precision: .month, year: year, month: month, day: 1, hour: 0, minute: 0, utcOffsetSeconds: nil)
    }

    public init(year: Int, month: Int, day: Int) {
        self.init(precision: .day, year: year, month: month, day: day, hour: 0, minute: 0, utcOffsetSeconds: nil)
    }

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, utcOffsetSeconds: Int? = nil) {
        self.init(precision: .time, year: year, month: month, day: day, hour: hour, minute: minute,
                  utcOffsetSeconds: utcOffsetSeconds)
    }

    private init(precision: Precision, year: Int, month: Int, day: Int, hour: Int, minute: Int, utcOffsetSeconds: Int?) {
        self.precision = precision
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The instant this date starts at: midnight of the first of the month, midnight of the day,
    /// or the written time, read in `timeZone` unless an explicit offset was written.
    public func startInstant(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utcOffsetSeconds.flatMap { TimeZone(secondsFromGMT: $0) } ?? timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        // Every parsed date is valid, so this cannot fail; the fallback keeps the type total.
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The wall clock read as UTC (an explicit offset applied), in seconds since 1970: within a
    /// day of the instant in any time zone (no time zone is 24 hours off UTC), and found without one.
    public var wallClockSeconds: Int {
        Self.epochDay(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 - (utcOffsetSeconds ?? 0)
    }

    /// Two dates whose `wallClockSeconds` are at least this far apart start in that order in any
    /// time zone: each instant is less than a day from its wall clock read as UTC.
    public static let wallClockOrderMargin = 2 * 86_400

    /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar, counting in 400-year
    /// eras (146 097 days each) whose years start on the first of March, so that the leap day
    /// falls at the end of a year.
    public static func epochDay(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date (and time) as seen on a wall clock in `timeZone`. Only differs from the written
    /// fields when an explicit offset was written.
    public func wallClock(in timeZone: TimeZone) -> EventDate {
        guard precision == .time, utcOffsetSeconds != nil else { return self }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: startInstant(in: timeZone))
        return EventDate(year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!)
    }

    /// The same date reduced to day precision (month precision stays as it is).
    public var dayOnly: EventDate {
        precision == .month ? self : EventDate(year: year, month: month, day: day)
    }

    /// `(year, month, day)` as one comparable number, for day-level comparisons.
    public var dayOrdinal: Int { year * 10_000 + month * 100 + day }

    /// ISO 8601 text at the date's own precision: `2011-04`, `2011-02-23`, `2011-11-10T19:00`
    /// (with the offset when one was written).
    public var description: String {
        let date = Self.padded(year, 4) + "-" + Self.padded(month, 2)
        switch precision {
        case .month:
            return date
        case .day:
            return date + "-" + Self.padded(day, 2)
        case .time:
            var text = date + "-" + Self.padded(day, 2) + "T" + Self.padded(hour, 2) + ":" + Self.padded(minute, 2)
            if let offset = utcOffsetSeconds {
                let magnitude = abs(offset)
                text += (offset < 0 ? "-" : "+") + Self.padded(magnitude / 3600, 2) + ":" + Self.padded((magnitude % 3600) / 60, 2)
            }
            return text
        }
    }

    /// `printf("%0*d")` without Foundation's formatter, which is slow: `7` → `07`, `-5` → `-05`.
    public static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        let zeros = max(0, width - sign.count - digits.count)
        return sign + String(repeating: "0", count: zeros) + digits
    }
}
