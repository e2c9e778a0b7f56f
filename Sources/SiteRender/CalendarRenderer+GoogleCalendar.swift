import Foundation
import SiteModel

extension CalendarRenderer {
    /// The « Ajouter à Google Agenda » link of an edition page; nil when the edition is known
    /// to the month only. Timed events are given in UTC, all-day ones as dates with an
    /// exclusive end, as Google Calendar's template link expects.
    public static func googleCalendarURL(for edition: Edition, site: Site) -> String? {
        CalendarEvent(edition: edition, config: site.config).map(googleCalendarURL)
    }

    /// The link for an event already made (pages and calendars share their events).
    static func googleCalendarURL(for event: CalendarEvent) -> String {
        let dates: String
        switch event.timing {
        case let .allDay(firstDay, endDayExclusive):
            dates = ICalendarDateFormat.date(firstDay) + "/" + ICalendarDateFormat.date(endDayExclusive)
        case let .timed(_, start, end):
            dates = ICalendarDateFormat.utc(start) + "/" + ICalendarDateFormat.utc(end)
        }
        var query = [
            "action=TEMPLATE",
            "text=" + percentEncoded(event.summary),
            "dates=" + dates,
            "details=" + percentEncoded(event.details),
        ]
        if let location = event.location { query.append("location=" + percentEncoded(location)) }
        return "https://calendar.google.com/calendar/render?" + query.joined(separator: "&")
    }

    /// Percent-encodes every UTF-8 byte but the unreserved characters of RFC 3986.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(byte)
            default:
                result.append(UInt8(ascii: "%"))
                result.append(hex[Int(byte >> 4)])
                result.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
