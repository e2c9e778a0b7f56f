import Concurrency
import ContentHash
import SiteModel
import SiteRender
import SiteSource

/// The key of each output file: a digest of everything it is made from. Inputs every file
/// depends on (options, theme, `site.yml`, `venues.yml`, pages, static files: everything but
/// the files that have a list part, editions and news) go into one shared digest; then each file adds what it reads of editions
/// and news (`RenderJob.sources`): a whole file by its bytes, a summary by the parsed value
/// without the body's full text (`MarkdownContent.listDigest`). A static file's key is its own bytes.
package struct FileKeys {

    package let snapshot: InputSnapshot
    private let shared: ContentDigest
    /// Path → digest of the path and its list part.
    private let summaries: [String: ContentDigest]
    private let allSummaries: ContentDigest

    /// `listDigests`: those the loader kept (`ParseCacheUse.loadedListDigests`); missing ones are computed.
    package init(snapshot: InputSnapshot, site: Site, listDigests: [String: ContentDigest], optionsDigest: ContentDigest,
         themeDigest: ContentDigest) {
        self.snapshot = snapshot
        var hasher = ContentHasher()
        hasher.add(optionsDigest)
        hasher.add(themeDigest)
        // Files with a list part (editions, news) are left out before sorting: they are nearly all the files.
        for (path, digest) in snapshot.files.filter({ listDigests[$0.key] == nil }).sorted(by: { $0.key < $1.key }) {
            hasher.add(path)
            hasher.add(digest)
        }
        shared = hasher.finish()

        // Each path with its digest, as one digest: a list page adds one per item, and the news
        // list pages all show every post. All of them, in the site's order (which depends on the
        // content only), make `allSummaries`.
        var summaries: [String: ContentDigest] = [:]
        summaries.reserveCapacity(site.editions.count + site.news.count)
        var all = ContentHasher()
        func add(_ path: String, _ digest: ContentDigest) {
            let entry = Self.entry(path, digest)
            summaries[path] = entry
            all.add(entry)
        }
        for edition in site.editions { add(edition.sourcePath, listDigests[edition.sourcePath] ?? edition.listDigest) }
        for post in site.news { add(post.sourcePath, listDigests[post.sourcePath] ?? post.listDigest) }
        allSummaries = all.finish()
        self.summaries = summaries
    }

    private static func entry(_ path: String, _ digest: ContentDigest) -> ContentDigest {
        var hasher = ContentHasher()
        hasher.add(path)
        hasher.add(digest)
        return hasher.finish()
    }

    /// The key of each file, on every core; a kept file keeps the key it has. A list of summaries
    /// that many files share is digested once: the news list pages all show every post.
    package func keys(for files: [PlannedFile]) -> [ContentDigest] {
        var uses: [SummaryList: Int] = [:]
        for file in files {
            if case .job(let job) = file.source, job.sources.summaries.count > 1 {
                uses[SummaryList(paths: job.sources.summaries), default: 0] += 1
            }
        }
        var lists: [SummaryList: ContentDigest] = [:]
        for (list, count) in uses where count > 1 { lists[list] = digest(ofSummaries: list.paths) }
        return ConcurrentMap.map(files) { key(for: $0, lists: lists) }
    }

    private func key(for file: PlannedFile, lists: [SummaryList: ContentDigest]) -> ContentDigest {
        var hasher = ContentHasher()
        switch file.source {
        case .kept:
            return file.key
        case .copy:
            hasher.add("copy")
            hasher.add(file.path)
            add(file: "static/" + file.path, to: &hasher)
        case .bytes(let bytes):
            hasher.add("bytes")
            hasher.add(file.path)
            hasher.add(bytes: bytes)
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
            hasher.add(lists[SummaryList(paths: sources.summaries)] ?? digest(ofSummaries: sources.summaries))
        }
        return hasher.finish()
    }

    private func digest(ofSummaries paths: [String]) -> ContentDigest {
        var hasher = ContentHasher()
        for path in paths {
            hasher.add(summaries[path] ?? Self.entry(path, ContentDigest.of("missing")))
        }
        return hasher.finish()
    }

    private func add(file path: String, to hasher: inout ContentHasher) {
        hasher.add(path)
        hasher.add(snapshot.files[path] ?? ContentDigest.of("missing"))
    }
}
