import SiteModel

extension HTMLRenderer {
    /// Every HTML page as a job, with its site path (`/editions/4/`); the page's view is built
    /// when the job runs, so that building views is spread over the cores too. The sources
    /// follow `ViewBuilder`: summary views read no body, `editionView` and `newsView` do.
    func pageJobs() -> [(sitePath: String, job: RenderJob)] {
        var jobs: [(sitePath: String, job: RenderJob)] = []
        func add(_ path: String, _ sources: RenderJob.Sources, _ spec: @escaping @Sendable () -> PageSpec) {
            jobs.append((path, RenderJob(path: PageSpec.outputPath(of: path), sources: sources) { render(spec()).contents }))
        }
        var home = RenderJob.Sources.allSummaries
        home.files = index.nextEdition.map { [$0.sourcePath] } ?? []
        add("/", home) { homePage() }
        add("/editions/", .allSummaries) { editionsPage() }
        add("/intervenants/", .allSummaries) { speakersPage() }
        add("/404.html", .none) { notFoundPage() }
        let newsSummaries = RenderJob.Sources.summaries(site.news.map(\.sourcePath))
        for number in 1...newsListPageCount {
            add(Self.newsListPath(number), newsSummaries) { newsListPage(number) }
        }
        for edition in site.editions {
            let (previous, next) = index.neighbours(of: edition)
            add(edition.path, .files([edition.sourcePath], summaries: [previous, next].compactMap { $0?.sourcePath })) {
                editionPage(edition)
            }
        }
        for post in site.news {
            add(post.path, .files([post.sourcePath])) { newsPage(post) }
        }
        for page in site.pages {
            add(page.path, .files([page.sourcePath])) { standalonePage(page) }
        }
        for entry in index.speakers {
            add(entry.path, .summaries(entry.editions.map(\.sourcePath))) { speakerPage(entry) }
        }
        for entry in index.tags {
            add(entry.path, .summaries(entry.editions.map(\.sourcePath) + entry.news.map(\.sourcePath))) { tagPage(entry) }
        }
        for entry in index.venues {
            add(entry.path, .summaries(entry.editions.map(\.sourcePath))) { venuePage(entry) }
        }
        return jobs
    }
}
