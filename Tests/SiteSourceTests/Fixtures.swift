import Foundation
import SiteModel
import SiteSource

/// Fixture sites under Tests/Fixtures, found from this file's path (no bundle resources).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Loads `<fixture>/content`, with diagnostics printed relative to the fixture folder.
    static func load(_ fixture: String) -> LoadResult {
        let folder = root.appendingPathComponent(fixture)
        return SiteLoader(contentDirectory: folder.appendingPathComponent("content"), displayBase: folder).load()
    }
}
