import BinaryFormat

/// The bytes of `manifest.bin`: a magic number and the format's version, then the manifest in the
/// cache's binary format. Anything else (another version, a damaged or cut file) reads as no
/// manifest: the build is then a full one.
enum ManifestFile {
    /// Bumped whenever the binary format or the meaning of a key changes.
    static let version: UInt64 = 7
    /// "KERNEMAN", little-endian.
    static let magic: UInt64 = 0x4E41_4D45_4E52_454B

    static func encode(_ manifest: BuildManifest) -> [UInt8] {
        var writer = BinaryWriter()
        // Path, key and stamp: about 150 bytes a file.
        writer.bytes.reserveCapacity(150 * (manifest.files.count + manifest.folders.count + manifest.contentFiles.count) + 4096)
        writer.add(magic)
        writer.add(version)
        writer.add(manifest)
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(BinaryFormatError) -> BuildManifest {
        try BinaryReader.read(bytes) { reader throws(BinaryFormatError) in
            guard try reader.word() == magic, try reader.word() == version else { throw .invalid }
            return try BuildManifest(from: &reader)
        }
    }
}
