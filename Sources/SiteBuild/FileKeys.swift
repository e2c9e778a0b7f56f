import SiteModel
import SiteRender
import SiteSource

/// The key of each output file: a digest of everything it is made from. Inputs every file
/// depends on (options, theme, `site.yml`, `venues.yml`, pages, static files: everything but
/// editions and news) go into one shared digest; then each file adds what it reads of editions
/// and news (`RenderJob.sources`): a whole file by its bytes, a summary by the parsed value
/// without the body's full text (`MarkdownContent.listDigest`). A static file's key is its own bytes.
struct FileKeys {
    static let markerKey = ContentDigest.of("kerne output marker".utf8)

    let snapshot: InputSnapshot
    private let shared: ContentDigest
    private let summaries: [String: ContentDigest]
    private let allSummaries: ContentDigest

    /// `listDigests`: those the loader kept (`LoadResult.listDigests`); missing ones are computed.
    init(snapshot: InputSnapshot, site: Site, listDigests: [String: ContentDigest], optionsDigest: ContentDigest,
         themeDigest: ContentDigest) {
        self.snapshot = snapshot
        var hasher = DigestHasher()
        hasher.add(optionsDigest)
        hasher.add(themeDigest)
        for (path, digest) in snapshot.files.sorted(by: { $0.key < $1.key })
        where !path.hasPrefix("editions/") && !path.hasPrefix("news/") {
            hasher.add(path)
            hasher.add(digest)
        }
        shared = hasher.finish()

        var summaries: [String: ContentDigest] = [:]
        summaries.reserveCapacity(site.editions.count + site.news.count)
        for edition in site.editions { summaries[edition.sourcePath] = listDigests[edition.sourcePath] ?? edition.listDigest }
        for post in site.news { summaries[post.sourcePath] = listDigests[post.sourcePath] ?? post.listDigest }
        self.summaries = summaries
        var all = DigestHasher()
        for (path, digest) in summaries.sorted(by: { $0.key < $1.key }) {
            all.add(path)
            all.add(digest)
        }
        allSummaries = all.finish()
    }

    func key(for file: PlannedFile) -> ContentDigest {
        var hasher = DigestHasher()
        switch file.source {
        case .copy:
            hasher.add("copy")
            hasher.add(file.path)
            add(file: "static/" + file.path, to: &hasher)
        case .job(let job):
            hasher.add(shared)
            hasher.add(file.path)
            let sources = job.sources
            if sources.everything {
                hasher.add("everything")
                hasher.add(snapshot.treeDigest)
            }
            if sources.allSummaries {
                hasher.add("all summaries")
                hasher.add(allSummaries)
            }
            // Sources come in an order that depends on the content only, so they need no sorting.
            hasher.add("files")
            for path in sources.files { add(file: path, to: &hasher) }
            hasher.add("summaries")
            for path in sources.summaries {
                hasher.add(path)
                hasher.add(summaries[path] ?? ContentDigest.of("missing".utf8))
            }
        }
        return hasher.finish()
    }

    private func add(file path: String, to hasher: inout DigestHasher) {
        hasher.add(path)
        hasher.add(snapshot.files[path] ?? ContentDigest.of("missing".utf8))
    }
}
