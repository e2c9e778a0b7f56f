import SiteSource

/// The bytes of `manifest.bin`: the small part of the manifest through `CacheEncoder`, then the
/// output file, output folder and content file records (tens of thousands on a big site) packed
/// by hand, which reads about twenty times faster.
enum ManifestFile {
    static func encode(_ manifest: BuildManifest) throws -> [UInt8] {
        var head = manifest
        head.files = []
        head.folders = []
        head.contentFiles = []
        var writer = Writer()
        // Path, key and stamp: about 150 bytes a file.
        writer.bytes.reserveCapacity(150 * (manifest.files.count + manifest.folders.count + manifest.contentFiles.count) + 4096)
        writer.add(bytes: try CacheEncoder.encode(head))
        writer.add(UInt64(manifest.files.count))
        for entry in manifest.files {
            writer.add(entry.path)
            writer.add(entry.key.high)
            writer.add(entry.key.low)
            writer.add(entry.stamp)
            writer.add(entry.readsEverything ? 1 : 0)
            writer.add(UInt64(entry.reads.count))
            for position in entry.reads { writer.add(UInt64(position)) }
        }
        writer.add(UInt64(manifest.folders.count))
        for entry in manifest.folders {
            writer.add(entry.path)
            writer.add(entry.stamp)
        }
        writer.add(UInt64(manifest.contentFiles.count))
        for entry in manifest.contentFiles {
            writer.add(entry.path)
            writer.add(entry.stamp)
            writer.add(entry.digest.high)
            writer.add(entry.digest.low)
        }
        return writer.bytes
    }

    /// Nil when the bytes are not a whole manifest.
    static func decode(_ bytes: [UInt8]) -> BuildManifest? {
        var reader = Reader(bytes: bytes)
        guard let head = reader.slice(), var manifest = try? CacheDecoder.decode(BuildManifest.self, from: Array(head)),
              let fileCount = reader.word(), fileCount <= UInt64(bytes.count) else { return nil }
        manifest.files.reserveCapacity(Int(fileCount))
        for _ in 0..<fileCount {
            guard let path = reader.text(), let high = reader.word(), let low = reader.word(),
                  let stamp = reader.stamp(), let everything = reader.word(), everything <= 1,
                  let readCount = reader.word(), readCount <= UInt64(bytes.count) else { return nil }
            var reads: [Int] = []
            reads.reserveCapacity(Int(readCount))
            for _ in 0..<readCount {
                // A position in `contentFiles`, which come last: checked against their count at the end.
                guard let position = reader.word(), let value = Int(exactly: position) else { return nil }
                reads.append(value)
            }
            manifest.files.append(.init(path: path, key: ContentDigest(high: high, low: low), stamp: stamp,
                                        reads: reads, readsEverything: everything == 1))
        }
        guard let folderCount = reader.word(), folderCount <= UInt64(bytes.count) else { return nil }
        for _ in 0..<folderCount {
            guard let path = reader.text(), let stamp = reader.stamp() else { return nil }
            manifest.folders.append(.init(path: path, stamp: stamp))
        }
        guard let contentCount = reader.word(), contentCount <= UInt64(bytes.count) else { return nil }
        manifest.contentFiles.reserveCapacity(Int(contentCount))
        for _ in 0..<contentCount {
            guard let path = reader.text(), let stamp = reader.stamp(), let high = reader.word(),
                  let low = reader.word() else { return nil }
            manifest.contentFiles.append(.init(path: path, stamp: stamp, digest: ContentDigest(high: high, low: low)))
        }
        let recorded = manifest.contentFiles.count
        guard reader.isAtEnd, manifest.files.allSatisfy({ $0.reads.allSatisfy { $0 < recorded } }) else { return nil }
        return manifest
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func add(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func add(bytes more: [UInt8]) {
            add(UInt64(more.count))
            bytes.append(contentsOf: more)
        }

        mutating func add(_ text: String) {
            add(UInt64(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
        }

        /// Seven words in one append (tens of thousands of stamps).
        mutating func add(_ stamp: FileStamp) {
            let words = (UInt64(stamp.kind).littleEndian, UInt64(bitPattern: stamp.size).littleEndian, stamp.inode.littleEndian,
                         UInt64(bitPattern: stamp.modified).littleEndian,
                         UInt64(bitPattern: stamp.modifiedNanoseconds).littleEndian,
                         UInt64(bitPattern: stamp.changed).littleEndian,
                         UInt64(bitPattern: stamp.changedNanoseconds).littleEndian)
            withUnsafeBytes(of: words) { bytes.append(contentsOf: $0) }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func word() -> UInt64? {
            guard bytes.count - offset >= 8 else { return nil }
            defer { offset += 8 }
            return UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
        }

        mutating func slice() -> ArraySlice<UInt8>? {
            guard let length = word(), length <= UInt64(bytes.count - offset) else { return nil }
            defer { offset += Int(length) }
            return bytes[offset..<offset + Int(length)]
        }

        mutating func text() -> String? {
            guard let length = word(), length <= UInt64(bytes.count - offset) else { return nil }
            defer { offset += Int(length) }
            return bytes.withUnsafeBytes { ValidUTF8.string(UnsafeRawBufferPointer(rebasing: $0[offset..<offset + Int(length)])) }
        }

        mutating func stamp() -> FileStamp? {
            guard let kind = word(), let size = word(), let inode = word(), let modified = word(),
                  let modifiedNanoseconds = word(), let changed = word(), let changedNanoseconds = word(),
                  let kind32 = UInt32(exactly: kind) else { return nil }
            return FileStamp(kind: kind32, size: Int64(bitPattern: size), inode: inode,
                             modified: Int64(bitPattern: modified), modifiedNanoseconds: Int64(bitPattern: modifiedNanoseconds),
                             changed: Int64(bitPattern: changed), changedNanoseconds: Int64(bitPattern: changedNanoseconds))
        }
    }
}
