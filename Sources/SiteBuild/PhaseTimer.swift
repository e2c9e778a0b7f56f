import Foundation

/// Prints how long each step of a build took, on standard error, when `KERNE_TIMINGS` is set.
struct PhaseTimer {
    private static let enabled = ProcessInfo.processInfo.environment["KERNE_TIMINGS"] != nil
    private var last = ContinuousClock.now

    mutating func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = ContinuousClock.now
        let milliseconds = (now - last) / .milliseconds(1)
        FileHandle.standardError.write(Data("kerne: \(name): \(String(format: "%.1f", milliseconds)) ms\n".utf8))
        last = now
    }
}
