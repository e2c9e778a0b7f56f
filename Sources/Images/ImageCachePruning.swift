import Foundation

/// How `<cache>/images/` stays bounded: every entry's modification time is its use-stamp,
/// refreshed when a build reads it (`ImageCache` does, at most once a day per entry), and a
/// successful build removes the entries no build has used for `maximumAge`. Several output
/// folders (`kerne serve`, other checkouts) share the folder: what any of them used recently
/// stays. An old recipe (other widths, another libvips) ages out the same way, and so do
/// temporary files a stopped build left. A removed entry only means making the image again,
/// with the same bytes: the output never depends on what was pruned.
package struct ImageCachePruning: Sendable {
    /// Unused this long, an entry goes.
    package static let maximumAge: TimeInterval = 30 * 86_400
    /// A stamp is refreshed, and the folder looked over, at most this often.
    package static let refreshInterval: TimeInterval = 86_400
    /// Beside the entries: its modification time is the last pruning.
    static let stampName = ".pruned"

    package let directory: URL
    package var maximumAge = Self.maximumAge
    /// The clock; tests move it instead of waiting.
    package var now: @Sendable () -> Date = { Date() }

    package init(directory: URL) {
        self.directory = directory
    }

    /// Removes what was not used for `maximumAge`, unless the folder was looked over less than
    /// `refreshInterval` ago (a build that changed one file should not list thousands).
    /// Returns how many files it removed.
    @discardableResult
    package func pruneIfDue() -> Int {
        let stamp = directory.appendingPathComponent(Self.stampName)
        let current = now()
        if let last = Self.modificationTime(of: stamp.path), current.timeIntervalSince(last) < Self.refreshInterval { return 0 }
        guard FileManager.default.fileExists(atPath: directory.path) else { return 0 }
        let removed = prune(at: current)
        FileManager.default.createFile(atPath: stamp.path, contents: nil)
        Self.setModificationTime(of: stamp.path, to: current)
        return removed
    }

    /// Every file of every recipe folder older than `maximumAge` at `current`; then the folders
    /// left empty.
    @discardableResult
    package func prune(at current: Date) -> Int {
        let manager = FileManager.default
        let limit = current.addingTimeInterval(-maximumAge)
        var removed = 0
        for folder in (try? manager.contentsOfDirectory(atPath: directory.path)) ?? [] where folder != Self.stampName {
            let folderPath = directory.appendingPathComponent(folder).path
            guard let names = try? manager.contentsOfDirectory(atPath: folderPath) else { continue }
            var kept = 0
            for name in names {
                let path = folderPath + "/" + name
                if let used = Self.modificationTime(of: path), used < limit, unlink(path) == 0 {
                    removed += 1
                } else {
                    kept += 1
                }
            }
            // Another build may be storing into it right now: rmdir fails then, and that is fine.
            if kept == 0 { rmdir(folderPath) }
        }
        return removed
    }

    /// Marks `path` as used at `current` when its stamp is older than `refreshInterval`.
    func refresh(_ path: String) {
        let current = now()
        guard let used = Self.modificationTime(of: path), current.timeIntervalSince(used) >= Self.refreshInterval else { return }
        Self.setModificationTime(of: path, to: current)
    }

    static func modificationTime(of path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
    }

    static func setModificationTime(of path: String, to date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let stamp = timespec(tv_sec: Int(seconds), tv_nsec: Int((date.timeIntervalSince1970 - seconds) * 1e9))
        let times = [stamp, stamp]
        _ = utimensat(AT_FDCWD, path, times, 0)
    }
}
