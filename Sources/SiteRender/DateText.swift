import Foundation
import SiteModel

/// Dates as readers see them. Names come from tables, not from the machine's locale,
/// so output does not depend on `LANG`.
public enum DateText {
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]
    static let frenchWeekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let englishWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// « jeudi 10 novembre 2011 à 19 h », « mercredi 23 février 2011 », « avril 2011 »;
    /// the time is shown on the site's wall clock. The spaces inside are no-break spaces
    /// where French typography wants them (« 19 h », « 1er »).
    public static func long(_ date: EventDate, language: String, in timeZone: TimeZone) -> String {
        let local = date.wallClock(in: timeZone)
        let french = language.hasPrefix("fr")
        let months = french ? frenchMonths : englishMonths
        let month = months[local.month - 1]
        switch local.precision {
        case .month:
            return "\(month) \(local.year)"
        case .day, .time:
            let weekday = (french ? frenchWeekdays : englishWeekdays)[weekdayIndex(local)]
            let day = french && local.day == 1 ? "1er" : "\(local.day)"
            var text = french ? "\(weekday) \(day) \(month) \(local.year)" : "\(weekday), \(month) \(day), \(local.year)"
            if local.precision == .time {
                text += french ? " à " + time(local) : " at " + String(format: "%02d:%02d", local.hour, local.minute)
            }
            return text
        }
    }

    /// « 19 h », « 19 h 30 » (with no-break spaces).
    public static func time(_ date: EventDate) -> String {
        date.minute == 0 ? "\(date.hour)\u{a0}h" : String(format: "%d\u{a0}h\u{a0}%02d", date.hour, date.minute)
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
