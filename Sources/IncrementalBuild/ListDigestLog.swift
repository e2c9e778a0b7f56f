import ContentHash
import Foundation

/// The list digest of each edition and news post as `CachedParse` found it (stored with the
/// parse result, so not computed again), by path relative to the content folder. Written from the
/// loader's threads, read once the load is over.
final class ListDigestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var digests: [String: ContentDigest] = [:]

    func record(_ digest: ContentDigest, for sourcePath: String) {
        lock.withLock { digests[sourcePath] = digest }
    }

    var all: [String: ContentDigest] { lock.withLock { digests } }
}
