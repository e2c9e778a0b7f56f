import Foundation
import SiteSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time per output folder: an advisory lock (`flock`) on `.<output>.kerne-lock`
/// beside the output (not inside: the output is swapped), taken before anything is read and
/// held until the build ends. The holder writes its process id into the file for the message of
/// a build that waits. The file is removed by its holder at the end, so a waiter that got the
/// lock on a file since removed takes it again on the new one.
struct BuildLock {
    let path: String
    private let descriptor: Int32

    /// How long a second build waits for the first before giving up.
    static let patience: Duration = .seconds(5)

    static func path(beside output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).kerne-lock").path
    }

    /// Waits up to `patience` for the lock of `output`.
    static func acquire(beside output: URL, patience: Duration = patience) throws(BuildError) -> BuildLock {
        let path = path(beside: output)
        try? FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let deadline = ContinuousClock.now + patience
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw BuildError("cannot lock '\(output.path)' for the build: \(FileBytes.lastError()) ('\(path)')")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The file may have been removed by the holder we waited for: lock the one there now.
                var held = stat(), there = stat()
                if fstat(descriptor, &held) == 0, stat(path, &there) == 0, held.st_ino == there.st_ino, held.st_dev == there.st_dev {
                    let pid = Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
                    _ = ftruncate(descriptor, 0)
                    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
                    HeldLockFiles.insert(path)
                    return BuildLock(path: path, descriptor: descriptor)
                }
                close(descriptor)
                continue
            }
            let holder = FileBytes.read(path).flatMap { String(decoding: $0, as: UTF8.self).split(separator: "\n").first }
            close(descriptor)
            guard ContinuousClock.now < deadline else {
                throw BuildError("another kerne build is writing '\(output.path)'" + (holder.map { " (pid \($0))" } ?? "")
                                 + "; wait for it to end, or choose another --output")
            }
            usleep(50_000)
        }
    }

    /// Removes the lock file, then lets the next build in.
    func release() {
        HeldLockFiles.remove(path)
        unlink(path)
        close(descriptor)
    }
}

extension BuildLock {
    /// Runs `build` holding the lock of `output`, after removing what a killed build left beside
    /// it; a report with the error when another build holds the lock too long.
    static func holding(_ output: URL, _ build: () -> BuildReport) -> BuildReport {
        let lock: BuildLock
        do throws(BuildError) {
            lock = try acquire(beside: output)
        } catch {
            var report = BuildReport(diagnostics: [])
            report.errors.append(error.description)
            return report
        }
        defer { lock.release() }
        StaleStaging.clean(beside: output)
        return build()
    }
}
