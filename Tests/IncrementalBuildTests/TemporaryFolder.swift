import Foundation

enum TemporaryFolder {
    /// A new empty folder under the system's temporary folder.
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kerne-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
