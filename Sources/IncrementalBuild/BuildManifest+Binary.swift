import BinaryFormat
import ContentHash

/// `manifest.bin` in the cache's one binary format (`BinaryWriter`), field by field.
extension BuildManifest: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(optionsDigest)
        writer.add(contentDigest)
        writer.add(contentFiles)
        writer.add(Int(contentScanStarted))
        writer.add(shapeDigest)
        writer.add(themeDirectory)
        writer.add(themeDigest)
        writer.add(timeZoneIdentifier)
        writer.add(packStamp)
        writer.add(summary)
        writer.add(files)
        writer.add(folders)
        writer.add(spare)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(optionsDigest: try reader.digest(), contentDigest: try reader.digest(),
                  contentFiles: try reader.array(), contentScanStarted: Int64(try reader.int()),
                  shapeDigest: try reader.optional(), themeDirectory: try reader.string(),
                  themeDigest: try reader.digest(), timeZoneIdentifier: try reader.string(),
                  packStamp: try reader.optional(), summary: try reader.value(), files: try reader.array(),
                  folders: try reader.array(), spare: try reader.optional())
        // Positions in `contentFiles`, which come first.
        let recorded = contentFiles.count
        guard files.allSatisfy({ $0.reads.allSatisfy { $0 >= 0 && $0 < recorded } }) else { throw .invalid }
    }
}

extension BuildManifest.OutputEntry: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(path)
        writer.add(key)
        writer.add(stamp)
        writer.add(readsEverything)
        writer.add(UInt64(reads.count))
        for position in reads { writer.add(position) }
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(path: try reader.string(), key: try reader.digest(), stamp: try reader.value())
        readsEverything = try reader.bool()
        let count = try reader.count()
        reads.reserveCapacity(count)
        for _ in 0..<count { reads.append(try reader.int()) }
    }
}

extension BuildManifest.ContentEntry: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(path)
        writer.add(stamp)
        writer.add(digest)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(path: try reader.string(), stamp: try reader.value(), digest: try reader.digest())
    }
}

extension BuildManifest.FolderEntry: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(path)
        writer.add(stamp)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(path: try reader.string(), stamp: try reader.value())
    }
}

extension SpareRecord: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(folders)
        writer.add(unknownFiles)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(folders: try reader.array(), unknownFiles: try reader.strings())
    }
}

extension BuildManifest.Summary: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(diagnostics)
        writer.add(pageCount)
        writer.add(fileCount)
        writer.add(eventCount)
        writer.add(feedItemCount)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(diagnostics: try reader.array(), pageCount: try reader.int(), fileCount: try reader.int(),
                  eventCount: try reader.int(), feedItemCount: try reader.int())
    }
}

extension FileStamp: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(UInt64(kind))
        writer.add(UInt64(bitPattern: size))
        writer.add(inode)
        writer.add(UInt64(bitPattern: modified))
        writer.add(UInt64(bitPattern: modifiedNanoseconds))
        writer.add(UInt64(bitPattern: changed))
        writer.add(UInt64(bitPattern: changedNanoseconds))
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        guard let kind = UInt32(exactly: try reader.word()) else { throw .invalid }
        self.init(kind: kind, size: Int64(bitPattern: try reader.word()), inode: try reader.word(),
                  modified: Int64(bitPattern: try reader.word()), modifiedNanoseconds: Int64(bitPattern: try reader.word()),
                  changed: Int64(bitPattern: try reader.word()), changedNanoseconds: Int64(bitPattern: try reader.word()))
    }
}
