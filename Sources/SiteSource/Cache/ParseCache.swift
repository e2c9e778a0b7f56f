import Foundation

/// Where `SiteLoader` keeps the parse results of content files between builds: a content file
/// whose bytes and parse context did not change is decoded from here instead of parsed again.
/// Implementations must be safe to call from several threads at once.
public protocol ParseCache: Sendable {
    /// Mixed into every key: whatever else decides a parse result (kerne's own version).
    var salt: ContentDigest { get }
    /// The entry stored under `key`; nil when there is none, or it is damaged.
    func entry(for key: ContentDigest) -> ParseCacheEntry?
    func store(_ entry: [UInt8], for key: ContentDigest)
}
