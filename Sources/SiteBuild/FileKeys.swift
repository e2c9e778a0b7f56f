import Concurrency
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
    /// Path → digest of the path and its list part.
    private let summaries: [String: ContentDigest]
    private let allSummaries: ContentDigest

    /// `listDigests`: those the loader kept (`LoadResult.listDigests`); missing ones are computed.
    init(snapshot: InputSnapshot, site: Site, listDigests: [String: ContentDigest], optionsDigest: ContentDigest,
         themeDigest: ContentDigest) {
        self.snapshot = snapshot
        var hasher = DigestHasher()
        hasher.add(optionsDigest)
        hasher.add(themeDigest)
        // Editions and news are left out before sorting: they are nearly all the files.
        for (path, digest) in snapshot.files.filter({ !$0.key.hasPrefix("editions/") && !$0.key.hasPrefix("news/") })
            .sorted(by: { $0.key < $1.key }) {
            hasher.add(path)
            hasher.add(digest)
        }
        shared = hasher.finish()

        // Each path with its digest, as one digest: a list page adds one per item, and the news
        // list pages all show every post. All of them, in the site's order (which depends on the
        // content only), make `allSummaries`.
        var summaries: [String: ContentDigest] = [:]
        summaries.reserveCapacity(site.editions.count + site.news.count)
        var all = DigestHasher()
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
        var hasher = DigestHasher()
        hasher.add(path)
        hasher.add(digest)
        return hasher.finish()
    }

    /// The key of each file, on every core; a kept file keeps the key it has. A list of summaries
    /// that many files share is digested once: the news list pages all show every post, from one
    /// array, and arrays that share their storage (same address and count while all are alive)
    /// hold the same paths.
    func keys(for files: [PlannedFile]) -> [ContentDigest] {
        var uses: [ListIdentity: Int] = [:]
        for file in files {
            if case .job(let job) = file.source { uses[ListIdentity(job.sources.summaries), default: 0] += 1 }
        }
        var lists: [ListIdentity: ContentDigest] = [:]
        for file in files {
            guard case .job(let job) = file.source else { continue }
            let identity = ListIdentity(job.sources.summaries)
            if uses[identity, default: 0] > 1, lists[identity] == nil { lists[identity] = digest(ofSummaries: job.sources.summaries) }
        }
        return ConcurrentMap.map(files) { key(for: $0, lists: lists) }
    }

    private struct ListIdentity: Hashable {
        let address: UInt
        let count: Int

        init(_ list: [String]) {
            address = list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            count = list.count
        }
    }

    private func key(for file: PlannedFile, lists: [ListIdentity: ContentDigest]) -> ContentDigest {
        var hasher = DigestHasher()
        switch file.source {
        case .kept:
            return file.key
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
            hasher.add(lists[ListIdentity(sources.summaries)] ?? digest(ofSummaries: sources.summaries))
        }
        return hasher.finish()
    }

    private func digest(ofSummaries paths: [String]) -> ContentDigest {
        var hasher = DigestHasher()
        for path in paths {
            hasher.add(summaries[path] ?? Self.entry(path, ContentDigest.of("missing".utf8)))
        }
        return hasher.finish()
    }

    private func add(file path: String, to hasher: inout DigestHasher) {
        hasher.add(path)
        hasher.add(snapshot.files[path] ?? ContentDigest.of("missing".utf8))
    }
}
