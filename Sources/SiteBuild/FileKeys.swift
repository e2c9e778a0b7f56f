import SiteRender
import SiteSource

/// The key of each output file: a digest of everything it is made from. Inputs every file
/// depends on (options, theme, `site.yml`, `venues.yml`, pages, static files: everything but
/// editions and news) go into one shared digest; then each file adds the editions and news it
/// shows (`RenderJob.sources`). A static file's key is its own bytes.
struct FileKeys {
    static let markerKey = ContentDigest.of("kerne output marker".utf8)

    let snapshot: InputSnapshot
    private let shared: ContentDigest

    init(snapshot: InputSnapshot, optionsDigest: ContentDigest, themeDigest: ContentDigest) {
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
    }

    func key(for file: SiteBuilder.PlannedFile) -> ContentDigest {
        var hasher = DigestHasher()
        switch file.source {
        case .copy:
            hasher.add("copy")
            hasher.add(file.path)
            addSource("static/" + file.path, to: &hasher)
        case .job(let job):
            hasher.add(shared)
            hasher.add(file.path)
            switch job.sources {
            case .everything:
                hasher.add("everything")
                hasher.add(snapshot.treeDigest)
            case .files(let paths):
                for path in paths.sorted() { addSource(path, to: &hasher) }
            }
        }
        return hasher.finish()
    }

    private func addSource(_ path: String, to hasher: inout DigestHasher) {
        hasher.add(path)
        if let digest = snapshot.files[path] { hasher.add(digest) } else { hasher.add("missing") }
    }
}
