import Foundation
import SiteModel

/// Loads one content file through a `ParseCache`: decodes the stored result when the file's
/// bytes and context are those it was made from, parses (and stores) otherwise.
///
/// An entry is the digest of the value's list part (`MarkdownContent.listDigest`), then the
/// result without its body's full text (through `CacheEncoder`), then that text: `html`, framed
/// by its length, and `plainText`, the rest. The text is read only when something shows it.
struct CachedParse: Sendable {
    let cache: any ParseCache
    let contextDigest: ContentDigest

    /// A file's result and the digest of what lists show of it.
    struct Loaded<Value: Sendable>: Sendable {
        var result: FileResult<Value>
        var listDigest: ContentDigest?
    }

    /// `knownDigest`: `ContentDigest.of` the file's bytes, when the caller has it already.
    func load<Value: MarkdownContent>(_ url: URL, sourcePath: String, knownDigest: ContentDigest? = nil,
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
        guard let data = try? Data(contentsOf: url) else { return Loaded(result: parse(nil)) }
        let key = key(ContentDigest.of(data))
        if let entry = cache.entry(for: key), let loaded: Loaded<Value> = Self.decode(entry) {
            return loaded
        }
        let result = parse(data)
        let listDigest = result.value?.listDigest
        if let entry = Self.encode(result, listDigest: listDigest) { cache.store(entry, for: key) }
        return Loaded(result: result, listDigest: listDigest)
    }

    static func encode<Value: MarkdownContent>(_ result: FileResult<Value>, listDigest: ContentDigest?) -> [UInt8]? {
        var head = result
        let body = result.value?.body ?? RenderedMarkdown()
        head.value?.body = RenderedMarkdown(summaryHTML: body.summaryHTML, summaryText: body.summaryText,
                                            links: body.links, images: body.images)
        guard let headBytes = try? CacheEncoder.encode(head) else { return nil }
        let digest = listDigest ?? ContentDigest(high: 0, low: 0)
        let html = Array(body.html.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(40 + headBytes.count + html.count + body.plainText.utf8.count)
        for word in [digest.high, digest.low, UInt64(headBytes.count)] {
            withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes += headBytes
        withUnsafeBytes(of: UInt64(html.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += html
        bytes += body.plainText.utf8
        return bytes
    }

    /// Nil when the entry is not one `encode` wrote for this type.
    static func decode<Value: MarkdownContent>(_ entry: ParseCacheEntry) -> Loaded<Value>? {
        guard let high = entry.word(at: 0), let low = entry.word(at: 8), let headLength = entry.word(at: 16),
              headLength <= UInt64(entry.count - 24) else { return nil }
        let headEnd = 24 + Int(headLength)
        guard let htmlLength = entry.word(at: headEnd), htmlLength <= UInt64(entry.count - headEnd - 8),
              let head = entry.withBytes(24..<headEnd, { Array($0) }),
              var result = try? CacheDecoder.decode(FileResult<Value>.self, from: head) else { return nil }
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
