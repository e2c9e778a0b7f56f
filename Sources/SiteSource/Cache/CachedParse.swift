import Foundation
import SiteModel

/// Loads one content file through a `ParseCache`: decodes the stored result when the file's
/// bytes and context are those it was made from, parses (and stores) otherwise.
///
/// An entry is the digest of the value's list part (`MarkdownContent.listDigest`), then the
/// result without its body's full text (`CacheCodable`), then that text: `html`, framed
/// by its length, and `plainText`, the rest. The text is read only when something shows it.
struct CachedParse: Sendable {
    let cache: any ParseCache
    let contextDigest: ContentDigest

    /// A file's result and the digest of what lists show of it.
    struct Loaded<Value: Sendable>: Sendable {
        var result: FileResult<Value>
        var listDigest: ContentDigest?
    }

    /// `path`: where the file is; `knownDigest`: `ContentDigest.of` its bytes, when the caller has
    /// it already (then a file whose result is stored is not read at all).
    func load<Value: MarkdownContent & CacheCodable>(path: String, sourcePath: String, knownDigest: ContentDigest? = nil,
                                      parse: (Data?) -> FileResult<Value>) -> Loaded<Value> {
        func key(_ digest: ContentDigest) -> ContentDigest {
            var hasher = DigestHasher()
            hasher.add(contextDigest)
            hasher.add(sourcePath)
            hasher.add(digest)
            return hasher.finish()
        }
        if let knownDigest, let entry = cache.entry(for: key(knownDigest)), let loaded: Loaded<Value> = Self.decode(entry) {
            return loaded
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return Loaded(result: parse(nil)) }
        let key = key(ContentDigest.of(data))
        if let entry = cache.entry(for: key), let loaded: Loaded<Value> = Self.decode(entry) {
            return loaded
        }
        let result = parse(data)
        let listDigest = result.value?.listDigest
        cache.store(Self.encode(result, listDigest: listDigest), for: key)
        return Loaded(result: result, listDigest: listDigest)
    }

    static func encode<Value: MarkdownContent & CacheCodable>(_ result: FileResult<Value>,
                                                             listDigest: ContentDigest?) -> [UInt8] {
        var head = CacheByteWriter()
        head.add(result)
        let body = result.value?.body ?? RenderedMarkdown()
        let digest = listDigest ?? ContentDigest(high: 0, low: 0)
        let html = body.html
        var entry = CacheByteWriter()
        entry.add(digest.high)
        entry.add(digest.low)
        entry.add(UInt64(head.bytes.count))
        entry.bytes += head.bytes
        entry.add(html)
        entry.bytes += body.plainText.utf8
        return entry.bytes
    }

    /// Nil when the entry is not one `encode` wrote for this type.
    static func decode<Value: MarkdownContent & CacheCodable>(_ entry: ParseCacheEntry) -> Loaded<Value>? {
        guard let high = entry.word(at: 0), let low = entry.word(at: 8), let headLength = entry.word(at: 16),
              headLength <= UInt64(entry.count - 24) else { return nil }
        let headEnd = 24 + Int(headLength)
        guard let htmlLength = entry.word(at: headEnd), htmlLength <= UInt64(entry.count - headEnd - 8),
              var result = entry.withBytes(24..<headEnd, { bytes -> FileResult<Value>? in
                  var reader = CacheByteReader(bytes)
                  guard let result = try? FileResult<Value>(from: &reader), reader.isAtEnd else { return nil }
                  return result
              }) ?? nil else { return nil }
        let htmlRange = headEnd + 8..<headEnd + 8 + Int(htmlLength)
        let plainRange = htmlRange.upperBound..<entry.count
        if var value = result.value {
            let text = DeferredText(htmlIsEmpty: htmlRange.isEmpty) {
                (entry.withBytes(htmlRange) { String(decoding: $0, as: UTF8.self) } ?? "",
                 entry.withBytes(plainRange) { String(decoding: $0, as: UTF8.self) } ?? "")
            }
            value.body = value.body.deferring(to: text)
            result.value = value
        }
        return Loaded(result: result, listDigest: result.value == nil ? nil : ContentDigest(high: high, low: low))
    }
}
