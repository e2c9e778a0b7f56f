import BinaryFormat
import ContentHash
import Foundation
import SiteModel
import SiteSource

/// The parse cache as `SiteLoader` sees it in one load: decodes the stored result when a file's
/// bytes and context are those it was made from, parses (and stores) otherwise, and notes the
/// list digest of every edition and news post (`ListDigest`) for the file keys.
///
/// An entry is the list digest, then the result without its body's full text (`BinaryCodable`),
/// then that text: `html`, framed by its length, and `plainText`, the rest. The text is read only
/// when something shows it (`CachedBodyText`).
struct CachedParse: ParseResults {
    let pack: ParsePack
    let contextDigest: ContentDigest
    /// Digests of the content files' bytes from the input snapshot, by path relative to the
    /// content folder: a file whose result is stored is not read at all.
    let knownDigests: [String: ContentDigest]
    let listDigests: ListDigestLog

    func edition(path: String, sourcePath: String, parse: (Data?) -> FileResult<Edition>) -> FileResult<Edition> {
        let loaded = load(path: path, sourcePath: sourcePath, parse: parse)
        if let digest = loaded.listDigest { listDigests.record(digest, for: sourcePath) }
        return loaded.result
    }

    func newsPost(path: String, sourcePath: String, parse: (Data?) -> FileResult<NewsPost>) -> FileResult<NewsPost> {
        let loaded = load(path: path, sourcePath: sourcePath, parse: parse)
        if let digest = loaded.listDigest { listDigests.record(digest, for: sourcePath) }
        return loaded.result
    }

    func page(path: String, sourcePath: String, parse: (Data?) -> FileResult<Page>) -> FileResult<Page> {
        load(path: path, sourcePath: sourcePath, parse: parse).result
    }

    /// A file's result and the digest of what lists show of it.
    struct Loaded<Value: Sendable> {
        var result: FileResult<Value>
        var listDigest: ContentDigest?
    }

    private func load<Value: ListedContent>(path: String, sourcePath: String,
                                            parse: (Data?) -> FileResult<Value>) -> Loaded<Value> {
        func key(_ digest: ContentDigest) -> ContentDigest {
            var hasher = ContentHasher()
            hasher.add(contextDigest)
            hasher.add(sourcePath)
            hasher.add(digest)
            return hasher.finish()
        }
        if let known = knownDigests[sourcePath], let entry = pack.entry(for: key(known)),
           let loaded: Loaded<Value> = Self.decode(entry) {
            return loaded
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return Loaded(result: parse(nil)) }
        let key = key(data.withUnsafeBytes { ContentDigest.of($0) })
        if let entry = pack.entry(for: key), let loaded: Loaded<Value> = Self.decode(entry) {
            return loaded
        }
        let result = parse(data)
        let listDigest = result.value?.listDigest
        pack.store(Self.encode(result, listDigest: listDigest), for: key)
        return Loaded(result: result, listDigest: listDigest)
    }

    static func encode<Value: ListedContent>(_ result: FileResult<Value>, listDigest: ContentDigest?) -> [UInt8] {
        var head = BinaryWriter()
        head.add(result)
        let body = result.value?.body ?? RenderedMarkdown()
        var entry = BinaryWriter()
        entry.add(listDigest ?? ContentDigest(high: 0, low: 0))
        entry.add(slice: head.bytes)
        entry.add(body.html)
        entry.bytes += body.plainText.utf8
        return entry.bytes
    }

    /// Nil when the entry is not one `encode` wrote for this type.
    static func decode<Value: ListedContent>(_ entry: ParseCacheEntry) -> Loaded<Value>? {
        let decoded = entry.withBytes { bytes throws(BinaryFormatError) -> (FileResult<Value>, ContentDigest, Range<Int>) in
            var reader = BinaryReader(bytes)
            let listDigest = try reader.digest()
            var head = BinaryReader(try reader.slice())
            let result = try FileResult<Value>(from: &head)
            guard head.isAtEnd else { throw .invalid }
            let htmlLength = try reader.count()
            let html = reader.offset..<reader.offset + htmlLength
            return (result, listDigest, html)
        }
        guard case .success(var (result, listDigest, html)) = decoded else { return nil }
        if var value = result.value {
            value.body = value.body.storing(CachedBodyText(entry: entry, htmlRange: html))
            result.value = value
        }
        return Loaded(result: result, listDigest: result.value == nil ? nil : listDigest)
    }
}
