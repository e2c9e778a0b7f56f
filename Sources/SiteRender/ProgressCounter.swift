import Foundation

/// Counts finished work items across threads and reports each new count, in order.
package final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private let lock = NSLock()
    private var done = 0

    package init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    package func increment() {
        guard let report else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        report(done, total)
    }
}
