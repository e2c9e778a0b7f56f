import Foundation

/// Reads a child's pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    let pipe = Pipe()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    func start() {
        let handle = pipe.fileHandleForReading
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    /// Waits for the end of the pipe (every writer closed it) and returns what was read.
    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
