/// One event of a series, from `content/<folder of its series>/*.md`.
public struct Edition: Hashable, Sendable {
    /// The series it belongs to.
    public var series: EventSeries
    /// Its number in a numbered series; 0 in an unnumbered one, where `slug` names it.
    public var number: Int
    /// Its name in an unnumbered series, from its file name; nil in a numbered one.
    public var slug: String?
    public var title: String
    public var date: EventDate
    public var end: EventDate?
    public var venue: Venue?
    public var speakers: [Speaker]
    public var attendees: Int?
    public var tags: [String]
    public var status: EditionStatus
    /// The front matter `summary`, or the first paragraph of the body as plain text.
    public var summary: String
    public var photos: [Photo]
    public var draft: Bool
    public var sequence: Int
    /// When the page last changed, if the contributor said so: the recap of an event.
    public var updated: EventDate?
    /// When the page was first published (the announcement), if the contributor said so.
    public var published: EventDate?
    /// The date the event was announced for before it moved, if it moved.
    public var previousDate: EventDate?
    public var body: RenderedMarkdown
    /// The file it came from, relative to the content folder: `editions/04-seo.md`.
    public var sourcePath: String

    public init(series: EventSeries = .single(named: ""), number: Int, slug: String? = nil, title: String, date: EventDate, end: EventDate? = nil, venue: Venue? = nil,
                speakers: [Speaker] = [], attendees: Int? = nil, tags: [String] = [],
                status: EditionStatus = .scheduled, summary: String = "", photos: [Photo] = [],
                draft: Bool = false, sequence: Int = 0, updated: EventDate? = nil,
                published: EventDate? = nil, previousDate: EventDate? = nil,
                body: RenderedMarkdown = RenderedMarkdown(), sourcePath: String = "") {
        self.series = series
        self.number = number
        self.slug = slug
        self.title = title
        self.date = date
        self.end = end
        self.venue = venue
        self.speakers = speakers
        self.attendees = attendees
        self.tags = tags
        self.status = status
        self.summary = summary
        self.photos = photos
        self.draft = draft
        self.sequence = sequence
        self.updated = updated
        self.published = published
        self.previousDate = previousDate
        self.body = body
        self.sourcePath = sourcePath
    }

    /// Its identity across the site: series and number or slug.
    public var id: EventID { EventID(series: series.key, name: name) }
    /// `4` or `pixel-pero`: the last part of its address.
    public var name: String { slug ?? String(number) }
    /// `/editions/4/`
    public var path: String { "/\(series.folder)/\(name)/" }
    /// `/editions/4/breizhpero-4.ics`
    public var calendarPath: String { "/\(series.folder)/\(name)/\(series.key)-\(name).ics" }
    /// « Breizh’péro #4 » in a numbered series, the title in an unnumbered one.
    public var heading: String { slug == nil ? "\(series.name) #\(number)" : title }
    /// « Breizh’péro #4 — Le référencement naturel », or the title alone in an unnumbered series.
    public var fullTitle: String { slug == nil ? "\(heading) — \(title)" : title }

    /// The page of event `name` of the series in `folder`, `/editions/4/`.
    public static func path(folder: String, name: String) -> String { "/\(folder)/\(name)/" }
    /// The calendar of event `name` of series `key`, `/editions/4/breizhpero-4.ics`.
    public static func calendarPath(folder: String, key: String, name: String) -> String {
        "/\(folder)/\(name)/\(key)-\(name).ics"
    }

    /// Upcoming when its day is after the reference day; known to the month only, when its month
    /// is not over (« le mois prochain » announced in October is still to come on 1 November).
    public func isUpcoming(relativeTo now: EventDate) -> Bool {
        if date.precision == .month { return (date.year, date.month) >= (now.year, now.month) }
        return date.dayOrdinal > now.dayOrdinal
    }

    /// The SEQUENCE of its calendar entry: `sequence` raised by one when it is cancelled or
    /// postponed and by one when it moved (`previous_date`), so that calendar apps take the change
    /// without the contributor having to remember.
    public var calendarSequence: Int {
        max(sequence, 0) + (status == .scheduled ? 0 : 1) + (previousDate == nil ? 0 : 1)
    }

    /// Held, as far as the site knows: past, neither cancelled nor postponed, and not an
    /// announcement whose month went by without a day, a topic (tags), a speaker, a photo or a
    /// count of attendees (« Sujet à définir » for January, still as announced in February).
    public func wasHeld(relativeTo now: EventDate) -> Bool {
        guard status == .scheduled, !isUpcoming(relativeTo: now) else { return false }
        return date.precision != .month || attendees != nil || !speakers.isEmpty || !photos.isEmpty || !tags.isEmpty
    }
}
