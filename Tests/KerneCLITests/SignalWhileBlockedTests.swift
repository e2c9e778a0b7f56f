import Foundation
import Testing
import TestSupport

/// A SIGTERM is obeyed even while kerne is blocked writing its diagnostics to a pipe nobody
/// reads (a CI log reader that stopped): the process ends at once, and the output is whole.
@Suite struct SignalWhileBlockedTests {
    @Test func aSigtermEndsABuildBlockedOnAFullPipe() throws {
        let generated = try GeneratedSite(editions: 600)
        let site = generated.site
        #expect(try site.kerne("build", "--output", "expected-old", "--now", "2030-01-01", "--no-cache").status == 0)
        try FileManager.default.copyItem(at: site.url("expected-old"), to: site.url("out"))
        // Every edition is upcoming and already has 'attendees': one warning each, hundreds of
        // kilobytes of diagnostics, far more than a pipe holds.
        let process = Process()
        process.executableURL = KerneProcess.executable
        process.arguments = ["build", "--output", "out", "--now", "2000-01-01", "--no-cache"]
        process.currentDirectoryURL = site.root
        process.environment = KerneProcess.baseEnvironment
        let unread = Pipe()
        process.standardError = unread
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Long enough for the build to be done and stuck on the pipe.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, !FileManager.default.fileExists(atPath: site.url("out/sitemap.xml").path)
                || TreeDigest(site.url("out")) == TreeDigest(site.url("expected-old")) {
            usleep(100_000)
        }
        sleep(1)
        #expect(process.isRunning, "the build should be blocked on its full pipe")
        let signalled = Date()
        kill(process.processIdentifier, SIGTERM)
        while process.isRunning, Date().timeIntervalSince(signalled) < 5 { usleep(10_000) }
        let stillRunning = process.isRunning
        if stillRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(!stillRunning, "SIGTERM was not obeyed within 5 s")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        #expect(FileManager.default.fileExists(atPath: site.url("out/.kerne-output").path))
        #expect(try generated.leftovers() == [])
        _ = unread
    }
}
