import Foundation
import SiteModel
import SiteRender

/// Checks of the whole site that the loader cannot make file by file, run by both `build` and
/// `check`: links and images of the rendered pages that lead nowhere (errors), and editions
/// that contradict each other or the calendar (warnings). Pages are scanned as they are
/// rendered (`links.brokenReferences`); `check` then turns what was found into diagnostics.
struct SiteChecker {
    let site: Site
    let now: EventDate
    let files: SourceFiles
    /// The diagnostic path of a file given relative to the content folder (`editions/04-seo.md`).
    let contentPath: (String) -> String
    let links: LinkChecker

    /// `existing`: every file the output will hold, relative to its root (`editions/4/index.html`).
    init(site: Site, now: EventDate, files: SourceFiles, existing: Set<String>,
         contentPath: @escaping (String) -> String, themeLabel: String, injectedHTML: String = "") {
        self.site = site
        self.now = now
        self.files = files
        self.contentPath = contentPath
        var bodies = site.editions.map { Self.body($0.path, contentPath($0.sourcePath), $0.body) }
        bodies += site.news.map { Self.body($0.path, contentPath($0.sourcePath), $0.body) }
        bodies += site.pages.map { Self.body($0.path, contentPath($0.sourcePath), $0.body) }
        links = LinkChecker(basePath: site.config.basePath, existing: existing, bodies: bodies, themeLabel: themeLabel,
                            locator: SourceLocator(files: files), injectedHTML: injectedHTML)
    }

    /// `brokenLinks`: what `links.brokenReferences` found in the pages rendered by this build.
    func check(brokenLinks: [BrokenReferences]) -> [Diagnostic] {
        let editions = EditionChecker(editions: site.editions, now: now,
                                      timeZone: site.config.timeZone, locator: links.locator,
                                      displayPath: { contentPath($0.sourcePath) })
        let pages = brokenLinks.filter { !$0.references.isEmpty }.sorted { $0.pagePath < $1.pagePath }
        return (editions.check() + links.diagnostics(for: pages)).sorted()
    }

    private static func body(_ sitePath: String, _ sourcePath: String, _ body: RenderedMarkdown) -> LinkChecker.Body {
        LinkChecker.Body(sitePath: sitePath, sourcePath: sourcePath, destinations: body.links + body.images)
    }
}
