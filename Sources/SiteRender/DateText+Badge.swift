import Foundation
import SiteModel
import Templates

extension DateText {
    static let frenchShortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                    "sept.", "oct.", "nov.", "déc."]
    static let englishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The parts of a calendar-page badge: day (nil for a month), short month, year and time, on
    /// the site's wall clock.
    static func badge(_ date: EventDate, language: String, in timeZone: TimeZone) -> [String: TemplateValue] {
        let local = date.wallClock(in: timeZone)
        let months = language.hasPrefix("fr") ? frenchShortMonths : englishShortMonths
        var badge: [String: TemplateValue] = ["month": .string(months[local.month - 1]), "year": .string(String(local.year))]
        if local.precision != .month { badge["day"] = .string(String(local.day)) }
        if local.precision == .time {
            badge["time"] = .string(language.hasPrefix("fr") ? time(local) : String(format: "%02d:%02d", local.hour, local.minute))
        }
        return badge
    }
}
