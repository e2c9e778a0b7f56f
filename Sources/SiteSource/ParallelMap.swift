import Foundation

/// Maps over an array on every core; results come back in the input order, so nothing downstream
/// depends on scheduling.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input],
                                                       _ transform: @escaping @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.store(transform(inputs[index]), at: index)
        }
        return slots.values()
    }

    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var storage: [Value?]
        private let lock = NSLock()

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func store(_ value: Value, at index: Int) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return storage.compactMap { $0 }
        }
    }
}
