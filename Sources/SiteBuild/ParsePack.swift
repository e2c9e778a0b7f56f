import Foundation
import SiteSource

/// The parse results of content files, in one file of the build cache: records of
/// (key, length, digest of the bytes, bytes); a record whose bytes do not match its digest is unused. New results are appended; the file is rewritten without unused records
/// when they take more room than the used ones.
final class ParsePack: ParseCache, @unchecked Sendable {
    let salt: ContentDigest
    private let bytes: [UInt8]
    private let records: [ContentDigest: Range<Int>]
    private let lock = NSLock()
    private var used: Set<ContentDigest> = []
    private var added: [(key: ContentDigest, entry: [UInt8])] = []

    /// An empty pack when the file is missing or damaged.
    init(contentsOf path: String, salt: ContentDigest) {
        self.salt = salt
        let bytes = FileBytes.read(path) ?? []
        self.bytes = bytes
        records = Self.index(bytes) ?? [:]
    }

    func entry(for key: ContentDigest) -> [UInt8]? {
        guard let range = records[key] else { return nil }
        let checksum = ContentDigest(high: Self.word(bytes, range.lowerBound - 16), low: Self.word(bytes, range.lowerBound - 8))
        let entry = Array(bytes[range])
        guard ContentDigest.of(entry) == checksum else { return nil }
        lock.withLock { _ = used.insert(key) }
        return entry
    }

    func store(_ entry: [UInt8], for key: ContentDigest) {
        lock.withLock { added.append((key, entry)) }
    }

    /// Appends the new records, or rewrites the file when most of it is no longer used.
    func save(to path: String) -> Bool {
        lock.withLock {
            let usedBytes = used.reduce(0) { $0 + (records[$1]?.count ?? 0) + Self.headerSize }
            var output: [UInt8] = []
            for (key, entry) in added where records[key] == nil { Self.append(key, entry[...], to: &output) }
            if usedBytes * 2 >= bytes.count {
                return output.isEmpty || FileBytes.append(path, output)
            }
            var compacted: [UInt8] = []
            for key in used.sorted(by: { ($0.high, $0.low) < ($1.high, $1.low) }) {
                if let range = records[key] { compacted.append(contentsOf: bytes[(range.lowerBound - Self.headerSize)..<range.upperBound]) }
            }
            return FileBytes.replace(path, compacted + output)
        }
    }

    private static let headerSize = 40

    private static func append(_ key: ContentDigest, _ entry: ArraySlice<UInt8>, to output: inout [UInt8]) {
        let checksum = ContentDigest.of(entry)
        for word in [key.high, key.low, UInt64(entry.count), checksum.high, checksum.low] {
            withUnsafeBytes(of: word.littleEndian) { output.append(contentsOf: $0) }
        }
        output.append(contentsOf: entry)
    }

    /// Nil when a record runs past the end of the file.
    private static func index(_ bytes: [UInt8]) -> [ContentDigest: Range<Int>]? {
        var records: [ContentDigest: Range<Int>] = [:]
        var offset = 0
        func word(_ at: Int) -> UInt64 { Self.word(bytes, at) }
        while offset < bytes.count {
            guard bytes.count - offset >= headerSize else { return nil }
            let key = ContentDigest(high: word(offset), low: word(offset + 8))
            let length = word(offset + 16)
            offset += headerSize
            guard length <= UInt64(bytes.count - offset) else { return nil }
            records[key] = offset..<offset + Int(length)
            offset += Int(length)
        }
        return records
    }
}

extension ParsePack {
    static func word(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        return value
    }
}
