import Concurrency
import Foundation
import SiteModel

/// The whole site as files, from values only: pages, feeds, calendars, sitemap, theme assets.
/// Static files of the content folder are copied by SiteBuild, not here (that is I/O).
public enum SiteRenderer {
    public static func render(_ site: Site, theme: CompiledTheme, context: BuildContext) -> [OutputFile] {
        let jobs = self.jobs(site, theme: theme, context: context)
        return ConcurrentMap.map(jobs) { $0.render() }.sorted { $0.path < $1.path }
    }

    /// Every output file as a job, sorted by path; nothing is rendered yet. `wanted`: only the
    /// files with these paths (a rebuild that knows the others are as the last build made them).
    public static func jobs(_ site: Site, theme: CompiledTheme, context: BuildContext,
                            only wanted: Set<String>? = nil) -> [RenderJob] {
        func wants(_ path: String) -> Bool { wanted?.contains(path) ?? true }
        // Edition pages link to Google Calendar with the event the calendars show.
        let events = CalendarEventCache(config: site.config, now: context.now)
        let renderer = PageRenderer(site: site, theme: theme, context: context, events: events, wholeSite: wanted == nil)
        let pages = renderer.pageJobs(only: wanted)
        var jobs = pages.map(\.job)
        if wants("sitemap.xml") {
            let pagePaths = (wanted == nil ? pages : renderer.pageJobs()).map(\.sitePath)
            jobs.append(RenderJob(path: "sitemap.xml", sources: .allSummaries) {
                SitemapRenderer.sitemap(site: site, pagePaths: pagePaths)
            })
        }
        if wants("robots.txt") {
            jobs.append(RenderJob(path: "robots.txt", sources: .none) { SitemapRenderer.robots(site: site) })
        }
        if FeedRenderer.outputPaths.contains(where: wants) {
            // The items are chosen once, here: the jobs' sources need them anyway.
            let now = context.now
            let selection = FeedItemSelection.selected(from: site, now: now)
            let feeds = SharedResult {
                FeedRenderer.render(FeedItemSelection.items(from: selection, config: site.config, now: now, images: site.images,
                                                                dimensions: site.imageDimensions),
                                    config: site.config)
            }
            // Which items the feeds carry depends on list fields (dates); the items show whole bodies.
            var feedSources = RenderJob.Sources.files(selection.map(\.sourcePath))
            feedSources.allSummaries = true
            for path in FeedRenderer.outputPaths where wants(path) {
                jobs.append(RenderJob(path: path, sources: feedSources) {
                    feeds.get().first { $0.path == path }?.contents ?? []
                })
            }
        }
        if wanted?.contains(where: { $0.hasSuffix(".ics") }) ?? true {
            jobs += CalendarRenderer.jobs(site, events: events).filter { wants($0.path) }
        }
        for asset in theme.assetFiles where wants(asset.path) {
            jobs.append(RenderJob(path: asset.path, sources: .none) { asset.contents })
        }
        return jobs.sorted { $0.path < $1.path }
    }
}
