import Foundation
import SiteModel

/// An instant with the UTC offset the site's time zone has at that instant, printed without
/// the machine's locale or time zone: RFC 822 for RSS, RFC 3339 for Atom and JSON Feed.
struct FeedTimestamp: Hashable, Sendable, Comparable {
    let secondsSinceEpoch: Int
    let utcOffsetSeconds: Int

    init(secondsSinceEpoch: Int, utcOffsetSeconds: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The start of `date` (the first of the month at midnight for month precision),
    /// with the offset of `timeZone` at that instant.
    init(_ date: EventDate, in timeZone: TimeZone) {
        let instant = date.startInstant(in: timeZone)
        // Offsets are printed in whole minutes; old local mean times (Paris before 1911: +00:09:21)
        // are cut to the minute so that the printed clock and offset still give the same instant.
        let offset = timeZone.secondsFromGMT(for: instant)
        self.init(secondsSinceEpoch: Int(instant.timeIntervalSince1970.rounded(.down)),
                  utcOffsetSeconds: offset - offset % 60)
    }

    static func < (lhs: FeedTimestamp, rhs: FeedTimestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// RFC 822's names: tokens of the format, whatever the site's language.
    private static let rfc822Weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let rfc822Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Thu, 10 Nov 2011 19:00:00 +0100`
    var rfc822: String {
        let local = LocalFields(secondsSinceEpoch + utcOffsetSeconds)
        let weekday = Self.rfc822Weekdays[local.weekday]
        let month = Self.rfc822Months[local.month - 1]
        return "\(weekday), \(twoDigits(local.day)) \(month) \(fourDigits(local.year)) "
            + "\(twoDigits(local.hour)):\(twoDigits(local.minute)):\(twoDigits(local.second)) "
            + offset(separator: "")
    }

    /// `2011-11-10T19:00:00+01:00`
    var rfc3339: String {
        let local = LocalFields(secondsSinceEpoch + utcOffsetSeconds)
        return "\(fourDigits(local.year))-\(twoDigits(local.month))-\(twoDigits(local.day))"
            + "T\(twoDigits(local.hour)):\(twoDigits(local.minute)):\(twoDigits(local.second))"
            + offset(separator: ":")
    }

    private func offset(separator: String) -> String {
        let magnitude = abs(utcOffsetSeconds) / 60
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        return sign + twoDigits(magnitude / 60) + separator + twoDigits(magnitude % 60)
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private func fourDigits(_ value: Int) -> String {
        let text = "\(value)"
        return text.count >= 4 ? text : String(repeating: "0", count: 4 - text.count) + text
    }

    /// Calendar fields of a count of seconds, on the proleptic Gregorian calendar
    /// (days-from-civil arithmetic, no Calendar or locale involved).
    private struct LocalFields {
        let year, month, day, hour, minute, second: Int
        /// 0 = Sunday.
        let weekday: Int

        init(_ seconds: Int) {
            let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
            let secondOfDay = seconds - days * 86_400
            hour = secondOfDay / 3600
            minute = secondOfDay % 3600 / 60
            second = secondOfDay % 60
            weekday = ((days + 4) % 7 + 7) % 7 // 1970-01-01 was a Thursday

            let shifted = days + 719_468 // days since 0000-03-01
            let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthFromMarch = (5 * dayOfYear + 2) / 153
            day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
            month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        }
    }
}
