import DevServer
import Foundation
import Testing

/// What `kerne serve` watches: editor files being typed (Emacs locks, swap files, backups) are
/// not content and trigger no rebuild; `static/.well-known/` is published, so it is watched.
@Suite struct WatchedNamesTests {
    @Test func editorFilesTriggerNothingAndWellKnownDoes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kerne-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let editions = root.appendingPathComponent("editions")
        try FileManager.default.createDirectory(at: editions, withIntermediateDirectories: true)
        try Data("---\nedition: 1\n---\n".utf8).write(to: editions.appendingPathComponent("01-a.md"))
        let before = FileSnapshot.take(of: [root])
        #expect(before.fileCount == 1)

        try FileManager.default.createSymbolicLink(atPath: editions.appendingPathComponent(".#01-a.md").path,
                                                   withDestinationPath: "user@host.42:1700000000")
        for name in [".01-a.md.swp", "01-a.md~", "#01-a.md#", "01-a.tmp", ".DS_Store"] {
            try Data("x".utf8).write(to: editions.appendingPathComponent(name))
        }
        #expect(mkfifo(editions.appendingPathComponent("pipe").path, 0o644) == 0)
        #expect(FileSnapshot.take(of: [root]) == before)

        let wellKnown = root.appendingPathComponent("static/.well-known")
        try FileManager.default.createDirectory(at: wellKnown, withIntermediateDirectories: true)
        try Data("Contact: x\n".utf8).write(to: wellKnown.appendingPathComponent("security.txt"))
        let after = FileSnapshot.take(of: [root])
        #expect(after.changedPaths(since: before) == [wellKnown.appendingPathComponent("security.txt").path])
    }
}
