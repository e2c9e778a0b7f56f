import Foundation
import Testing
import TestSupport

/// SIGINT or SIGTERM while the site is being written: the previous output stays exactly as it
/// was, no temporary folder is left, and kerne exits with 128 + the signal number.
@Suite struct InterruptedBuildTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var signal: Int32
        var status: Int32
        /// With the build cache or without, the new site is staged beside the output
        /// (`.out.kerne-new-<pid>`) and exchanged with it in one step.
        var cached: Bool
        var testDescription: String { "signal \(signal) → exit \(status), \(cached ? "cached" : "no cache")" }
    }

    @Test(arguments: [Case(signal: SIGINT, status: 130, cached: false), Case(signal: SIGTERM, status: 143, cached: false),
                      Case(signal: SIGINT, status: 130, cached: true), Case(signal: SIGTERM, status: 143, cached: true)])
    func aSignalDuringTheWriteLeavesThePreviousOutput(_ expected: Case) throws {
        let site = try ScratchSite.realContent()
        #expect(try site.kerne("build", "--output", "out").status == 0)
        let before = site.tree("out")
        // Thousands of new static files keep the write phase long enough to be interrupted in it.
        for index in 0..<5000 {
            try site.write(String(format: "static/bulk/%02d/file%05d.txt", index % 50, index),
                           String(repeating: "x", count: index % 300))
        }
        let process = Process()
        process.executableURL = KerneProcess.executable
        process.arguments = ["build", "--output", "out", "--now", "2013-11-15", "--quiet"]
            + (expected.cached ? [] : ["--no-cache"])
        process.currentDirectoryURL = site.root
        process.environment = KerneProcess.baseEnvironment
        let errors = PipeReader()
        process.standardError = errors.pipe
        try process.run()
        errors.start()
        // The build is stopped (SIGSTOP) at each look: when the staging folder is there, the
        // signal is sent before the build can take one more step, so it lands in the write phase.
        let pid = process.processIdentifier
        let deadline = Date().addingTimeInterval(60)
        var sawStaging = false
        while process.isRunning, Date() < deadline {
            kill(pid, SIGSTOP)
            Self.waitUntilStopped(pid)
            sawStaging = try site.entries().contains(where: { $0.hasPrefix(".out.kerne-new-") })
            if sawStaging { kill(pid, expected.signal) }
            kill(pid, SIGCONT)
            if sawStaging { break }
            usleep(500)
        }
        if !sawStaging { kill(pid, expected.signal) }
        process.waitUntilExit()

        #expect(sawStaging, "the build ended before its write phase could be interrupted")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == expected.status)
        #expect(errors.text().contains("kerne: interrupted;"))
        #expect(site.tree("out") == before)
        #expect(try site.entriesBesideTheSpare() == ["content", "out", "themes"])
    }

    /// `kill(SIGSTOP)` returns before the process has stopped; on Linux its state in /proc says
    /// when it has (`T`), or that it is gone.
    static func waitUntilStopped(_ pid: Int32) {
        #if os(Linux)
        for _ in 0..<10_000 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let end = stat.lastIndex(of: ")") else { return }
            let state = stat[stat.index(end, offsetBy: 2)...].first
            if state == "T" || state == "t" || state == "Z" || state == "X" { return }
            usleep(50)
        }
        #else
        usleep(1_000)
        #endif
    }

    @Test func aLeftoverOfAKilledBuildIsCleanedUpByTheNextOne() throws {
        let site = try ScratchSite.realContent()
        #expect(try site.kerne("build", "--output", "out").status == 0)
        let before = site.tree("out")
        // What a SIGKILL between the two renames leaves: the output moved aside, a half-written new one.
        let deadPID = 999_999_999 as Int32
        try FileManager.default.moveItem(at: site.url("out"), to: site.url(".out.kerne-old-\(deadPID)"))
        try FileManager.default.createDirectory(at: site.url(".out.kerne-new-\(deadPID)/editions"),
                                                withIntermediateDirectories: true)
        try site.write("editions/99-nouvelle.md", "---\nedition: 99\ntitle: Nouvelle\ndate: 2014-01\n---\nTexte.\n")

        #expect(try site.kerne("build", "--output", "out").status == 0)
        let after = site.tree("out")
        #expect(after["editions/99/index.html"] != nil)
        #expect(after.filter { $0.key != "editions/99/index.html" }.keys.count >= before.keys.count)
        #expect(try site.entriesBesideTheSpare() == ["content", "out", "themes"])
    }
}

private extension ScratchSite {
    /// The site folder's entries, less the previous site that a swap keeps as a spare for the
    /// next build to stage into (`.out.kerne-spare`): no staging folder, no lock, nothing else.
    func entriesBesideTheSpare() throws -> [String] {
        try entries().filter { $0 != ".out.kerne-spare" }
    }
}
