import Foundation
import Testing
import TestSupport

/// SIGKILL (what an out-of-memory kill or a CI timeout does) at many moments of a build of a
/// large site: the output is always the old site or the new one, whole, and the next build
/// leaves it clean (no staging folder, no temporary file, no lock).
@Suite(.serialized) struct KilledBuildTests {
    static let moments = 8

    @Test(arguments: [true, false])
    func aKilledBuildLeavesTheOldSiteOrTheNewOne(cached: Bool) throws {
        let generated = try GeneratedSite(editions: 400)
        let site = generated.site
        let arguments = ["build", "--output", "out", "--now", "2030-01-01", "--quiet"] + (cached ? [] : ["--no-cache"])
        // The two sites, built whole elsewhere.
        let whole = ["build", "--now", "2030-01-01", "--quiet", "--no-cache", "--output"]
        #expect(try KerneProcess.run(whole + ["expected-a"], in: site.root).status == 0)
        try generated.switchContent()
        #expect(try KerneProcess.run(whole + ["expected-b"], in: site.root).status == 0)
        let sites = [TreeDigest(site.url("expected-a")), TreeDigest(site.url("expected-b"))]
        #expect(sites[0] != sites[1])
        // `out` holds site b; a timed build of a (uncaught) tells how long a build takes.
        #expect(try KerneProcess.run(arguments, in: site.root).status == 0)
        try generated.switchContent()
        let started = Date()
        #expect(try KerneProcess.run(arguments, in: site.root).status == 0)
        let duration = Date().timeIntervalSince(started)
        #expect(TreeDigest(site.url("out")) == sites[0])

        var current = 0
        var outcomes: [String] = []
        for moment in 0..<Self.moments {
            try generated.switchContent()
            let next = 1 - current
            let process = Process()
            process.executableURL = KerneProcess.executable
            process.arguments = arguments
            process.currentDirectoryURL = site.root
            process.environment = KerneProcess.baseEnvironment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // From the very start to well past the end of a build, evenly.
            usleep(useconds_t(duration * 2 * Double(moment) / Double(Self.moments - 1) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let left = TreeDigest(site.url("out"))
            #expect(left == sites[current] || left == sites[next], "killed at \(moment): the output is neither site: \(left.differences(from: sites[next]))")
            outcomes.append(left == sites[next] ? "new" : left == sites[current] ? "old" : "MIXED")

            #expect(try KerneProcess.run(arguments, in: site.root).status == 0)
            #expect(TreeDigest(site.url("out")) == sites[next], "the build after the kill at \(moment) is not the new site")
            #expect(try generated.leftovers() == [], "left beside the output after the kill at \(moment)")
            #expect(generated.temporaryFiles() == [])
            current = next
        }
        // Where the kills landed depends on timing: shown, not asserted.
        print("KilledBuildTests \(cached ? "incremental" : "full"), build \(Int(duration * 1000)) ms: \(outcomes)")
    }
}
