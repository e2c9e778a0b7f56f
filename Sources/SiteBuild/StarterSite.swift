import Foundation
import SiteModel
import SiteSource

/// `kerne init`: a complete site that builds and passes `kerne check` as it is, in its language:
/// site.yml, series.yml with a first series, venues.yml, an upcoming event, a news post, a page.
/// Built with the default theme inside kerne, so it has no `themes/`.
public struct StarterSite: Sendable {
    public var title: String
    public var language: String
    public var timeZoneIdentifier: String
    public var baseURL: String
    /// The day it is made: the example event is four weeks later, the news post that day.
    public var today: EventDate

    public init(title: String, language: String, timeZoneIdentifier: String, baseURL: String, today: EventDate) {
        self.title = title
        self.language = language
        self.timeZoneIdentifier = timeZoneIdentifier
        self.baseURL = baseURL
        self.today = today
    }

    /// A well-formed tag of a language the built-in theme has words for (`fr`, `en`, `en-GB` …).
    public static func supports(language: String) -> Bool {
        let subtags = language.split(separator: "-", omittingEmptySubsequences: false)
        guard ThemeWords.words(from: EmbeddedTheme.theme.strings, language: language) != nil else { return false }
        return subtags.allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The files, by path under the site's folder.
    public var files: [(path: String, text: String)] {
        // `supports(language:)` is checked first: a language without words writes nothing.
        guard let words = ThemeWords.words(from: EmbeddedTheme.theme.strings, language: language) else { return [] }
        /// A `starter_*` word of the built-in theme, without the line end a block of YAML keeps.
        func text(_ key: String) -> String { words["starter_" + key].trimmingCharacters(in: .newlines) }
        let urlWords = URLWords.defaults(for: language)
        let key = Slug.make(title).isEmpty ? text("series_folder") : Slug.make(title)
        let event = eventDate
        let site = """
            title: \(YAMLScalar.text(title))
            tagline: \(YAMLScalar.text(text("tagline")))
            base_url: \(YAMLScalar.text(baseURL))
            language: \(language)
            timezone: \(timeZoneIdentifier)
            organizer: \(YAMLScalar.text(title))
            event_duration: 120                     # \(text("note_duration"))
            theme: default                          # \(text("note_theme"))
            feed_items: 20
            # \(text("note_paths"))
            # paths:
            #   news: \(urlWords.news)
            #   speakers: \(urlWords.speakers)
            #   tags: \(urlWords.tags)
            #   venues: \(urlWords.venues)

            """
        let series = """
            # \(text("note_series"))
            \(key):
              name: \(YAMLScalar.text(title))
              folder: \(text("series_folder"))
              description: \(YAMLScalar.text(text("series_description")))

            """
        let venues = """
            \(text("venue_key")):
              name: \(YAMLScalar.text(text("venue_name")))
              # address: ...
              # url: https://example.org
              # geo: [48.39, -4.49]

            """
        let tags = words.list("starter_tags").map(YAMLScalar.text).joined(separator: ", ")
        let eventFile = """
            ---
            edition: 1
            title: \(YAMLScalar.text(text("event_title")))
            date: \(event)
            venue: \(text("venue_key"))
            tags: [\(tags)]
            ---
            \(text("event_body"))

            """
        let news = """
            ---
            title: \(YAMLScalar.text(text("news_title")))
            date: \(today)
            tags: [\(tags)]
            ---
            \(text("news_body"))

            """
        let page = """
            ---
            title: \(YAMLScalar.text(text("page_title")))
            menu: 1
            ---
            \(text("page_body"))

            """
        return [
            ("content/site.yml", site),
            ("content/series.yml", series),
            ("content/venues.yml", venues),
            ("content/\(text("series_folder"))/01-\(Slug.make(text("event_title"))).md", eventFile),
            ("content/news/\(today)-\(text("news_slug")).md", news),
            ("content/pages/\(text("page_slug")).md", page),
            (".gitignore", "output/\n"),
        ]
    }

    /// Four weeks after `today`, at 19:00.
    var eventDate: EventDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let start = calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day)) ?? Date()
        let later = calendar.date(byAdding: .day, value: 28, to: start) ?? start
        let parts = calendar.dateComponents([.year, .month, .day], from: later)
        return EventDate(year: parts.year ?? today.year, month: parts.month ?? today.month, day: parts.day ?? 1,
                         hour: 19, minute: 0)
    }

    /// Writes the site into `directory`, which must not exist or be empty; returns the paths written.
    public func write(to directory: URL) throws(BuildError) -> [String] {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: directory.path), !existing.isEmpty {
            throw BuildError("'\(directory.path)' is not empty; kerne init writes a site only into a new or empty folder")
        }
        if manager.fileExists(atPath: directory.path), !FileSystem.isDirectory(directory) {
            throw BuildError("'\(directory.path)' exists and is not a folder")
        }
        var written: [String] = []
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw BuildError("cannot write '\(url.path)': \(error.localizedDescription)")
            }
            written.append(path)
        }
        return written
    }
}
