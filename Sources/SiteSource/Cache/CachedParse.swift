import Foundation

/// Loads one content file through a `ParseCache`: decodes the stored result when the file's
/// bytes and context are those it was made from, parses (and stores) otherwise.
struct CachedParse: Sendable {
    let cache: any ParseCache
    let contextDigest: ContentDigest

    func load<Value: Codable & Sendable>(_ url: URL, sourcePath: String,
                                         parse: (Data?) -> FileResult<Value>) -> FileResult<Value> {
        guard let data = try? Data(contentsOf: url) else { return parse(nil) }
        var hasher = DigestHasher()
        hasher.add(contextDigest)
        hasher.add(sourcePath)
        hasher.add(bytes: data)
        let key = hasher.finish()
        if let entry = cache.entry(for: key),
           let result = try? CacheDecoder.decode(FileResult<Value>.self, from: entry) {
            return result
        }
        let result = parse(data)
        if let entry = try? CacheEncoder.encode(result) { cache.store(entry, for: key) }
        return result
    }
}
