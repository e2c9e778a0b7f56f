import ContentHash
import SiteSource

/// The parse cache of one build, as `SiteLoader` asks for it (`ParseResultCache`): the pack, the
/// digests the input snapshot took, and what the load finds out for the file keys.
package struct ParseCacheUse: ParseResultCache {
    package let pack: ParsePack
    let knownDigests: [String: ContentDigest]
    let listDigests: ListDigestLog

    package func results(under context: ParseContext) -> any ParseResults {
        var hasher = ContentHasher()
        hasher.add(pack.salt)
        hasher.add(context.identity)
        return CachedParse(pack: pack, contextDigest: hasher.finish(), knownDigests: knownDigests, listDigests: listDigests)
    }

    /// The list digest of each edition and news post loaded, by path relative to the content folder.
    package var loadedListDigests: [String: ContentDigest] { listDigests.all }
}
