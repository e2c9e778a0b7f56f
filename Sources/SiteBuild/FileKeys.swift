import SiteModel
import SiteRender
import SiteSource

/// The key of each output file: a digest of everything it is made from. Inputs every file
/// depends on (options, theme, `site.yml`, `venues.yml`, pages, static files: everything but
/// editions and news) go into one shared digest; then each file adds what it reads of editions
/// and news (`RenderJob.sources`): a whole file by its bytes, a summary by the parsed value
/// without the body's full text. A static file's key is its own bytes.
struct FileKeys {
    static let markerKey = ContentDigest.of("kerne output marker".utf8)

    let snapshot: InputSnapshot
    private let shared: ContentDigest
    private let summaries: [String: ContentDigest]
    private let allSummaries: ContentDigest

    init(snapshot: InputSnapshot, site: Site, optionsDigest: ContentDigest, themeDigest: ContentDigest) {
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

        let editions = ConcurrentMap.map(site.editions) { edition -> (String, ContentDigest) in
            var summary = edition
            summary.body = Self.listPart(of: edition.body)
            return (edition.sourcePath, Self.digest(summary))
        }
        let news = ConcurrentMap.map(site.news) { post -> (String, ContentDigest) in
            var summary = post
            summary.body = Self.listPart(of: post.body)
            return (post.sourcePath, Self.digest(summary))
        }
        summaries = Dictionary(editions + news) { first, _ in first }
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

    /// What lists may show of a body: its summary, not its full text.
    private static func listPart(of body: RenderedMarkdown) -> RenderedMarkdown {
        RenderedMarkdown(summaryHTML: body.summaryHTML, summaryText: body.summaryText)
    }

    /// A value that cannot be encoded gets a digest of its own, so that what shows it is redone.
    private static func digest<Value: Encodable>(_ value: Value) -> ContentDigest {
        (try? CacheEncoder.encode(value)).map { ContentDigest.of($0) }
            ?? ContentDigest(high: .random(in: .min ... .max), low: .random(in: .min ... .max))
    }
}
