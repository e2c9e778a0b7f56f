import Foundation

/// Loads one content file through a `ParseCache`: decodes the stored result when the file's
/// bytes and context are those it was made from, parses (and stores) otherwise.
struct CachedParse: Sendable {
    let cache: any ParseCache
    let contextDigest: ContentDigest

    /// `knownDigest`: `ContentDigest.of` the file's bytes, when the caller has it already.
    func load<Value: Codable & Sendable>(_ url: URL, sourcePath: String, knownDigest: ContentDigest? = nil,
                                         parse: (Data?) -> FileResult<Value>) -> FileResult<Value> {
        func key(_ digest: ContentDigest) -> ContentDigest {
            var hasher = DigestHasher()
            hasher.add(contextDigest)
            hasher.add(sourcePath)
            hasher.add(digest)
            return hasher.finish()
        }
        if let knownDigest, let entry = cache.entry(for: key(knownDigest)),
           let result = try? CacheDecoder.decode(FileResult<Value>.self, from: entry) {
            return result
        }
        guard let data = try? Data(contentsOf: url) else { return parse(nil) }
        let key = key(ContentDigest.of(data))
        if let entry = cache.entry(for: key),
           let result = try? CacheDecoder.decode(FileResult<Value>.self, from: entry) {
            return result
        }
        let result = parse(data)
        if let entry = try? CacheEncoder.encode(result) { cache.store(entry, for: key) }
        return result
    }
}
