import Dispatch

/// `map` spread over every core, results in input order, so nothing downstream depends on
/// scheduling. The one parallel map of the package.
package enum ConcurrentMap {
    /// `chunkSize`: how many inputs one iteration maps, for work so small (an `lstat`) that
    /// handing out one input at a time would cost more than the work.
    package static func map<Input, Output>(_ inputs: [Input], chunkSize: Int = 1,
                                           _ transform: (Input) -> Output) -> [Output] {
        precondition(chunkSize >= 1, "a chunk holds at least one input")
        guard inputs.count > 1 else { return inputs.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slots, so the buffer needs no lock.
        nonisolated(unsafe) let slots = results
        nonisolated(unsafe) let inputs = inputs
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            let chunks = (inputs.count + chunkSize - 1) / chunkSize
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for i in chunk * chunkSize..<min(inputs.count, (chunk + 1) * chunkSize) {
                    slots[i] = transform(inputs[i])
                }
            }
        }
        return results.map { $0! }
    }

    /// `map`, starting with the inputs for which `first` is true: one long task started last
    /// would leave the other cores idle at the end. Results are still in input order.
    package static func map<Input, Output>(_ inputs: [Input], startingWith first: (Input) -> Bool,
                                           _ transform: (Input) -> Output) -> [Output] {
        let early = inputs.indices.filter { first(inputs[$0]) }
        guard !early.isEmpty else { return map(inputs, transform) }
        let order = early + inputs.indices.filter { !first(inputs[$0]) }
        let inOrder = map(order) { transform(inputs[$0]) }
        var results = [Output?](repeating: nil, count: inputs.count)
        for (position, index) in order.enumerated() { results[index] = inOrder[position] }
        return results.map { $0! }
    }
}
