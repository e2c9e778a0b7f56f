import Foundation

/// Reads a child's pipe to its end on a thread of its own.
public final class PipeReader: @unchecked Sendable {
    public let pipe = Pipe()
    // A condition (a pthread mutex underneath) rather than a semaphore: ThreadSanitizer sees it.
    private let condition = NSCondition()
    private var data: Data?

    public init() {}

    public func start() {
        let handle = pipe.fileHandleForReading
        Thread { [self] in
            let read = handle.readDataToEndOfFile()
            condition.lock()
            data = read
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    /// Waits for the end of the pipe (every writer closed it) and returns what was read.
    public func text() -> String {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return String(decoding: data ?? Data(), as: UTF8.self)
    }
}
