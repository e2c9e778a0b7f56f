import Foundation
import SiteModel

/// The whole site as files, from values only: pages, feeds, calendars, sitemap, theme assets.
/// Static files of the content folder are copied by SiteBuild, not here (that is I/O).
public enum SiteRenderer {
    public static func render(_ site: Site, theme: CompiledTheme, context: BuildContext) -> [OutputFile] {
        let html = HTMLRenderer(site: site, theme: theme, context: context)
        let pages = html.pages()
        var files = ConcurrentMap.map(pages) { html.render($0) }
        files += SitemapRenderer.render(site: site, pages: pages)
        files += FeedRenderer.render(site)
        files += CalendarRenderer.render(site)
        files += theme.assetFiles
        return files.sorted { $0.path < $1.path }
    }
}
