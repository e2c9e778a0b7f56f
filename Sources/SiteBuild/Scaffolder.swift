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

    /// The site's time zone, as `site.yml` gives it, for « today ».
    public var timeZone: TimeZone {
        ContentScan.timeZone(ofSiteFile: contentDirectory.appendingPathComponent("site.yml"))
    }

    /// The number the next edition gets.
    public func nextEditionNumber() -> Int {
        EditionScaffold.nextNumber(after: ContentScan.editionNumbers(in: contentDirectory.appendingPathComponent("editions")))
    }

    /// Writes `editions/NN-slug.md` with the next free number; returns its URL.
    public func newEdition(title: String?, date: EventDate, speakers: [EditionScaffold.Speaker]) throws(BuildError) -> URL {
        let number = nextEditionNumber()
        let title = title ?? EditionScaffold.placeholderTitle
        guard let name = EditionScaffold.fileName(number: number, title: title) else {
            throw BuildError("the title '\(title)' gives an empty file name; use letters or digits")
        }
        let venues = ContentScan.venueKeys(ofFile: contentDirectory.appendingPathComponent("venues.yml"))
        let text = EditionScaffold.text(number: number, title: title, date: date, speakers: speakers, venueKeys: venues)
        return try write(text, to: contentDirectory.appendingPathComponent("editions").appendingPathComponent(name))
    }

    /// Writes `news/YYYY-MM-DD-slug.md`; returns its URL.
    public func newNews(title: String, date: EventDate) throws(BuildError) -> URL {
        guard let name = NewsScaffold.fileName(date: date, title: title) else {
            throw BuildError("the title '\(title)' gives an empty file name; use letters or digits")
        }
        let text = NewsScaffold.text(title: title, date: date)
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
