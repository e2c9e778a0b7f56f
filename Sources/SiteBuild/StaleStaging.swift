import Foundation

/// Folders left beside the output by a kerne process that died without cleaning up (SIGKILL,
/// power loss): `.<output>.kerne-new-<pid>` is removed; `.<output>.kerne-old-<pid>` is the
/// previous site, put back if the output itself is missing, removed otherwise.
enum StaleStaging {
    static func clean(beside output: URL) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).kerne-"
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[rest.index(after: dash)...]),
                  !isAlive(pid) else { continue }
            let url = parent.appendingPathComponent(name)
            if rest[..<dash] == "old", !manager.fileExists(atPath: output.path) {
                try? manager.moveItem(at: url, to: output)
            } else {
                try? manager.removeItem(at: url)
            }
        }
    }

    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
