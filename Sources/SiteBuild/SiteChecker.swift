import Foundation
import SiteModel
import SiteRender

/// Checks of the whole site that the loader cannot make file by file, run by both `build` and
/// `check` on the rendered pages: links and images that lead nowhere (errors), and editions
/// that contradict each other or the calendar (warnings).
struct SiteChecker {
    let site: Site
    let now: EventDate
    let files: SourceFiles
    /// The diagnostic path of a file given relative to the content folder (`editions/04-seo.md`).
    let contentPath: (String) -> String
    /// The diagnostic path of the theme's templates, for broken links written there.
    let themeLabel: String
    /// HTML injected into every page by `kerne serve`: not checked.
    var injectedHTML = ""

    func check(rendered: [OutputFile], staticFiles: [String]) -> [Diagnostic] {
        let locator = SourceLocator(files: files)
        let editions = EditionChecker(editions: site.editions.sorted { $0.number < $1.number }, now: now,
                                      timeZone: site.config.timeZone, locator: locator,
                                      displayPath: { contentPath($0.sourcePath) })
        var bodies = site.editions.map { body($0.path, $0.sourcePath, $0.body) }
        bodies += site.news.map { body($0.path, $0.sourcePath, $0.body) }
        bodies += site.pages.map { body($0.path, $0.sourcePath, $0.body) }
        let links = LinkChecker(basePath: site.config.basePath, existing: Set(rendered.map(\.path) + staticFiles),
                                bodies: bodies, themeLabel: themeLabel, locator: locator, injectedHTML: injectedHTML)
        return (editions.check() + links.check(rendered)).sorted()
    }

    private func body(_ sitePath: String, _ sourcePath: String, _ body: RenderedMarkdown) -> LinkChecker.Body {
        LinkChecker.Body(sitePath: sitePath, sourcePath: contentPath(sourcePath), destinations: body.links + body.images)
    }
}
