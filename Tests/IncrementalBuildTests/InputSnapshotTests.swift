import Foundation
import Testing
import ContentHash
@testable import IncrementalBuild
import SiteSource
import TestSupport

/// The stat shortcut of `InputSnapshot`: a file is read again unless its stamp is the one
/// recorded and was older than the recording scan by the racy window.
@Suite struct InputSnapshotTests {
    private static let bogus = ContentDigest(high: 1, low: 2)

    private func folder() throws -> URL {
        let root = try TemporaryDirectory.make()
        try Data("un\n".utf8).write(to: root.appendingPathComponent("a.md"))
        try Data("deux\n".utf8).write(to: root.appendingPathComponent("b.md"))
        return root
    }

    /// The records of a first snapshot with every digest replaced by `bogus`: a digest that comes
    /// back bogus was taken from the records, not read.
    private func bogusRecords(_ root: URL) -> [BuildManifest.ContentEntry] {
        InputSnapshot(contentDirectory: root).records.map { .init(path: $0.path, stamp: $0.stamp, digest: Self.bogus) }
    }

    @Test func anUnchangedOldFileIsNotReadAgain() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let records = bogusRecords(root)
        let later = InputSnapshot(contentDirectory: root, previous: (records, Self.nowPlus(seconds: 10)))
        #expect(later.files["a.md"] == Self.bogus)
        #expect(later.files["b.md"] == Self.bogus)
    }

    @Test func aFileChangedJustBeforeTheLastScanIsReadAgain() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let records = bogusRecords(root)
        // The scan that recorded the stamps began now: the files changed within the racy window.
        let later = InputSnapshot(contentDirectory: root, previous: (records, Self.nowPlus(seconds: 0)))
        #expect(later.files["a.md"] == ContentDigest.of(Array("un\n".utf8)))
    }

    @Test func anEditKeepingSizeAndModificationTimeIsNoticed() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("a.md")
        let records = bogusRecords(root)
        let modified = try #require(FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data("UN\n".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        let later = InputSnapshot(contentDirectory: root, previous: (records, Self.nowPlus(seconds: 10)))
        #expect(later.files["a.md"] == ContentDigest.of(Array("UN\n".utf8)))
        #expect(later.files["b.md"] == Self.bogus)
    }

    @Test func addedAndRemovedFilesChangeTheTree() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = InputSnapshot(contentDirectory: root)
        try Data("trois\n".utf8).write(to: root.appendingPathComponent("c.md"))
        let added = InputSnapshot(contentDirectory: root, previous: (first.records, Self.nowPlus(seconds: 10)))
        #expect(added.files.count == 3)
        #expect(added.treeDigest != first.treeDigest)
        try FileManager.default.removeItem(at: root.appendingPathComponent("c.md"))
        let removed = InputSnapshot(contentDirectory: root, previous: (added.records, Self.nowPlus(seconds: 10)))
        #expect(removed.treeDigest == first.treeDigest)
    }

    private static func nowPlus(seconds: Int64) -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1e9) + seconds * 1_000_000_000
    }
}
