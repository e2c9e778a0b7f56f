import Foundation
import SiteModel

extension DateText {
    static let frenchShortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                    "sept.", "oct.", "nov.", "déc."]
    static let englishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The parts of a calendar-page badge: day (nil for a month), short month, year and time, on
    /// the site's wall clock.
    static func badge(_ date: EventDate, language: String, in timeZone: TimeZone) -> [String: Any] {
        let local = date.wallClock(in: timeZone)
        let months = language.hasPrefix("fr") ? frenchShortMonths : englishShortMonths
        var badge: [String: Any] = ["month": months[local.month - 1], "year": String(local.year)]
        if local.precision != .month { badge["day"] = String(local.day) }
        if local.precision == .time {
            badge["time"] = language.hasPrefix("fr") ? time(local) : String(format: "%02d:%02d", local.hour, local.minute)
        }
        return badge
    }
}
