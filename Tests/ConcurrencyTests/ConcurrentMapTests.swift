import Concurrency
import Testing

@Suite struct ConcurrentMapTests {
    @Test(arguments: [1, 3, 256, 5_000])
    func resultsComeInInputOrderWhateverTheChunkSize(chunkSize: Int) {
        for count in [0, 1, 2, 999] {
            let inputs = Array(0..<count)
            #expect(ConcurrentMap.map(inputs, chunkSize: chunkSize) { $0 * 3 + 1 } == inputs.map { $0 * 3 + 1 })
        }
    }

    @Test func startingWithSomeInputsStillGivesInputOrder() {
        let inputs = Array(0..<500)
        let results = ConcurrentMap.map(inputs, startingWith: { $0 % 7 == 0 }) { String($0) }
        #expect(results == inputs.map { String($0) })
    }

    @Test func everyInputIsMappedOnce() {
        let calls = Counter()
        _ = ConcurrentMap.map(Array(0..<1_000), chunkSize: 16) { _ in calls.increment() }
        #expect(calls.value == 1_000)
    }
}
