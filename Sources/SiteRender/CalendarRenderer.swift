import Concurrency
import Foundation
import SiteModel

/// The iCalendar files of the site (RFC 5545): `agenda.ics` with every event of every series that
/// has a day or a time, `<folder>/agenda.ics` with those of one series, and
/// `<folder>/<n or slug>/<key>-<n or slug>.ics` with one event each (`editions/4/breizhpero-4.ics`).
public enum CalendarRenderer {
    /// Editions are expected already filtered (no drafts unless asked). Output depends on the
    /// content only: no clock, locale or machine time zone.
    /// `now`: the build's day, which bounds DTSTAMP; nil for none.
    public static func render(_ site: Site, now: EventDate? = nil) -> [OutputFile] {
        ConcurrentMap.map(jobs(site, events: CalendarEventCache(config: site.config, now: now))) { $0.render() }
    }

    /// `agenda.ics`, each series' calendar, then one job per event calendar, by series and number. Calendars show list
    /// fields only (summary, speakers, venue, dates), never a body.
    static func jobs(_ site: Site, events cache: CalendarEventCache? = nil) -> [RenderJob] {
        let config = site.config
        let zones = ZoneCache()
        let cache = cache ?? CalendarEventCache(config: config)
        var jobs = [RenderJob(path: "agenda.ics", sources: .allSummaries) {
            document(name: config.title, events: events(of: site.editions, cache: cache), config: config,
                     zones: zones, cache: cache)
        }]
        for series in site.series {
            jobs.append(RenderJob(path: "\(series.folder)/agenda.ics", sources: .allSummaries) {
                let own = site.editions.filter { $0.series.key == series.key }
                return document(name: series.name, events: events(of: own, cache: cache), config: config,
                                zones: zones, cache: cache)
            })
        }
        // By series and number, as sites come sorted. An event has a timing exactly when its
        // date has a day (`CalendarEventTiming`).
        let editions = site.editions
        for position in editions.indices where editions[position].date.precision != .month {
            let edition = editions[position]
            jobs.append(RenderJob(path: String(edition.calendarPath.drop { $0 == "/" }),
                                  sources: .summaries([edition.sourcePath])) {
                guard let event = cache.event(for: editions[position]) else { return [] }
                return document(name: editions[position].heading, events: [event], config: config, zones: zones,
                                cache: cache)
            })
        }
        return jobs
    }

    /// The calendar events of `editions` by start, ties by identity.
    private static func events(of editions: [Edition], cache: CalendarEventCache) -> [CalendarEvent] {
        editions.compactMap { cache.event(for: $0) }.sorted { lhs, rhs in
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            if lhs.id.series != rhs.id.series { return lhs.id.series.utf8.lexicographicallyPrecedes(rhs.id.series.utf8) }
            let (left, right) = (Int(lhs.id.name), Int(rhs.id.name))
            if let left, let right, left != right { return left < right }
            return lhs.id.name.utf8.lexicographicallyPrecedes(rhs.id.name.utf8)
        }
    }

    private static func document(name: String, events: [CalendarEvent], config: SiteConfig, zones: ZoneCache,
                                 cache: CalendarEventCache) -> [UInt8] {
        let timeZone = config.timeZone
        let zoneName = timeZoneName(config)
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.add("VERSION", "2.0")
        // Derived from the site: the real one keeps `-//Silicon Kerné//Kerné//FR`.
        writer.addText("PRODID", config.calendarProductID)
        writer.add("CALSCALE", "GREGORIAN")
        writer.add("METHOD", "PUBLISH")
        writer.addText("NAME", name)
        writer.addText("X-WR-CALNAME", name)
        if let tagline = config.tagline, !tagline.isEmpty { writer.addText("X-WR-CALDESC", tagline) }
        writer.addText("X-WR-TIMEZONE", zoneName)
        writer.add("REFRESH-INTERVAL", "PT12H", parameters: [("VALUE", "DURATION")])
        writer.add("X-PUBLISHED-TTL", "PT12H")

        let years = events.compactMap { $0.timing.localYears(in: timeZone) }
        if let first = years.map(\.lowerBound).min(), let last = years.map(\.upperBound).max() {
            writer.append(lines: zones.lines(identifier: zoneName, timeZone: timeZone, years: first...last))
        }
        for event in events {
            writer.append(lines: cache.text(of: event, timeZoneIdentifier: zoneName, timeZone: timeZone))
        }
        writer.end("VCALENDAR")
        return writer.bytes
    }

    /// The zone as the site names it (`UTC` stays `UTC`, where Foundation would say `GMT`),
    /// unless Foundation does not know it and the site falls back to UTC.
    private static func timeZoneName(_ config: SiteConfig) -> String {
        TimeZone(identifier: config.timeZoneIdentifier) != nil ? config.timeZoneIdentifier : config.timeZone.identifier
    }
}

/// VTIMEZONE components by year range, made and written once per render: most edition
/// calendars need the same one, and working out a zone's transitions is slow.
final class ZoneCache: Sendable {
    private let zones = Memo<String, [UInt8]>()

    /// The VTIMEZONE's folded, CRLF-terminated lines.
    func lines(identifier: String, timeZone: TimeZone, years: ClosedRange<Int>) -> [UInt8] {
        zones.value(for: "\(identifier) \(years.lowerBound) \(years.upperBound)") {
            var writer = ICalendarWriter()
            ICalendarTimeZone(identifier: identifier, timeZone: timeZone, firstYear: years.lowerBound,
                              lastYear: years.upperBound).write(into: &writer)
            return writer.bytes
        }
    }
}
