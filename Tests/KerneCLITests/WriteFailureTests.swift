import Foundation
import Testing
import TestSupport

/// A write that fails half way (disk full, file too large): an error, the previous output intact,
/// no temporary folder left.
@Suite struct WriteFailureTests {
    /// A real `ENOSPC`: the output lives on a 2 MB tmpfs mounted in a private mount namespace.
    static let canMountTmpfs: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
              let directory = try? KerneProcess.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try? KerneProcess.shell("exec unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs .'",
                                             in: directory, timeout: 10)
        return result?.status == 0
    }()

    @Test(.enabled(if: canMountTmpfs, "needs `unshare -rm` and tmpfs mounts (user namespaces)"))
    func aFullDiskIsAnErrorAndKeepsThePreviousOutput() throws {
        let site = try ScratchSite.realContent()
        try FileManager.default.createDirectory(at: site.url("disk"), withIntermediateDirectories: true)
        let build = "\"$KERNE\" build --output disk/out --now 2013-11-15 --quiet"
        let listing = "find disk/out -type f -exec sha256sum {} + | sort; ls -A disk; echo ==="
        let script = """
            mount -t tmpfs -o size=2m tmpfs disk || exit 99
            \(build) || exit 98
            \(listing)
            head -c 3000000 /dev/zero > content/static/too-big.bin
            \(build); echo "status $?"; echo ===
            \(listing)
            """
        let result = try KerneProcess.shell("exec unshare -rm sh -c '\(script)'", in: site.root)
        let parts = result.standardOutput.components(separatedBy: "===\n")
        try #require(parts.count == 4, "\(result.standardOutput) \(result.standardError)")
        #expect(parts[0].contains(" disk/out/index.html\n"))
        #expect(parts[0].hasSuffix("\nout\n"), "only the output folder on the disk")
        #expect(parts[1] == "status 1\n")
        #expect(parts[2] == parts[0], "the output changed or a temporary folder was left")
        #expect(result.standardError.contains("kerne: error: cannot write the site into"))
        #expect(result.standardError.contains("No space left on device"))
    }

    /// ThreadSanitizer maps files for its shadow memory: under `ulimit -f` it dies at start.
    static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

    /// `ulimit -f` works everywhere, root included: the copy of a large static file fails with EFBIG.
    @Test(.disabled(if: underThreadSanitizer, "ThreadSanitizer cannot start under `ulimit -f`"))
    func aFileTooLargeIsAnErrorAndKeepsThePreviousOutput() throws {
        let site = try ScratchSite.realContent()
        #expect(try site.kerne("build", "--output", "out").status == 0)
        let before = site.tree("out")
        try site.write("static/too-big.bin", Data(count: 300_000))
        let result = try KerneProcess.shell(
            "trap '' XFSZ; ulimit -f 200; exec \"$KERNE\" build --output out --now 2013-11-15 --quiet", in: site.root)
        #expect(result.status == 1)
        #expect(!result.killedBySignal)
        #expect(result.standardError.contains("File too large"))
        #expect(result.standardError.contains("'out' was left as it was"))
        #expect(site.tree("out") == before)
        #expect(try site.entries() == ["content", "out", "themes"])
    }
}
