import Foundation

/// Bounded waiting, so that no test can hang.
enum Deadline {
    struct TimedOut: Error, CustomStringConvertible {
        let what: String
        var description: String { "timed out waiting for \(what)" }
    }

    /// Polls `probe` until it gives a value or `seconds` pass.
    static func poll<T>(_ what: String, seconds: Double, every interval: Duration = .milliseconds(20),
                        _ probe: () async throws -> T?) async throws -> T {
        let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < end {
            if let value = try await probe() { return value }
            try await Task.sleep(for: interval)
        }
        throw TimedOut(what: what)
    }

    /// Whether `task` finishes within `seconds`; a task that does not is left running (the test fails).
    static func finishes<T: Sendable>(_ task: Task<T, any Error>, within seconds: Double) async -> Bool {
        let (stream, continuation) = AsyncStream.makeStream(of: Bool.self)
        let waiter = Task {
            _ = await task.result
            continuation.yield(true)
        }
        let timer = Task {
            try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
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
