import Foundation
import TestSupport

/// The image files of Tests/Fixtures/images (made by its make-fixtures.py).
enum ImageFixtures {
    static let folder = Repository.fixture("images")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}
