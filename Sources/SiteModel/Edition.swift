/// One Breizh'péro, from `content/editions/*.md`.
public struct Edition: Hashable, Sendable {
    public var number: Int
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
    /// When the page last changed, if the contributor said so (an extension of the contract).
    public var updated: EventDate?
    public var body: RenderedMarkdown
    /// The file it came from, relative to the content folder: `editions/04-seo.md`.
    public var sourcePath: String

    public init(number: Int, title: String, date: EventDate, end: EventDate? = nil, venue: Venue? = nil,
                speakers: [Speaker] = [], attendees: Int? = nil, tags: [String] = [],
                status: EditionStatus = .scheduled, summary: String = "", photos: [Photo] = [],
                draft: Bool = false, sequence: Int = 0, updated: EventDate? = nil,
                body: RenderedMarkdown = RenderedMarkdown(), sourcePath: String = "") {
        self.number = number
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
        self.body = body
        self.sourcePath = sourcePath
    }

    /// `/editions/4/`
    public var path: String { Self.path(number: number) }
    /// `/editions/4/breizhpero-4.ics`
    public var calendarPath: String { Self.calendarPath(number: number) }

    /// The page of edition `number`, `/editions/4/`.
    public static func path(number: Int) -> String { "/editions/\(number)/" }
    /// The calendar of edition `number`, `/editions/4/breizhpero-4.ics`.
    public static func calendarPath(number: Int) -> String { "/editions/\(number)/breizhpero-\(number).ics" }

    /// Upcoming when its day is after the reference day.
    public func isUpcoming(relativeTo now: EventDate) -> Bool {
        date.dayOrdinal > now.dayOrdinal
    }
}
