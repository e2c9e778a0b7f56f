import Foundation
import SiteModel
import SiteSource
import TestSupport

/// Fixture sites under Tests/Fixtures.
enum Fixtures {
    static let root = Repository.fixtures

    /// Loads `<fixture>/content`, with diagnostics printed relative to the fixture folder.
    static func load(_ fixture: String) -> LoadResult {
        let folder = root.appendingPathComponent(fixture)
        return SiteLoader(contentDirectory: folder.appendingPathComponent("content"), displayBase: folder).load()
    }
}
