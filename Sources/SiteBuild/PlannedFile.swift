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
    }

    var path: String
    var source: Source
    var key = ContentDigest(high: 0, low: 0)

    /// Files that show every edition (the lists, the agenda, the sitemap) take longest: they are
    /// made first, so that the cores finish together.
    var isLong: Bool {
        guard case .job(let job) = source else { return false }
        return job.sources.allSummaries || job.sources.everything
    }
}
