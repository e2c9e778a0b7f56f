import BinaryFormat
import Concurrency
import Foundation
import ContentHash
import SiteRender
import SiteSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parse results of content files, in one file of the build cache: records of
/// (key, length, digest of the bytes, bytes). New results are appended; the file is rewritten
/// without unused records when they take more room than the used ones.
///
/// The file is mapped, not read: a rebuild reads the few body texts it shows, not all of them.
/// Records are checked against their digest when the pack is opened, except when the file is
/// the very one the last successful build left (`trusted`, its stamp in the manifest): nobody
/// wrote to it since. A record that fails its check is not used. Kerne never changes the bytes
/// of a pack in place (it appends, or replaces the file), so the mapping stays valid.
package final class ParsePack: @unchecked Sendable {
    /// Mixed into every key: kerne's own identity (a different kerne may parse differently).
    package let salt: ContentDigest
    private let base: UnsafeRawPointer?
    private let size: Int
    private let records: [ContentDigest: Range<Int>]
    private let lock = NSLock()
    private var used: Set<ContentDigest> = []
    /// New records, header included, made by the threads that parsed the files.
    private var added: [(key: ContentDigest, record: [UInt8])] = []

    /// An empty pack when the file is missing or damaged. `trusted`: the stamp the pack had when
    /// the last successful build had written it.
    package init(contentsOf path: String, salt: ContentDigest, trusted: FileStamp? = nil) {
        self.salt = salt
        var base: UnsafeRawPointer?
        var size = 0
        var stamp: FileStamp?
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            stamp = FileStamp(descriptor: descriptor)
            if let stamp, stamp.isRegularFile, stamp.size > 0,
               let mapped = mmap(nil, Int(stamp.size), PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED {
                base = UnsafeRawPointer(mapped)
                size = Int(stamp.size)
            }
            close(descriptor)
        }
        self.base = base
        self.size = size
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        records = Self.index(bytes, verify: trusted == nil || stamp != trusted) ?? [:]
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), size) }
    }

    private var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: size) }

    /// The parse cache as the loader sees it in one build.
    package func use(knownDigests: [String: ContentDigest]) -> ParseCacheUse {
        ParseCacheUse(pack: self, knownDigests: knownDigests, listDigests: ListDigestLog())
    }

    func entry(for key: ContentDigest) -> ParseCacheEntry? {
        guard let range = records[key] else { return nil }
        lock.withLock { _ = used.insert(key) }
        return ParseCacheEntry(bytes: UnsafeRawBufferPointer(rebasing: bytes[range]), owner: self)
    }

    func store(_ entry: [UInt8], for key: ContentDigest) {
        let record = Self.record(key, entry)
        lock.withLock { added.append((key, record)) }
    }

    /// Appends the new records, or rewrites the file when most of it is no longer used. The new
    /// records are let go either way: a full build at N=10,000 would keep 165 MB of them while
    /// it renders.
    package func save(to path: String) -> Bool {
        lock.withLock {
            defer { added = [] }
            let usedBytes = used.reduce(0) { $0 + (records[$1]?.count ?? 0) + Self.headerSize }
            // Written record by record: one buffer of them all would be a copy of every result.
            let newRecords = added.filter { records[$0.key] == nil }.map(\.record)
            if usedBytes * 2 >= size {
                return newRecords.isEmpty || FileBytes.append(path, chunks: newRecords)
            }
            var compacted: [UInt8] = []
            compacted.reserveCapacity(usedBytes)
            for key in used.sorted() {
                if let range = records[key] { compacted.append(contentsOf: bytes[(range.lowerBound - Self.headerSize)..<range.upperBound]) }
            }
            return FileBytes.replace(path, chunks: [compacted] + newRecords)
        }
    }

    private static let headerSize = 40

    /// (key, length, digest of the bytes), then the bytes.
    private static func record(_ key: ContentDigest, _ entry: [UInt8]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes.reserveCapacity(headerSize + entry.count)
        writer.add(key)
        writer.add(UInt64(entry.count))
        writer.add(ContentDigest.of(entry))
        writer.bytes += entry
        return writer.bytes
    }

    /// Nil when a record runs past the end of the file. With `verify`, records whose bytes do
    /// not match their digest are left out (checked on every core).
    private static func index(_ bytes: UnsafeRawBufferPointer, verify: Bool) -> [ContentDigest: Range<Int>]? {
        var found: [(key: ContentDigest, checksum: ContentDigest, range: Range<Int>)] = []
        var reader = BinaryReader(bytes)
        while !reader.isAtEnd {
            guard let key = try? reader.digest(), let length = try? reader.count(),
                  let checksum = try? reader.digest() else { return nil }
            let start = reader.offset
            guard (try? reader.raw(length)) != nil else { return nil }
            found.append((key, checksum, start..<start + length))
        }
        nonisolated(unsafe) let file = bytes
        let sound = verify
            ? ConcurrentMap.map(found.map { ($0.checksum, $0.range) }) { checksum, range in
                ContentDigest.of(UnsafeRawBufferPointer(rebasing: file[range])) == checksum
            }
            : [Bool](repeating: true, count: found.count)
        var records: [ContentDigest: Range<Int>] = [:]
        records.reserveCapacity(found.count)
        for (index, record) in found.enumerated() where sound[index] { records[record.key] = record.range }
        return records
    }
}
