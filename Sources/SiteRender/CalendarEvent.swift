import Foundation
import SiteModel

/// One edition as a calendar event: every value the VEVENT and the Google Calendar link show,
/// computed once from the content (never from the clock).
struct CalendarEvent: Hashable {
    let id: EventID
    let uid: String
    /// The instant the event starts, for sorting and for the Google Calendar link.
    let start: Date
    let timing: CalendarEventTiming
    /// For DTSTAMP and LAST-MODIFIED (docs/writing-content.md, « Feeds and calendars »). A calendar generated twice from the
    /// same content must be byte-identical, so the clock is out: the edition's `updated`, else its
    /// `published`, else its start; never after the start of the build's day (`--now`), so never
    /// in the future.
    let stamp: Date
    let summary: String
    let details: String
    let location: String?
    let url: String
    let geo: GeoPoint?
    let categories: [String]
    let status: EditionStatus
    let sequence: Int
    /// Relative to the output folder: `editions/4/breizhpero-4.ics`.
    let filePath: String

    /// Nil for an edition known to the month only: it has no day to be put on.
    /// `now`: the build's day; nil puts no bound on the stamp.
    init?(edition: Edition, config: SiteConfig, now: EventDate? = nil) {
        guard let timing = CalendarEventTiming(edition: edition, config: config) else { return nil }
        let timeZone = config.timeZone
        id = edition.id
        uid = "\(edition.id.text)@\(config.host)"
        start = edition.date.startInstant(in: timeZone)
        self.timing = timing
        var stamp = (edition.updated ?? edition.published ?? edition.date).startInstant(in: timeZone)
        if let now { stamp = min(stamp, now.dayOnly.startInstant(in: timeZone)) }
        self.stamp = stamp
        summary = Self.summary(of: edition, config: config)
        url = config.absoluteURL(edition.path)
        details = Self.details(of: edition, url: url, words: config.words)
        location = edition.venue.map { venue in
            [venue.name, venue.address ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        geo = edition.venue?.geo
        categories = edition.tags.filter { !$0.isEmpty }
        status = edition.status
        sequence = edition.calendarSequence
        filePath = String(edition.calendarPath.drop { $0 == "/" })
    }

    /// « Breizh’péro #4 — Le référencement naturel », or the title of an unnumbered event.
    static func summary(of edition: Edition, config: SiteConfig) -> String {
        edition.fullTitle
    }

    /// Plain text: the summary, the speakers with their affiliation, then the page's address.
    static func details(of edition: Edition, url: String, words: InterfaceWords) -> String {
        var paragraphs: [String] = []
        let summary = edition.summary.first.map(\.isWhitespace) == false && edition.summary.last.map(\.isWhitespace) == false
            ? edition.summary : edition.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if !summary.isEmpty { paragraphs.append(summary) }
        if !edition.speakers.isEmpty {
            let heading = words.plural("feed_speakers", count: edition.speakers.count)
            let lines = edition.speakers.map { speaker -> String in
                guard let affiliation = speaker.affiliation, !affiliation.isEmpty else { return "– " + speaker.name }
                return "– \(speaker.name) (\(affiliation))"
            }
            paragraphs.append(([heading] + lines).joined(separator: "\n"))
        }
        paragraphs.append(url)
        return paragraphs.joined(separator: "\n\n")
    }
}
