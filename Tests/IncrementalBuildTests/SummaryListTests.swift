import Testing
@testable import IncrementalBuild

/// `SummaryList` hashes only a list's length and ends: lists that share them must still be told
/// apart, or two pages would get each other's key.
@Suite struct SummaryListTests {
    @Test func listsWithTheSameEndsAreDifferentKeys() {
        let a = SummaryList(paths: ["news/1.md", "news/2.md", "news/9.md"])
        let b = SummaryList(paths: ["news/1.md", "news/3.md", "news/9.md"])
        #expect(a != b)
        var digests: [SummaryList: String] = [:]
        digests[a] = "a"
        digests[b] = "b"
        #expect(digests.count == 2)
        #expect(digests[SummaryList(paths: ["news/1.md", "news/2.md", "news/9.md"])] == "a")
        #expect(digests[SummaryList(paths: ["news/1.md", "news/3.md", "news/9.md"])] == "b")
        #expect(digests[SummaryList(paths: ["news/1.md", "news/9.md"])] == nil)
    }
}
