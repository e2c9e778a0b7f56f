import Foundation
import SiteModel

extension CalendarRenderer {
    /// The Outlook « add event » links: `host` is `outlook.office.com` (work and school accounts)
    /// or `outlook.live.com` (personal ones). Timed events are given in UTC, all-day ones as dates
    /// with an exclusive end and `allday=true`.
    static func outlookCalendarURL(for event: CalendarEvent, host: String) -> String {
        let start: String, end: String
        var query = ["path=%2Fcalendar%2Faction%2Fcompose", "rru=addevent", "subject=" + percentEncoded(event.summary)]
        switch event.timing {
        case let .allDay(firstDay, endDayExclusive):
            (start, end) = (isoDate(firstDay), isoDate(endDayExclusive))
        case let .timed(_, startInstant, endInstant):
            (start, end) = (isoUTC(startInstant), isoUTC(endInstant))
        }
        query += ["startdt=" + percentEncoded(start), "enddt=" + percentEncoded(end)]
        if case .allDay = event.timing { query.append("allday=true") }
        query.append("body=" + percentEncoded(event.details))
        if let location = event.location { query.append("location=" + percentEncoded(location)) }
        return "https://\(host)/calendar/0/deeplink/compose?" + query.joined(separator: "&")
    }

    /// `2013-10-29`
    private static func isoDate(_ date: EventDate) -> String {
        let compact = ICalendarDateFormat.date(date)
        return "\(compact.prefix(4))-\(compact.dropFirst(4).prefix(2))-\(compact.suffix(2))"
    }

    /// `2013-10-29T17:00:00Z`
    private static func isoUTC(_ instant: Date) -> String {
        let compact = ICalendarDateFormat.utc(instant) // 20131029T170000Z
        let day = compact.prefix(8), time = compact.dropFirst(9).prefix(6)
        return "\(day.prefix(4))-\(day.dropFirst(4).prefix(2))-\(day.suffix(2))T\(time.prefix(2)):\(time.dropFirst(2).prefix(2)):\(time.suffix(2))Z"
    }
}
