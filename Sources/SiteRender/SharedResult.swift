import Foundation

/// A value computed by the first job that needs it and shared with the others (the three feeds
/// come from one computation).
final class SharedResult<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let compute: @Sendable () -> Value

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    func get() -> Value {
        lock.withLock {
            if let value { return value }
            let computed = compute()
            value = computed
            return computed
        }
    }
}
