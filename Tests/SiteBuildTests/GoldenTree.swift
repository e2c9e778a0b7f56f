import Foundation
import TestSupport
import Testing

/// `KERNE_UPDATE_GOLDEN=1` rewrites a golden tree from the output, then fails the test: a run
/// that rewrote its goldens compared the output with itself, and proves nothing.
enum GoldenTree {
    static var updateRequested: Bool { ProcessInfo.processInfo.environment["KERNE_UPDATE_GOLDEN"] == "1" }

    static func rewrite(_ root: URL, with files: [String: Data], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try FolderContents.write(files, to: root)
        Issue.record("goldens rewritten in \(root.lastPathComponent == "expected" ? root.deletingLastPathComponent().lastPathComponent + "/expected" : root.path); review the diff and run again without KERNE_UPDATE_GOLDEN",
                     sourceLocation: sourceLocation)
    }
}
