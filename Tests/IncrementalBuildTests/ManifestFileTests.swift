import BinaryFormat
import ContentHash
import Testing
@testable import IncrementalBuild
import SiteModel

/// `manifest.bin`: a manifest comes back exactly; one cut short, garbled or of another version
/// is refused with `BinaryFormatError` (the build is then a full one), never a crash.
@Suite struct ManifestFileTests {
    private static let stamp = FileStamp(kind: 0o100000, size: 120, inode: 42, modified: 1_700_000_000,
                                         modifiedNanoseconds: 5, changed: 1_700_000_001, changedNanoseconds: 6)

    static let manifest = BuildManifest(
        optionsDigest: ContentDigest.of("options"), contentDigest: ContentDigest.of("content"),
        contentFiles: [.init(path: "editions/1.md", stamp: stamp, digest: ContentDigest.of("un")),
                       .init(path: "site.yml", stamp: stamp, digest: ContentDigest.of("site"))],
        contentScanStarted: 1_700_000_002_000_000_000, shapeDigest: ContentDigest.of("shape"),
        themeDirectory: "/themes/default", themeDigest: ContentDigest.of("theme"), timeZoneIdentifier: "Europe/Paris",
        packStamp: stamp,
        summary: .init(diagnostics: [.warning(at: SourceLocation(path: "editions/1.md", line: 8, column: 12), "à voir",
                                              hint: "une aide")],
                       pageCount: 3, fileCount: 5, eventCount: 1, feedItemCount: 2),
        files: [.init(path: "editions/1/index.html", key: ContentDigest.of("k"), stamp: stamp, reads: [0, 1]),
                .init(path: "index.html", key: ContentDigest.of("h"), stamp: stamp, readsEverything: true)],
        folders: [.init(path: "", stamp: stamp), .init(path: "editions", stamp: stamp)],
        spare: SpareRecord(folders: [.init(path: "", stamp: stamp)], unknownFiles: ["editions/1/index.html"]))

    @Test func aManifestComesBackExactly() throws {
        let back = try ManifestFile.decode(ManifestFile.encode(Self.manifest))
        #expect(back.optionsDigest == Self.manifest.optionsDigest)
        #expect(back.contentDigest == Self.manifest.contentDigest)
        #expect(back.contentFiles == Self.manifest.contentFiles)
        #expect(back.contentScanStarted == Self.manifest.contentScanStarted)
        #expect(back.shapeDigest == Self.manifest.shapeDigest)
        #expect(back.themeDirectory == Self.manifest.themeDirectory)
        #expect(back.themeDigest == Self.manifest.themeDigest)
        #expect(back.timeZoneIdentifier == Self.manifest.timeZoneIdentifier)
        #expect(back.packStamp == Self.manifest.packStamp)
        #expect(back.summary.diagnostics == Self.manifest.summary.diagnostics)
        #expect([back.summary.pageCount, back.summary.fileCount, back.summary.eventCount, back.summary.feedItemCount]
            == [3, 5, 1, 2])
        #expect(back.files == Self.manifest.files)
        #expect(back.folders == Self.manifest.folders)
        #expect(back.spare == Self.manifest.spare)
    }

    @Test func everyCutIsRefused() {
        let bytes = ManifestFile.encode(Self.manifest)
        for cut in 0..<bytes.count {
            #expect(throws: BinaryFormatError.self, "cut at \(cut)") { try ManifestFile.decode(Array(bytes.prefix(cut))) }
        }
        #expect(throws: BinaryFormatError.invalid) { try ManifestFile.decode(bytes + [0]) }
    }

    @Test func anotherVersionOrNoMagicIsRefused() {
        var bytes = ManifestFile.encode(Self.manifest)
        bytes[8] &+= 1
        #expect(throws: BinaryFormatError.invalid) { try ManifestFile.decode(bytes) }
        #expect(throws: BinaryFormatError.invalid) { try ManifestFile.decode(Array("garbage, not a manifest".utf8)) }
    }

    /// Every byte garbled in turn: refused or read, never a crash; a read manifest's positions of
    /// content files are still inside `contentFiles`.
    @Test func garbledBytesNeverCrash() {
        let bytes = ManifestFile.encode(Self.manifest)
        for position in bytes.indices {
            for garble: UInt8 in [0x01, 0x80, 0xFF] {
                var noisy = bytes
                noisy[position] ^= garble
                if let manifest = try? ManifestFile.decode(noisy) {
                    #expect(manifest.files.allSatisfy { $0.reads.allSatisfy { manifest.contentFiles.indices.contains($0) } })
                }
            }
        }
    }

    @Test func aReadPastTheContentFilesIsRefused() {
        var manifest = Self.manifest
        manifest.files[0].reads = [2]
        #expect(throws: BinaryFormatError.invalid) { try ManifestFile.decode(ManifestFile.encode(manifest)) }
    }
}
