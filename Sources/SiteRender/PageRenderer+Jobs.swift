import SiteModel

extension PageRenderer {
    /// Every HTML page as a job, with its site path (`/editions/4/`); the page's view is built
    /// when the job runs, so that building views is spread over the cores too. The sources
    /// follow `ViewBuilder`: summary views read no body, `editionView` and `newsView` do.
    /// `wanted`: only the pages with these output paths (`editions/4/index.html`).
    func pageJobs(only wanted: Set<String>? = nil) -> [(sitePath: String, job: RenderJob)] {
        var jobs: [(sitePath: String, job: RenderJob)] = []
        func add(_ path: String, _ sources: @autoclosure () -> RenderJob.Sources, _ spec: @escaping @Sendable () -> PageSpec) {
            let outputPath = PageSpec.outputPath(of: path)
            if let wanted, !wanted.contains(outputPath) { return }
            jobs.append((path, RenderJob(path: outputPath, sources: sources()) { [self] in render(spec()).contents }))
        }
        var home = RenderJob.Sources.allSummaries
        home.files = index.nextEdition.map { [$0.sourcePath] } ?? []
        add("/", home) { [self] in homePage() }
        for series in site.series {
            add("/\(series.folder)/", .allSummaries) { [self] in seriesPage(series) }
        }
        add(site.config.urlWords.speakersFolder, .allSummaries) { [self] in speakersPage() }
        add("/404.html", .none) { [self] in notFoundPage() }
        let newsSummaries = RenderJob.Sources.summaries(site.news.map(\.sourcePath))
        for number in 1...newsListPageCount {
            add(newsListPath(number), newsSummaries) { [self] in newsListPage(number) }
        }
        // Jobs hold the edition's position, not a copy of it (thousands of copies, field by field).
        for (position, edition) in site.editions.enumerated() {
            add(edition.path, .files([edition.sourcePath], summaries: index.neighbourSourcePaths(of: edition))) { [self] in
                editionPage(site.editions[position])
            }
        }
        for post in site.news {
            add(post.path, .files([post.sourcePath])) { [self] in newsPage(post) }
        }
        for page in site.pages {
            add(page.path, .files([page.sourcePath])) { [self] in standalonePage(page) }
        }
        // The cross-references are made only for a folder of pages that is wanted.
        let words = site.config.urlWords
        func wantsPages(in folder: String) -> Bool { wanted?.contains { $0.hasPrefix(folder.dropFirst()) } ?? true }
        for entry in wantsPages(in: words.speakersFolder) ? index.speakers : [] {
            add(entry.path, .summaries(entry.editions.map(\.sourcePath))) { [self] in speakerPage(entry) }
        }
        for entry in wantsPages(in: words.tagsFolder) ? index.tags : [] {
            add(entry.path, .summaries(entry.editions.map(\.sourcePath) + entry.news.map(\.sourcePath))) { [self] in tagPage(entry) }
        }
        for entry in wantsPages(in: words.venuesFolder) ? index.venues : [] {
            add(entry.path, .summaries(entry.editions.map(\.sourcePath))) { [self] in venuePage(entry) }
        }
        return jobs
    }
}
