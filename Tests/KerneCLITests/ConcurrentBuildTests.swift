import Foundation
import Testing
import TestSupport

/// Builds started at once on one output folder: one writes at a time, the output is always a
/// whole site, and each build says truly what it did.
@Suite struct ConcurrentBuildTests {
    @Test func buildsStartedTogetherWriteOneAfterTheOther() throws {
        let generated = try GeneratedSite(editions: 300)
        let site = generated.site
        #expect(try site.kerne("build", "--output", "expected", "--no-cache").status == 0)
        let expected = TreeDigest(site.url("expected"))
        for round in 0..<3 {
            let results = ConcurrentResults()
            let root = site.root
            DispatchQueue.concurrentPerform(iterations: 3) { index in
                let arguments = ["build", "--output", "out", "--now", "2013-11-15", "--quiet"] + (index == 0 ? [] : ["--no-cache"])
                results.add(try? KerneProcess.run(arguments, in: root))
            }
            // A build waits for the others a few seconds, then writes; one that waited longer says so.
            for result in results.all {
                let gaveUp = result?.status == 1 && result?.standardError.contains("another kerne build is writing") == true
                    && result?.standardError.contains("'out' was left as it was") == true
                #expect(result?.status == 0 || gaveUp, "round \(round): \(result?.standardError ?? "did not run")")
            }
            #expect(results.all.contains { $0?.status == 0 })
            #expect(TreeDigest(site.url("out")) == expected, "round \(round)")
            #expect(try generated.leftovers() == [])
        }
    }

    @Test func aBuildThatWaitsTooLongSaysWhoIsWriting() throws {
        let site = try ScratchSite.realContent()
        #expect(try site.kerne("build", "--output", "out").status == 0)
        let before = site.tree("out")
        // This test holds the lock, as a long build would.
        let lockPath = site.url(".out.kerne-lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        #expect(write(descriptor, "4242\n", 5) == 5)
        let started = Date()
        let result = try site.kerne("build", "--output", "out", "--no-cache")
        #expect(result.status == 1)
        #expect(Date().timeIntervalSince(started) >= 4.5)
        #expect(result.standardError.contains("another kerne build is writing '\(site.url("out").path)' (pid 4242)"))
        #expect(result.standardError.contains("'out' was left as it was"))
        #expect(site.tree("out") == before)
    }
}

/// Results gathered from several threads.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [KerneProcess.Result?] = []

    func add(_ result: KerneProcess.Result?) {
        lock.withLock { results.append(result) }
    }

    var all: [KerneProcess.Result?] { lock.withLock { results } }
}
