import Foundation
import Testing
@testable import IncrementalBuild
import TestSupport

/// `BuildCache.pruneAbandoned`: a cache folder goes once its output folder is gone and it has
/// not been used for `abandonedAfter`; any other stays.
@Suite struct CachePruningTests {
    @Test func removesOnlyOldCachesOfOutputFoldersThatAreGone() throws {
        let root = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let existingOutput = root.appendingPathComponent("site-output")
        try FileManager.default.createDirectory(at: existingOutput, withIntermediateDirectories: true)
        let old = Date().addingTimeInterval(-BuildCache.abandonedAfter - 3600)
        func cache(_ name: String, output: String, modified: Date) throws -> URL {
            let folder = root.appendingPathComponent("caches").appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let record = folder.appendingPathComponent("output-path")
            try Data(output.utf8).write(to: record)
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: record.path)
            return folder
        }
        let abandoned = try cache("abandoned", output: root.appendingPathComponent("gone").path, modified: old)
        let recent = try cache("recent", output: root.appendingPathComponent("gone too").path, modified: Date())
        let stillUsed = try cache("still-used", output: existingOutput.path, modified: old)

        BuildCache.pruneAbandoned(in: root.appendingPathComponent("caches"))

        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: recent.path))
        #expect(FileManager.default.fileExists(atPath: stillUsed.path))
    }
}
