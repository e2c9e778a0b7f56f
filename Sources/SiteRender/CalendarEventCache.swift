import Foundation
import SiteModel

/// Each edition's event and its VEVENT lines, made once per render: an event is written both in
/// `agenda.ics` and in the edition's own calendar.
final class CalendarEventCache: @unchecked Sendable {
    private let config: SiteConfig
    private let lock = NSLock()
    private var events: [EventID: CalendarEvent?] = [:]
    private var texts: [EventID: [UInt8]] = [:]

    init(config: SiteConfig) {
        self.config = config
    }

    func event(for edition: Edition) -> CalendarEvent? {
        if let known = lock.withLock({ events[edition.id] }) { return known }
        let event = CalendarEvent(edition: edition, config: config)
        lock.withLock { events[edition.id] = event }
        return event
    }

    /// The folded, CRLF-terminated lines of the event's VEVENT.
    func text(of event: CalendarEvent, timeZoneIdentifier: String, timeZone: TimeZone) -> [UInt8] {
        if let known = lock.withLock({ texts[event.id] }) { return known }
        var writer = ICalendarWriter()
        event.write(into: &writer, timeZoneIdentifier: timeZoneIdentifier, timeZone: timeZone)
        lock.withLock { texts[event.id] = writer.bytes }
        return writer.bytes
    }
}
