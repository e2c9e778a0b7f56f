import Foundation
import SiteRender
import SiteSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Brings an output folder made by the last build up to date in place: renders only the files
/// whose key changed (or that someone touched), writes only those whose bytes changed, each
/// through a temporary file and a rename, and removes what the site no longer has.
struct OutputUpdater {
    enum Source: Sendable {
        case job(RenderJob)
        case copy(URL)
    }

    struct Planned: Sendable {
        var path: String
        var key: ContentDigest
        var source: Source
    }

    let outputDirectory: URL

    /// Returns how many files got new bytes, or nil when the folder could not be updated (the
    /// caller then writes the whole site).
    func update(_ planned: [Planned], previous: BuildManifest, touched: Set<String>) -> Int? {
        let root = outputDirectory.path
        let previousKeys = Dictionary(previous.files.map { ($0.path, $0.key) }) { first, _ in first }
        let plannedPaths = Set(planned.map(\.path))
        for entry in previous.files where !plannedPaths.contains(entry.path) && entry.path != OutputWriter.markerName {
            guard unlink(root + "/" + entry.path) == 0 || errno == ENOENT else { return nil }
        }
        let folders = Set(OutputTree.folders(of: planned.map(\.path)))
        for folder in previous.folders.map(\.path).reversed() where !folders.contains(folder) {
            guard rmdir(root + "/" + folder) == 0 || errno == ENOENT else { return nil }
        }
        let previousFolders = Set(previous.folders.map(\.path))
        for folder in folders.sorted() where !previousFolders.contains(folder) {
            guard mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST else { return nil }
        }
        let stale = planned.filter { previousKeys[$0.path] != $0.key || touched.contains($0.path) }
        return write(stale, under: root)
    }

    private func write(_ files: [Planned], under root: String) -> Int? {
        let outcomes = UnsafeMutableBufferPointer<Bool?>.allocate(capacity: files.count)
        outcomes.initialize(repeating: nil)
        defer { outcomes.deallocate() }
        nonisolated(unsafe) let slots = outcomes
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let path = root + "/" + file.path
            let bytes: [UInt8]?
            switch file.source {
            case .job(let job): bytes = job.render().contents
            case .copy(let url): bytes = FileBytes.read(url.path)
            }
            guard let bytes else { return }
            if FileBytes.holds(path, bytes) {
                slots[index] = false
            } else {
                slots[index] = FileBytes.replace(path, bytes) ? true : nil
            }
        }
        var written = 0
        for outcome in outcomes {
            guard let outcome else { return nil }
            if outcome { written += 1 }
        }
        return written
    }
}
