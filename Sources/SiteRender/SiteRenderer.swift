import Foundation
import SiteModel

/// The whole site as files, from values only: pages, feeds, calendars, sitemap, theme assets.
/// Static files of the content folder are copied by SiteBuild, not here (that is I/O).
public enum SiteRenderer {
    /// `progress` is called after each page, from any thread, with the count done and the total.
    public static func render(_ site: Site, theme: CompiledTheme, context: BuildContext,
                              progress: (@Sendable (_ rendered: Int, _ total: Int) -> Void)? = nil) -> [OutputFile] {
        let html = HTMLRenderer(site: site, theme: theme, context: context)
        let pages = html.pages()
        let counter = ProgressCounter(total: pages.count, report: progress)
        var files = ConcurrentMap.map(pages) { page in
            defer { counter.increment() }
            return html.render(page)
        }
        files += SitemapRenderer.render(site: site, pages: pages)
        files += FeedRenderer.render(site)
        files += CalendarRenderer.render(site)
        files += theme.assetFiles
        return files.sorted { $0.path < $1.path }
    }
}
