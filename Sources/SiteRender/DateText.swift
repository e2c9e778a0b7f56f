import Foundation
import SiteModel

/// Dates as readers see them, in the words and order of the theme's strings (`months`,
/// `date_day`, `time` …), never from the machine's locale, so output does not depend on `LANG`.
public enum DateText {
    /// « jeudi 10 novembre 2011 à 19 h », « Thursday, November 10, 2011 at 7:00 PM », « avril 2011 »;
    /// the time is shown on the site's wall clock.
    public static func long(_ date: EventDate, words: InterfaceWords, in timeZone: TimeZone) -> String {
        let local = date.wallClock(in: timeZone)
        let month = name(local.month - 1, in: words.list("months"))
        switch local.precision {
        case .month:
            return words.format("date_month", ["month": month, "year": String(local.year)])
        case .day, .time:
            let firstDay = words["day_first"]
            let day = words.format("date_day", ["weekday": name(weekdayIndex(local), in: words.list("weekdays")),
                                                "day": local.day == 1 && !firstDay.isEmpty ? firstDay : String(local.day),
                                                "month": month, "year": String(local.year)])
            guard local.precision == .time else { return day }
            return words.format("date_time", ["date": day, "time": time(local, words: words)])
        }
    }

    /// « 19 h 30 », « 7:30 PM », « 19:30 », as the strings' `time` (or `time_on_the_hour`) writes it.
    public static func time(_ date: EventDate, words: InterfaceWords) -> String {
        let hour12 = date.hour % 12 == 0 ? 12 : date.hour % 12
        return words.format(date.minute == 0 ? "time_on_the_hour" : "time", [
            "hour": String(date.hour), "hour2": twoDigits(date.hour), "hour12": String(hour12),
            "minute": twoDigits(date.minute), "am_pm": name(date.hour < 12 ? 0 : 1, in: words.list("am_pm")),
        ])
    }

    /// The name at `index`, or nothing when the theme's list is too short.
    static func name(_ index: Int, in names: [String]) -> String {
        names.indices.contains(index) ? names[index] : ""
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// 0 = Sunday. Zeller-style arithmetic on the proleptic Gregorian calendar: no Calendar,
    /// no time zone involved.
    public static func weekdayIndex(_ date: EventDate) -> Int {
        var y = date.year
        var m = date.month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100
        let j = y / 100
        let h = (date.day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7 // 0 = Saturday
        return (h + 6) % 7
    }
}
