import Foundation
import SiteModel

/// One event file of a series (`content/editions/*.md` for the Breizh'péro) → `Edition`.
enum EditionParser {
    static let knownKeys = ["attendees", "date", "draft", "edition", "end", "photos", "previous_date", "published", "sequence", "speakers",
                            "status", "summary", "tags", "title", "updated", "venue"]

    /// Pure: reads only `url`, so files can be loaded concurrently. `sourcePath` is relative to the
    /// content folder (`editions/04-seo.md`).
    static func load(_ url: URL, sourcePath: String, series: EventSeries, context: FileLoadContext,
                     bytes: Data? = nil) -> FileResult<Edition> {
        let log = context.makeLog(for: url)
        let decoded = bytes.map(SourceText.decode) ?? SourceText.read(url)
        return parse(ContentDocument.markdown(decoded, log: log), sourcePath: sourcePath, series: series,
                     context: context, log: log)
    }

    /// The edition of a document already read; its problems go to `log`.
    static func parse(_ document: ContentDocument?, sourcePath: String, series: EventSeries,
                      context: FileLoadContext, log: DiagnosticLog) -> FileResult<Edition> {
        guard let document else {
            return FileResult(value: nil, log: log)
        }
        let fields = document.fields
        fields.warnAboutUnknownKeys(known: knownKeys)
        let number: Int?
        let slug: String?
        if series.numbered {
            number = fields.integer("edition", minimum: 1, required: true)
            slug = nil
        } else {
            if let key = fields.keyPosition("edition") {
                log.error(at: key, "'edition' has no place in the unnumbered series '\(series.key)'",
                          hint: "remove it: the file name names the event")
            }
            number = 0
            let stem = String((sourcePath.split(separator: "/").last ?? "").dropLast(3))
            slug = EventFileName.slug(of: stem)
            if slug == nil {
                log.error(at: .start, "file name '\(stem).md' gives an empty slug",
                          hint: "name the file YYYY-MM-DD-slug.md, YYYY-MM-slug.md or slug.md")
            }
        }
        let title = fields.text("title", required: true)
        let date = fields.date("date", required: true)
        let end = fields.date("end")
        for (key, value) in [("date", date), ("end", end)] {
            if let value, let position = fields.node(key)?.position {
                checkExists(value, timeZone: context.timeZone, key: key, at: position, log: log)
            }
        }
        if let date, let end, let position = fields.node("end")?.position {
            checkOrder(start: date, end: end, timeZone: context.timeZone, at: position, log: log)
        }
        let venue = venue(fields, context: context) ?? (fields.node("venue") == nil ? series.venue.flatMap { context.venues[$0] } : nil)
        let speakers = SpeakerParser.parse(fields, context: context)
        let attendees = fields.integer("attendees", minimum: 0)
        let tags = SharedFields.tags(fields, context: context)
        let status = status(fields) ?? .scheduled
        let photos = PhotoParser.parse(fields, context: context)
        let draft = fields.bool("draft") ?? false
        let sequence = fields.integer("sequence", minimum: 0) ?? 0
        let updated = fields.date("updated")
        let published = fields.date("published")
        let previousDate = fields.date("previous_date")
        let body = context.renderBody(of: document, log: log)
        let summary = SharedFields.summary(fields, body: body, context: context)
        let identity = fields.node("edition")?.position ?? .start
        guard let number, series.numbered || slug != nil, let title, let date else {
            return FileResult(value: nil, log: log, identity: identity)
        }
        let edition = Edition(series: series, number: number, slug: slug, title: context.typeset(title), date: date, end: end, venue: venue,
                              speakers: speakers, attendees: attendees, tags: tags, status: status, summary: summary,
                              photos: photos, draft: draft, sequence: sequence, updated: updated,
                              published: published, previousDate: previousDate, body: body,
                              sourcePath: sourcePath)
        return FileResult(value: edition, log: log, identity: identity)
    }

    private static func status(_ fields: MapReader) -> EditionStatus? {
        guard let text = fields.text("status") else { return nil }
        if let status = EditionStatus(rawValue: text) { return status }
        let names = EditionStatus.allCases.map(\.rawValue)
        fields.log.error(at: fields.node("status")?.position ?? fields.position,
                         "expected one of \(names.joined(separator: ", ")) for 'status', found '\(text)'",
                         hint: Suggestion.hint(for: text, among: names))
        return nil
    }

    /// A key of `venues.yml`, or an inline venue map.
    private static func venue(_ fields: MapReader, context: FileLoadContext) -> Venue? {
        guard let node = fields.node("venue") else { return nil }
        switch node.value {
        case .mapping:
            return VenueParser.parse(node, key: nil, context: context, log: fields.log)
        case let .scalar(key, _):
            if let venue = context.venues[key] { return venue }
            if context.declaredVenueKeys.contains(key) { return nil }
            let known = context.venueKeys
            let list = known.isEmpty ? "venues.yml defines no venue"
                : "known venues: " + known.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
                    + (known.count > 12 ? ", …" : "")
            fields.log.error(at: node.position, "unknown venue '\(key)' (\(list))",
                             hint: Suggestion.hint(for: key, among: known))
            return nil
        case .sequence:
            fields.log.error(at: node.position, "expected a key of venues.yml or a venue map for 'venue', found a list")
            return nil
        }
    }

    /// A local time the clocks skip (the spring change: 2013-03-31T02:30 in Europe/Paris) names
    /// no instant; the calendar takes the one an hour on, which is said rather than done silently.
    private static func checkExists(_ date: EventDate, timeZone: TimeZone, key: String, at position: TextPosition,
                                    log: DiagnosticLog) {
        guard date.precision == .time, date.utcOffsetSeconds == nil else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date.startInstant(in: timeZone))
        let shown = EventDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0,
                              hour: parts.hour ?? 0, minute: parts.minute ?? 0)
        guard shown != date else { return }
        log.warning(at: position, "'\(key)' \(date) does not exist in \(timeZone.identifier) (the clocks skip that time): the event is put at \(shown)",
                    hint: "write the time as it is on the clocks that day")
    }

    private static func checkOrder(start: EventDate, end: EventDate, timeZone: TimeZone, at position: TextPosition,
                                   log: DiagnosticLog) {
        let problem: String?
        if start.precision == .time, end.precision == .time {
            let startInstant = start.startInstant(in: timeZone)
            let endInstant = end.startInstant(in: timeZone)
            problem = endInstant > startInstant ? nil : (endInstant == startInstant ? "is not after" : "is before")
        } else if start.precision == .month || end.precision == .month {
            problem = (end.year, end.month) >= (start.year, start.month) ? nil : "is before"
        } else {
            let endDay = end.wallClock(in: timeZone).dayOrdinal
            problem = endDay >= start.wallClock(in: timeZone).dayOrdinal ? nil : "is before"
        }
        if let problem {
            log.error(at: position, "'end' (\(end)) \(problem) 'date' (\(start))")
        }
    }
}
