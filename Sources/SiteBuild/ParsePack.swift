import Concurrency
import Foundation
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
final class ParsePack: ParseCache, @unchecked Sendable {
    let salt: ContentDigest
    private let base: UnsafeRawPointer?
    private let size: Int
    private let records: [ContentDigest: Range<Int>]
    private let lock = NSLock()
    private var used: Set<ContentDigest> = []
    /// New records, header included, made by the threads that parsed the files.
    private var added: [(key: ContentDigest, record: [UInt8])] = []

    /// An empty pack when the file is missing or damaged. `trusted`: the stamp the pack had when
    /// the last successful build had written it.
    init(contentsOf path: String, salt: ContentDigest, trusted: FileStamp? = nil) {
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
    func save(to path: String) -> Bool {
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
            for key in used.sorted(by: { ($0.high, $0.low) < ($1.high, $1.low) }) {
                if let range = records[key] { compacted.append(contentsOf: bytes[(range.lowerBound - Self.headerSize)..<range.upperBound]) }
            }
            return FileBytes.replace(path, chunks: [compacted] + newRecords)
        }
    }

    private static let headerSize = 40

    /// (key, length, digest of the bytes), then the bytes.
    private static func record(_ key: ContentDigest, _ entry: [UInt8]) -> [UInt8] {
        let checksum = ContentDigest.of(entry)
        var output: [UInt8] = []
        output.reserveCapacity(headerSize + entry.count)
        for word in [key.high, key.low, UInt64(entry.count), checksum.high, checksum.low] {
            withUnsafeBytes(of: word.littleEndian) { output.append(contentsOf: $0) }
        }
        output.append(contentsOf: entry)
        return output
    }

    /// Nil when a record runs past the end of the file. With `verify`, records whose bytes do
    /// not match their digest are left out (checked on every core).
    private static func index(_ bytes: UnsafeRawBufferPointer, verify: Bool) -> [ContentDigest: Range<Int>]? {
        var found: [(key: ContentDigest, range: Range<Int>)] = []
        var offset = 0
        func word(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        while offset < bytes.count {
            guard bytes.count - offset >= headerSize else { return nil }
            let key = ContentDigest(high: word(offset), low: word(offset + 8))
            let length = word(offset + 16)
            offset += headerSize
            guard length <= UInt64(bytes.count - offset) else { return nil }
            found.append((key, offset..<offset + Int(length)))
            offset += Int(length)
        }
        var sound = [Bool](repeating: true, count: found.count)
        if verify {
            nonisolated(unsafe) let file = bytes
            sound = ConcurrentMap.map(found) { record in
                let range = record.range
                let checksum = ContentDigest(high: UInt64(littleEndian: file.loadUnaligned(fromByteOffset: range.lowerBound - 16, as: UInt64.self)),
                                             low: UInt64(littleEndian: file.loadUnaligned(fromByteOffset: range.lowerBound - 8, as: UInt64.self)))
                let record = UnsafeBufferPointer(start: file.baseAddress.map { ($0 + range.lowerBound).assumingMemoryBound(to: UInt8.self) },
                                                 count: range.count)
                return ContentDigest.of(record) == checksum
            }
        }
        var records: [ContentDigest: Range<Int>] = [:]
        records.reserveCapacity(found.count)
        for (index, record) in found.enumerated() where sound[index] { records[record.key] = record.range }
        return records
    }
}
