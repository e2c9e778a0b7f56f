import Foundation
import SiteModel

/// When an edition takes place, in the two shapes iCalendar knows. Month precision has no
/// day to put the event on, so it has no timing at all.
enum CalendarEventTiming: Hashable {
    /// Day precision: `DTSTART;VALUE=DATE`, and a `DTEND` that is the first day *after* the event.
    case allDay(firstDay: EventDate, endDayExclusive: EventDate)
    /// Time precision: the start as written on the site's wall clock, and both ends as instants.
    case timed(startWallClock: EventDate, start: Date, end: Date)

    /// Longest default duration accepted, so that an absurd `event_duration` cannot overflow.
    private static let maximumDurationMinutes = 366 * 24 * 60

    init?(edition: Edition, config: SiteConfig) {
        let timeZone = config.timeZone
        switch edition.date.precision {
        case .month:
            return nil
        case .day:
            var endDay = edition.date
            if let end = edition.end, end.precision >= .day {
                let lastDay = end.wallClock(in: timeZone).dayOnly
                if lastDay.dayOrdinal > endDay.dayOrdinal { endDay = lastDay }
            }
            self = .allDay(firstDay: edition.date, endDayExclusive: ICalendarDateFormat.nextDay(endDay))
        case .time:
            let start = edition.date.startInstant(in: timeZone)
            // Only an end with a time says when it ends; otherwise (no end, or an end given to the
            // day only) the site's default duration is used rather than an invented hour.
            var end = start.addingTimeInterval(Double(Self.defaultDurationMinutes(config)) * 60)
            if let written = edition.end, written.precision == .time {
                let writtenEnd = written.startInstant(in: timeZone)
                if writtenEnd > start { end = writtenEnd }
            }
            self = .timed(startWallClock: edition.date.wallClock(in: timeZone), start: start, end: end)
        }
    }

    /// The local years from the start to the end, for the VTIMEZONE; nil for all-day events.
    func localYears(in timeZone: TimeZone) -> ClosedRange<Int>? {
        guard case let .timed(startWallClock, _, end) = self else { return nil }
        let endYear = ICalendarDateFormat.localDate(of: end, in: timeZone).year
        return min(startWallClock.year, endYear)...max(startWallClock.year, endYear)
    }

    private static func defaultDurationMinutes(_ config: SiteConfig) -> Int {
        min(max(config.eventDurationMinutes, 1), maximumDurationMinutes)
    }
}
