import Foundation
import SiteRender
import SiteSource

/// One file of the output to be: where it goes, what makes it, and the digest of everything it
/// is made from (its key, set by `FileKeys`; an incremental build skips files whose key is the same).
struct PlannedFile: Sendable {
    enum Source: Sendable {
        case job(RenderJob)
        /// A static file of the content folder.
        case copy(URL)
        /// A file the last build made from inputs that have not changed since (`key` is the
        /// recorded one), so it is not made again; `reads`: the content files it reads whole
        /// (`RenderJob.Sources.files`), for the next build's record.
        case kept(reads: [String])
    }

    var path: String
    var source: Source
    var key = ContentDigest(high: 0, low: 0)

    /// The content files the file reads whole, as the build cache records them.
    var reads: [String] {
        switch source {
        case .job(let job): job.sources.files
        case .copy: []
        case .kept(let reads): reads
        }
    }

    /// Files that show every edition (the lists, the agenda, the sitemap) take longest: they are
    /// made first, so that the cores finish together.
    var isLong: Bool {
        guard case .job(let job) = source else { return false }
        return job.sources.allSummaries || job.sources.everything
    }
}
