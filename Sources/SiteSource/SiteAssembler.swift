import Foundation
import SiteModel

/// Puts the loaded files together: checks what spans files (edition numbers, output paths)
/// and sorts everything so that the site never depends on the order files were read in.
struct SiteAssembler {
    let timeZone: TimeZone
    let words: URLWords
    private(set) var diagnostics: [Diagnostic] = []
    private var registry: OutputPathRegistry
    /// Slugs of speaker names and tags, made once each: most come back on many editions.
    private var slugs: [String: String] = [:]
    /// Speaker names and tags whose shared page is claimed already: claiming it again would
    /// change nothing, and they come back on many editions.
    private var claimedSpeakers: Set<String> = []
    private var claimedTags: Set<String> = []
    /// The first name written for each shared page (`/tags/<slug>/`), to tell of another name
    /// that makes the same slug.
    private var firstNames: [String: (name: String, location: SourceLocation)] = [:]

    init(timeZone: TimeZone, words: URLWords) {
        self.timeZone = timeZone
        self.words = words
        registry = OutputPathRegistry(words: words)
    }

    mutating func assemble(config: SiteConfig?, venues: [String: Venue], series: SeriesFile,
                           editions: [FileResult<Edition>],
                           news: [FileResult<NewsPost>], pages: [FileResult<Page>], staticFiles: [String],
                           venuesLabel: String, staticPrefix: String) -> Site? {
        // A page per post, page and static file, then the shared pages (speakers, tags, venues):
        // about one per edition (editions' own files are claimed by number).
        registry.reserveCapacity(editions.count + news.count + pages.count + staticFiles.count + venues.count + 64,
                                 editions: editions.count)
        let venuesLocation = SourceLocation(path: venuesLabel, line: 1, column: 1)
        let sortedVenues = venues.values.sorted { ByteOrder.precedes($0.key ?? "", $1.key ?? "") }
        for slug in sortedVenues.compactMap(\.slug) {
            registry.claim("\(words.venues)/\(slug)/index.html", by: .init(label: venuesLabel), at: venuesLocation)
        }
        // The one series of a site without series.yml has no line to report at: its pages are
        // generated ones, which the others must not take. A word of `paths:` that takes its
        // folder is reported in site.yml already.
        let wordList = self.words.named.map(\.word)
        for one in series.series where series.folderLocations[one.folder] == nil && !wordList.contains(one.folder) {
            let owner = OutputPathRegistry.Owner(label: "the generated page of series '\(one.key)'")
            registry.claim("\(one.folder)/index.html", by: owner, at: venuesLocation)
            registry.claim("\(one.folder)/agenda.ics", by: owner, at: venuesLocation)
        }
        var loadedEditions = claimEditions(editions)
        let seriesOrder = Dictionary(uniqueKeysWithValues: series.series.enumerated().map { ($1.key, $0) })
        func precedes(_ lhs: Edition, _ rhs: Edition) -> Bool {
            if lhs.series.key != rhs.series.key {
                return seriesOrder[lhs.series.key, default: 0] < seriesOrder[rhs.series.key, default: 0]
            }
            if lhs.number != rhs.number { return lhs.number < rhs.number }
            return ByteOrder.precedes(lhs.name, rhs.name)
        }
        // Files are read in name order, which is mostly this order already: sorting moves every
        // edition, and moving one retains and releases each of its fields.
        if loadedEditions.indices.dropFirst().contains(where: { precedes(loadedEditions[$0], loadedEditions[$0 - 1]) }) {
            loadedEditions.sort(by: precedes)
        }
        let loadedNews = collect(news).map { post, owner, location in
            var post = post
            post.folder = words.news
            return (value: post, owner: owner, location: location)
        }
        for (post, owner, location) in loadedNews {
            registry.claim(Self.file(post.path), by: owner, at: location)
            claimTags(post.tags, at: location)
        }
        let loadedPages = collect(pages)
        for (page, owner, location) in loadedPages {
            registry.claim(Self.file(page.path), by: owner, at: location)
        }
        // After the pages: a folder that takes a page's address is reported in series.yml.
        for one in series.series {
            guard let location = series.folderLocations[one.folder] else { continue }
            let owner = OutputPathRegistry.Owner(label: "the generated page of series '\(one.key)'")
            registry.claim("\(one.folder)/index.html", by: owner, at: location)
            registry.claim("\(one.folder)/agenda.ics", by: owner, at: location)
        }
        for file in staticFiles {
            let label = staticPrefix + "/" + file
            registry.claim(file, by: .init(label: label), at: SourceLocation(path: label, line: 1, column: 1))
        }
        diagnostics += registry.diagnostics
        guard let config else { return nil }
        return Site(config: config, venues: sortedVenues, series: series.series,
                    editions: loadedEditions,
                    news: newestFirst(loadedNews.map(\.value)),
                    pages: loadedPages.map(\.value).sorted(by: Self.menuOrder),
                    staticFiles: staticFiles)
    }

    /// Every loaded edition, in file order, with its claims made (a site has thousands: they are
    /// not copied into tuples first, as `collect` does).
    private mutating func claimEditions(_ results: [FileResult<Edition>]) -> [Edition] {
        var loaded: [Edition] = []
        loaded.reserveCapacity(results.count)
        for result in results {
            diagnostics += result.diagnostics
            guard let edition = result.value else { continue }
            loaded.append(edition)
            let owner = OutputPathRegistry.Owner(label: result.identity.path)
            let location = result.identity
            if edition.slug == nil {
                // The event's page and calendar, by its number.
                if let other = registry.claimEdition(edition.number, of: edition.series, by: owner) {
                    diagnostics.append(.error(at: location, "edition number \(edition.number) is already used by \(other.label)"))
                    continue
                }
            } else {
                let claimedPage = registry.claim(Self.file(edition.path), by: owner, at: location)
                guard claimedPage, registry.claim(String(edition.calendarPath.dropFirst()), by: owner, at: location)
                else { continue }
            }
            for speaker in edition.speakers where !claimedSpeakers.contains(speaker.name) {
                let path = "\(words.speakersFolder)\(slug(speaker.name))/"
                noteSharedPage(path, of: "speaker", named: speaker.name, at: location)
                if registry.claim(Self.file(path), by: .init(label: "the speaker page \(path)", isShared: true), at: location) {
                    claimedSpeakers.insert(speaker.name)
                }
            }
            claimTags(edition.tags, at: location)
        }
        return loaded
    }

    private mutating func slug(_ name: String) -> String {
        if let known = slugs[name] { return known }
        let made = Slug.make(name)
        slugs[name] = made
        return made
    }

    private mutating func claimTags(_ tags: [String], at location: SourceLocation) {
        for tag in tags where !claimedTags.contains(tag) {
            let path = "\(words.tagsFolder)\(slug(tag))/"
            noteSharedPage(path, of: "tag", named: tag, at: location)
            if registry.claim(Self.file(path), by: .init(label: "the tag page \(path)", isShared: true), at: location) {
                claimedTags.insert(tag)
            }
        }
    }

    /// Two names that differ (`Réseautage`, `reseautage`) but make the same slug share one page:
    /// said once per name, with where the first was written, never merged in silence.
    private mutating func noteSharedPage(_ path: String, of kind: String, named name: String, at location: SourceLocation) {
        guard let first = firstNames[path] else {
            firstNames[path] = (name, location)
            return
        }
        guard first.name != name, firstNames[path + "\u{0}" + name] == nil else { return }
        firstNames[path + "\u{0}" + name] = (name, location)
        diagnostics.append(.warning(at: location,
            "\(kind) '\(name)' makes the same page \(path) as '\(first.name)' (\(first.location)): both are listed on it under '\(first.name)'",
            hint: "write the \(kind) the same way everywhere"))
    }

    /// Every file's diagnostics are kept; the loaded values come back with who owns them, in file order.
    private mutating func collect<Value>(_ results: [FileResult<Value>])
        -> [(value: Value, owner: OutputPathRegistry.Owner, location: SourceLocation)] {
        results.compactMap { result in
            diagnostics += result.diagnostics
            return result.value.map { ($0, .init(label: result.identity.path), result.identity) }
        }
    }

    /// Newest first by the instant the date starts at in the site's time zone; ties by path.
    private func newestFirst(_ posts: [NewsPost]) -> [NewsPost] {
        var byStart = StartOrder(posts.map(\.date), in: timeZone)
        return posts.indices.sorted { lhs, rhs in
            let comparison = byStart.compare(lhs, rhs)
            return comparison != 0 ? comparison > 0 : ByteOrder.precedes(posts[lhs].path, posts[rhs].path)
        }
        .map { posts[$0] }
    }

    private static func menuOrder(_ lhs: Page, _ rhs: Page) -> Bool {
        let (left, right) = (lhs.menu ?? Int.max, rhs.menu ?? Int.max)
        return left != right ? left < right : ByteOrder.precedes(lhs.slug, rhs.slug)
    }

    /// `/editions/4/` → `editions/4/index.html`
    private static func file(_ sitePath: String) -> String {
        String(sitePath.dropFirst()) + "index.html"
    }
}
