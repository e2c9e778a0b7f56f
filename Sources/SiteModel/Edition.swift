/// One Breizh'péro, from `content/editions/*.md`.
///
/// A value, but its fields live in one shared box, copied only when a copy is changed: a site's
/// editions are copied many times while it is planned (indexes by date, speaker, tag and venue,
/// lists, jobs), and copying a box costs one reference count where copying 16 fields, hundreds
/// of bytes, costs one for each string and list.
public struct Edition: Hashable, Sendable, Codable {
    /// The stored fields; `Edition` forwards to them.
    struct Fields: Hashable, Sendable, Codable {
        var number: Int
        var title: String
        var date: EventDate
        var end: EventDate?
        var venue: Venue?
        var speakers: [Speaker]
        var attendees: Int?
        var tags: [String]
        var status: EditionStatus
        var summary: String
        var photos: [Photo]
        var draft: Bool
        var sequence: Int
        var updated: EventDate?
        var body: RenderedMarkdown
        var sourcePath: String
    }

    /// Changed only while no other edition shares it (`change`).
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    public var number: Int {
        get { box.fields.number }
        set { change { $0.number = newValue } }
    }
    public var title: String {
        get { box.fields.title }
        set { change { $0.title = newValue } }
    }
    public var date: EventDate {
        get { box.fields.date }
        set { change { $0.date = newValue } }
    }
    public var end: EventDate? {
        get { box.fields.end }
        set { change { $0.end = newValue } }
    }
    public var venue: Venue? {
        get { box.fields.venue }
        set { change { $0.venue = newValue } }
    }
    public var speakers: [Speaker] {
        get { box.fields.speakers }
        set { change { $0.speakers = newValue } }
    }
    public var attendees: Int? {
        get { box.fields.attendees }
        set { change { $0.attendees = newValue } }
    }
    public var tags: [String] {
        get { box.fields.tags }
        set { change { $0.tags = newValue } }
    }
    public var status: EditionStatus {
        get { box.fields.status }
        set { change { $0.status = newValue } }
    }
    /// The front matter `summary`, or the first paragraph of the body as plain text.
    public var summary: String {
        get { box.fields.summary }
        set { change { $0.summary = newValue } }
    }
    public var photos: [Photo] {
        get { box.fields.photos }
        set { change { $0.photos = newValue } }
    }
    public var draft: Bool {
        get { box.fields.draft }
        set { change { $0.draft = newValue } }
    }
    public var sequence: Int {
        get { box.fields.sequence }
        set { change { $0.sequence = newValue } }
    }
    /// When the page last changed, if the contributor said so (an extension of the contract).
    public var updated: EventDate? {
        get { box.fields.updated }
        set { change { $0.updated = newValue } }
    }
    public var body: RenderedMarkdown {
        get { box.fields.body }
        set { change { $0.body = newValue } }
    }
    /// The file it came from, relative to the content folder: `editions/04-seo.md`.
    public var sourcePath: String {
        get { box.fields.sourcePath }
        set { change { $0.sourcePath = newValue } }
    }

    public init(number: Int, title: String, date: EventDate, end: EventDate? = nil, venue: Venue? = nil,
                speakers: [Speaker] = [], attendees: Int? = nil, tags: [String] = [],
                status: EditionStatus = .scheduled, summary: String = "", photos: [Photo] = [],
                draft: Bool = false, sequence: Int = 0, updated: EventDate? = nil,
                body: RenderedMarkdown = RenderedMarkdown(), sourcePath: String = "") {
        box = Box(Fields(number: number, title: title, date: date, end: end, venue: venue, speakers: speakers,
                         attendees: attendees, tags: tags, status: status, summary: summary, photos: photos,
                         draft: draft, sequence: sequence, updated: updated, body: body, sourcePath: sourcePath))
    }

    private mutating func change(_ update: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        update(&box.fields)
    }

    /// The fields themselves (tests count them, to keep the cache coding complete).
    var fields: Fields { box.fields }

    public static func == (lhs: Edition, rhs: Edition) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
    }

    /// The same keys as the fields had when they were the struct's own.
    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
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
