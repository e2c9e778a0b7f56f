import Foundation
import SiteModel
import SiteSource

/// `kerne new`: writes a new edition or news file into a content folder, never over an existing one.
public struct Scaffolder: Sendable {
    public let contentDirectory: URL
    /// Paths in messages are relative to this folder (the current folder by default).
    public let displayBase: URL

    public init(contentDirectory: URL,
                displayBase: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.contentDirectory = contentDirectory
        self.displayBase = displayBase
    }

    /// `content/editions/21-x.md`: relative to `displayBase` when inside it.
    public func displayPath(_ url: URL) -> String {
        let base = displayBase.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// The notes and examples of the files written: the built-in theme's words in the language of
    /// `site.yml`, else in English.
    public var words: InterfaceWords {
        let language = ContentScan.language(ofSiteFile: contentDirectory.appendingPathComponent("site.yml"))
        let strings = EmbeddedTheme.theme.strings
        return ThemeWords.words(from: strings, language: language) ?? ThemeWords.words(from: strings, language: "en") ?? InterfaceWords()
    }

    /// The site's time zone, as `site.yml` gives it, for « today ».
    public var timeZone: TimeZone {
        ContentScan.timeZone(ofSiteFile: contentDirectory.appendingPathComponent("site.yml"))
    }

    /// The number the next event of the first series gets.
    public func nextEditionNumber() -> Int {
        let folder = SeriesList.read(contentDirectory: contentDirectory).first?.folder ?? "editions"
        return EditionScaffold.nextNumber(after: ContentScan.editionNumbers(in: contentDirectory.appendingPathComponent(folder)))
    }

    /// Writes an event of the site's first series (`editions/NN-slug.md`); returns its URL.
    public func newEdition(title: String?, date: EventDate, speakers: [EditionScaffold.Speaker],
                           published: EventDate? = nil) throws(BuildError) -> URL {
        try newEvent(series: nil, title: title, date: date, speakers: speakers, published: published)
    }

    /// Writes an event of the series `key` (nil: the first of series.yml): `<folder>/NN-slug.md`
    /// with the series' next number, or `<folder>/YYYY-MM-DD-slug.md` in an unnumbered series.
    public func newEvent(series key: String?, title: String?, date: EventDate,
                         speakers: [EditionScaffold.Speaker], published: EventDate? = nil) throws(BuildError) -> URL {
        let known = SeriesList.read(contentDirectory: contentDirectory)
        guard let series = key.map({ key in known.first { $0.key == key } }) ?? known.first else {
            throw BuildError("no series '\(key ?? "")' in series.yml (series: \(known.map(\.key).joined(separator: ", ")))")
        }
        let folder = contentDirectory.appendingPathComponent(series.folder)
        let words = self.words
        let title = title ?? words["new_title_placeholder"]
        let number = series.numbered ? EditionScaffold.nextNumber(after: ContentScan.editionNumbers(in: folder)) : nil
        guard let name = number.map({ EditionScaffold.fileName(number: $0, title: title) })
                ?? NewsScaffold.fileName(date: date, title: title) else {
            throw BuildError("the title '\(title)' gives an empty file name; use letters or digits")
        }
        let venues = ContentScan.venueKeys(ofFile: contentDirectory.appendingPathComponent("venues.yml"))
        let text = EditionScaffold.text(number: number, title: title, date: date, speakers: speakers, venueKeys: venues,
                                        published: published, words: words)
        return try write(text, to: folder.appendingPathComponent(name))
    }

    /// Writes `news/YYYY-MM-DD-slug.md`; returns its URL.
    public func newNews(title: String, date: EventDate) throws(BuildError) -> URL {
        guard let name = NewsScaffold.fileName(date: date, title: title) else {
            throw BuildError("the title '\(title)' gives an empty file name; use letters or digits")
        }
        let text = NewsScaffold.text(title: title, date: date, words: words)
        return try write(text, to: contentDirectory.appendingPathComponent("news").appendingPathComponent(name))
    }

    private func write(_ text: String, to url: URL) throws(BuildError) -> URL {
        let manager = FileManager.default
        guard FileSystem.isDirectory(contentDirectory) else {
            throw BuildError("content folder '\(displayPath(contentDirectory))' not found")
        }
        if manager.fileExists(atPath: url.path) {
            throw BuildError("'\(displayPath(url))' already exists; it was left as it was")
        }
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw BuildError("cannot write '\(displayPath(url))': \(error.localizedDescription)")
        }
        return url
    }
}
