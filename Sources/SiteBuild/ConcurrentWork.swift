import Dispatch

/// `map` spread over every core, results in input order.
enum ConcurrentWork {
    static func map<Input, Output>(_ inputs: [Input], _ transform: (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        nonisolated(unsafe) let inputs = inputs
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: inputs.count) { slots[$0] = transform(inputs[$0]) }
        }
        return results.map { $0! }
    }
}
