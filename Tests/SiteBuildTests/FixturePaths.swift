import Foundation
import TestSupport

/// The repository's folders as the tests of the build name them.
enum FixturePaths {
    static let repository = Repository.root
    static let fixtures = Repository.fixtures
    static let defaultTheme = Repository.defaultTheme

    static func site(_ name: String) -> URL { Repository.fixture(name) }

    /// A new empty folder under the system's temporary folder.
    static func temporaryDirectory() throws -> URL {
        try TemporaryDirectory.make()
    }
}
