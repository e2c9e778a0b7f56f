import Foundation
import KerneCommandLine

/// `kerne: rendering 42/96 files`, rewritten in place with `\r` on a terminal; cleared before
/// anything else is printed. Does nothing when standard output is not a terminal.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = false
    private var lastPercent = -1

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(rendered: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        // Redrawn at most once per percent: a terminal is slower than the renderer.
        let percent = rendered * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        shown = true
        Terminal.writeOutput("\rkerne: rendering \(rendered)/\(total) files")
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard shown else { return }
        shown = false
        Terminal.writeOutput("\r\u{1B}[K")
    }
}
