import ContentHash
import Foundation
import SiteRender
import SiteSource

/// One file of the output to be: where it goes, what makes it, and the digest of everything it
/// is made from (its key, set by `FileKeys`; an incremental build skips files whose key is the same).
package struct PlannedFile: Sendable {
    package enum Source: Sendable {
        case job(RenderJob)
        /// A static file of the content folder.
        case copy(URL)
        /// Bytes made before planning: a resized photo or a social card.
        case bytes([UInt8])
        /// A file the last build made from inputs that have not changed since (`key` is the
        /// recorded one), so it is not made again; `reads`: the content files it reads whole
        /// (`RenderJob.Sources.files`), for the next build's record.
        case kept(reads: [String])
    }

    package var path: String
    package var source: Source
    package var key: ContentDigest

    package init(path: String, source: Source, key: ContentDigest = ContentDigest(high: 0, low: 0)) {
        self.path = path
        self.source = source
        self.key = key
    }

    /// The content files the file reads whole, as the build cache records them.
    package var reads: [String] {
        switch source {
        case .job(let job): job.sources.files
        case .copy, .bytes: []
        case .kept(let reads): reads
        }
    }

    /// Files that show every edition (the lists, the agenda, the sitemap) take longest: they are
    /// made first, so that the cores finish together.
    package var isLong: Bool {
        guard case .job(let job) = source else { return false }
        return job.sources.allSummaries || job.sources.everything
    }
}
