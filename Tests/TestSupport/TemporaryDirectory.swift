import Foundation

/// Fresh folders under the system's temporary folder; the caller removes them.
public enum TemporaryDirectory {
    /// A new empty folder named `<prefix>-<UUID>`.
    public static func make(_ prefix: String = "kerne-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
