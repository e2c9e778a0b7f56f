import DevServer
import Foundation
import Testing

@Suite struct FileWatcherTests {
    @Test func detectsAnEditedFileAndReportsItsPath() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("one", to: "content/editions/01.md")
        let watcher = FileWatcher(directories: [folder.url.appendingPathComponent("content")], interval: .milliseconds(20))
        let before = watcher.snapshot()
        #expect(before.fileCount == 1)
        let waiting = Task { try await watcher.nextChange(after: before) }
        try await Task.sleep(for: .milliseconds(60))
        try folder.write("one, longer", to: "content/editions/01.md")
        #expect(await Deadline.finishes(waiting, within: 5))
        let after = try await waiting.value
        #expect(after.changedPaths(since: before) == [folder.url.appendingPathComponent("content/editions/01.md").path])
    }

    @Test func seesAddedAndRemovedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a", to: "a.md")
        let before = FileSnapshot.take(of: [folder.url])
        try folder.write("b", to: "sub/b.md")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("a.md"))
        let after = FileSnapshot.take(of: [folder.url])
        #expect(after.changedPaths(since: before).map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.md", "b.md"])
    }

    @Test func ignoresHiddenFilesSuchAsEditorSwapFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a", to: "a.md")
        let before = FileSnapshot.take(of: [folder.url])
        try folder.write("swap", to: ".a.md.swp")
        #expect(FileSnapshot.take(of: [folder.url]) == before)
    }

    @Test func cancellingStopsTheWait() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let watcher = FileWatcher(directories: [folder.url], interval: .milliseconds(20))
        let waiting = Task { try await watcher.nextChange(after: watcher.snapshot()) }
        waiting.cancel()
        #expect(await Deadline.finishes(waiting, within: 5))
        await #expect(throws: CancellationError.self) { try await waiting.value }
    }
}
