/// One series of events of `content/series.yml`: the Breizh'péro, the Cantine's own events...
public struct EventSeries: Hashable, Sendable {
    /// The series' identity, slug characters only: it starts every event's UID (`breizhpero-4@…`).
    public var key: String
    /// « Breizh’péro »: headings of numbered events read « Breizh’péro #4 ».
    public var name: String
    /// `content/<folder>/` holds its events; `/<folder>/` is its page in the output.
    public var folder: String
    /// Numbered events have `edition: N`; the others are named by their file name.
    public var numbered: Bool
    /// The introduction of the series' page.
    public var description: String?
    /// The key in venues.yml of the venue of its events that name none.
    public var venue: String?

    public init(key: String, name: String, folder: String? = nil, numbered: Bool = true,
                description: String? = nil, venue: String? = nil) {
        self.key = key
        self.name = name
        self.folder = folder ?? key
        self.numbered = numbered
        self.description = description
        self.venue = venue
    }

    /// The one series of a site without `series.yml`: numbered, in `editions/`, named after the site.
    public static func single(named name: String) -> EventSeries {
        EventSeries(key: "editions", name: name, folder: "editions")
    }
}
