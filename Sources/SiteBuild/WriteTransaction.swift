import Foundation
import Synchronization

/// The one write of an output folder in progress, shared with the signal handler. The writer
/// holds the lock alone for each step that moves the output (the swap of folders, the renames
/// of an update) and shares it while writing each file (`file`), so that an interruption waits
/// for the files being written, lets no other begin, and undoes what was prepared before the
/// process ends: the output is then always as it was.
final class WriteTransaction: @unchecked Sendable {
    static let shared = WriteTransaction()

    private struct Active {
        var output: URL
        var undo: @Sendable () -> Void
    }

    private let lock: UnsafeMutablePointer<pthread_rwlock_t> = {
        let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
        return lock
    }()
    private let abandoned = Atomic<Bool>(false)
    private var active: Active?

    /// `undo` removes what the write prepared and puts the previous output back.
    func begin(output: URL, undo: @escaping @Sendable () -> Void) {
        step { active = Active(output: output, undo: undo) }
    }

    func end() {
        step { active = nil }
    }

    /// Runs one step of the write; an interruption waits for it to finish.
    func step<Value>(_ body: () throws -> Value) rethrows -> Value {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Writes one file, alongside other threads; nil (and nothing done) once interrupted.
    func file<Value>(_ body: () throws -> Value) rethrows -> Value? {
        guard !abandoned.load(ordering: .acquiring) else { return nil }
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        guard !abandoned.load(ordering: .acquiring) else { return nil }
        return try body()
    }

    /// Called on SIGINT/SIGTERM: waits for the current step, undoes the write and ends the
    /// process. The lock is never released, so the writer makes no further step.
    func abandon(exitStatus: Int32) -> Never {
        abandoned.store(true, ordering: .releasing)
        pthread_rwlock_wrlock(lock)
        var message = "kerne: interrupted; nothing was written\n"
        if let active {
            active.undo()
            message = "kerne: interrupted; '\(active.output.path)' was left as it was\n"
        }
        FileHandle.standardError.write(Data(message.utf8))
        _exit(exitStatus)
    }
}
