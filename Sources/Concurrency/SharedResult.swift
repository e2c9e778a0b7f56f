import Foundation

/// One value worked out by the first thread that needs it while the others wait for it, for work
/// too long to do twice (the three feeds come from one computation). Unlike `Memo`, the work
/// runs under the lock: it must not ask for its own result.
package final class SharedResult<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let compute: @Sendable () -> Value

    package init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    package func get() -> Value {
        lock.withLock {
            if let value { return value }
            let computed = compute()
            value = computed
            return computed
        }
    }
}
