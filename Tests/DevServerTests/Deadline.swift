import Foundation

/// Bounded waiting, so that no test can hang.
enum Deadline {
    struct TimedOut: Error, CustomStringConvertible {
        let what: String
        var description: String { "timed out waiting for \(what)" }
    }

    /// Polls `probe` until it gives a value, at most `seconds / interval` times.
    ///
    /// Deadlines count sleeps, not wall time: on two cores, synchronous tests of other suites can
    /// hold every thread of the concurrency pool for minutes, and a wall-clock deadline then
    /// expires before the awaited task got a single turn (FileWatcherTests failed so, waiting
    /// 234 s in a full run). A count of sleeps is held up exactly as the awaited work is.
    static func poll<T>(_ what: String, seconds: Double, every interval: Duration = .milliseconds(20),
                        _ probe: () async throws -> T?) async throws -> T {
        for _ in 0..<sleeps(in: seconds, of: interval) {
            if let value = try await probe() { return value }
            try await Task.sleep(for: interval)
        }
        throw TimedOut(what: what)
    }

    private static func sleeps(in seconds: Double, of interval: Duration) -> Int {
        let milliseconds = Double(interval.components.seconds) * 1000 + Double(interval.components.attoseconds) / 1e15
        return max(1, Int((seconds * 1000 / milliseconds).rounded(.up)))
    }

    /// Whether `task` finishes within `seconds` (counted in sleeps, as in `poll`); a task that does
    /// not is left running (the test fails).
    static func finishes<T: Sendable>(_ task: Task<T, any Error>, within seconds: Double) async -> Bool {
        let (stream, continuation) = AsyncStream.makeStream(of: Bool.self)
        let waiter = Task {
            _ = await task.result
            continuation.yield(true)
        }
        let timer = Task {
            let interval = Duration.milliseconds(50)
            for _ in 0..<sleeps(in: seconds, of: interval) {
                guard (try? await Task.sleep(for: interval)) != nil else { return }
            }
            continuation.yield(false)
        }
        var iterator = stream.makeAsyncIterator()
        let finished = await iterator.next() ?? false
        waiter.cancel()
        timer.cancel()
        return finished
    }

    /// Runs blocking work (sockets, process waits) on a thread of its own, off the concurrency pool.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
