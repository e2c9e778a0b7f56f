import Foundation
import SiteModel
import Templates

extension DateText {
    /// The parts of a calendar-page badge: day (nil for a month), short month, year and time, on
    /// the site's wall clock.
    static func badge(_ date: EventDate, words: InterfaceWords, in timeZone: TimeZone) -> [String: TemplateValue] {
        let local = date.wallClock(in: timeZone)
        var badge: [String: TemplateValue] = ["month": .string(name(local.month - 1, in: words.list("months_short"))),
                                              "year": .string(String(local.year))]
        if local.precision != .month { badge["day"] = .string(String(local.day)) }
        if local.precision == .time { badge["time"] = .string(time(local, words: words)) }
        return badge
    }
}
