import Concurrency
import Testing

@Suite struct MemoTests {
    @Test func aKeyIsWorkedOutOnceThenRemembered() {
        let memo = Memo<String, Int>()
        let calls = Counter()
        #expect(memo.value(for: "a") { calls.increment(); return 1 } == 1)
        #expect(memo.value(for: "a") { calls.increment(); return 2 } == 1)
        #expect(memo.value(for: "b") { calls.increment(); return 3 } == 3)
        #expect(calls.value == 2)
    }

    @Test func theWorkMayAskTheMemoItself() {
        // The work runs outside the lock, so a value built from others does not deadlock.
        let memo = Memo<Int, Int>()
        func fibonacci(_ n: Int) -> Int {
            memo.value(for: n) { n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2) }
        }
        #expect(fibonacci(40) == 102_334_155)
    }

    @Test func threadsAskingTheSameKeysAgreeOnTheValues() {
        let memo = Memo<Int, String>()
        let results = ConcurrentMap.map(Array(0..<2_000)) { n in memo.value(for: n % 10) { String(n % 10) } }
        #expect(results == (0..<2_000).map { String($0 % 10) })
    }

    @Test func aSharedResultIsComputedOnceForAllThreads() {
        let calls = Counter()
        let shared = SharedResult { calls.increment(); return 42 }
        let results = ConcurrentMap.map(Array(0..<64)) { _ in shared.get() }
        #expect(results == Array(repeating: 42, count: 64))
        #expect(calls.value == 1)
    }
}
