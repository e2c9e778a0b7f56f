import Concurrency
import Foundation
import SiteModel

/// Each edition's event and its VEVENT lines, made once per render: an event is written both in
/// `agenda.ics` and in the edition's own calendar.
final class CalendarEventCache: Sendable {
    private let config: SiteConfig
    /// The build's day, which bounds DTSTAMP.
    private let now: EventDate?
    /// By event; nil for an edition without a day.
    private let events = Memo<EventID, CalendarEvent?>()
    private let texts = Memo<EventID, [UInt8]>()

    init(config: SiteConfig, now: EventDate? = nil) {
        self.config = config
        self.now = now
    }

    func event(for edition: Edition) -> CalendarEvent? {
        events.value(for: edition.id) { CalendarEvent(edition: edition, config: config, now: now) }
    }

    /// The folded, CRLF-terminated lines of the event's VEVENT.
    func text(of event: CalendarEvent, timeZoneIdentifier: String, timeZone: TimeZone) -> [UInt8] {
        texts.value(for: event.id) {
            var writer = ICalendarWriter()
            event.write(into: &writer, timeZoneIdentifier: timeZoneIdentifier, timeZone: timeZone)
            return writer.bytes
        }
    }
}
