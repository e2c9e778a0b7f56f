import Foundation

/// A value shared between the server's callbacks and the test.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    var current: Value {
        lock.withLock { value }
    }

    func update(_ change: (inout Value) -> Void) {
        lock.withLock { change(&value) }
    }
}
