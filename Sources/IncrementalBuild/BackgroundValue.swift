import Dispatch

/// A value made on another thread while the caller goes on with other work; `value` waits for it.
package final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the background thread before `done` is left, read only after waiting on it.
    private var result: Value?

    package init(_ make: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = make()
            self.done.leave()
        }
    }

    package var value: Value {
        done.wait()
        return result!
    }
}
