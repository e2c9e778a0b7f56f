import Foundation

/// `content/site.yml`.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    public var tagline: String?
    /// Absolute, without a trailing slash: `https://www.silicon-kerne.net`.
    public var baseURL: String {
        didSet { (host, basePath) = Self.parts(of: baseURL) }
    }
    /// The host of `baseURL`, used in iCalendar UIDs: `www.silicon-kerne.net`.
    public private(set) var host: String
    /// The path part of `baseURL` without a trailing slash (`""` for a site at the root of its
    /// host, `/breizhpero` for one published under a folder). Internal links start with it.
    /// Kept, not computed: every link of every page reads it.
    public private(set) var basePath: String
    /// BCP 47 language tag: it picks the theme's strings (words, date names and order) and the typography.
    public var language: String
    /// IANA time zone identifier; local dates are read in it.
    public var timeZoneIdentifier: String {
        didSet { timeZone = Self.zone(timeZoneIdentifier) }
    }
    /// The site's time zone. The identifier is validated when loading, so the fallback is unused.
    public private(set) var timeZone: TimeZone
    public var organizer: String?
    /// Minutes, used when an edition has no `end`.
    public var eventDurationMinutes: Int
    /// The longest `event_duration` accepted: a week, in minutes (a calendar event longer than that is a typo).
    public static let longestEventMinutes = 10_080
    public var theme: String
    public var feedItems: Int
    /// Keeps raw HTML and every link scheme in Markdown bodies when true.
    public var unsafeHTML: Bool
    /// Where the site's events are when they name no venue (« Quimper »): search engines need a
    /// place for every event. Only structured data shows it.
    public var location: String?
    /// The words of the addresses of news, speakers, tags and venues.
    public var urlWords: URLWords
    /// Draws a social card per event and one for the site when the theme has a card template.
    public var socialCards: Bool
    /// The interface's words in `language`, from the theme (set by the build once the theme is read).
    public var words = InterfaceWords()

    public init(title: String, tagline: String? = nil, baseURL: String, language: String = "fr",
                timeZoneIdentifier: String = "Europe/Paris", organizer: String? = nil,
                eventDurationMinutes: Int = 180, theme: String = "default", feedItems: Int = 20,
                unsafeHTML: Bool = false, location: String? = nil, urlWords: URLWords? = nil, socialCards: Bool = true) {
        self.title = title
        self.tagline = tagline
        self.baseURL = baseURL
        (host, basePath) = Self.parts(of: baseURL)
        self.language = language
        self.timeZoneIdentifier = timeZoneIdentifier
        timeZone = Self.zone(timeZoneIdentifier)
        self.organizer = organizer
        self.eventDurationMinutes = eventDurationMinutes
        self.theme = theme
        self.feedItems = feedItems
        self.unsafeHTML = unsafeHTML
        self.location = location
        self.urlWords = urlWords ?? .defaults(for: language)
        self.socialCards = socialCards
    }

    private static func zone(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
    }

    private static func parts(of baseURL: String) -> (host: String, basePath: String) {
        let components = URLComponents(string: baseURL)
        guard let path = components?.path, path != "/" else { return (components?.host ?? baseURL, "") }
        return (components?.host ?? baseURL, path.hasSuffix("/") ? String(path.dropLast()) : path)
    }

    /// `baseURL` joined with a site path that starts with `/`.
    public func absoluteURL(_ path: String) -> String { baseURL + path }

    /// The calendar's `PRODID`: who publishes it (the organizer, else the site), the generator, the
    /// language (`-//Silicon Kerné//Kerné//FR`).
    public var calendarProductID: String {
        let publisher = organizer.flatMap { $0.isEmpty ? nil : $0 } ?? title
        let primary = language.split(separator: "-").first.map { $0.uppercased() } ?? "FR"
        return "-//\(publisher)//Kerné//\(primary)"
    }
}


extension SiteConfig {
    /// How an edition is named across pages, feeds and calendars: « Breizh’péro #4 ».
    public func editionLabel(_ number: Int) -> String { "\(title) #\(number)" }
}
