import Foundation

/// The private folder the preview builds into, so that `output/` is never touched.
public struct PreviewFolder: Sendable {
    /// The temporary folder itself; removed as a whole.
    public let root: URL
    /// Where the site goes (the builder swaps it in beside its staging folder, inside `root`).
    public var siteDirectory: URL { root.appendingPathComponent("site") }

    public init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("kerne-serve-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
        }
        root = URL(fileURLWithPath: String(cString: made))
    }

    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
