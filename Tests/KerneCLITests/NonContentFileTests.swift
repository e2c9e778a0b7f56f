import Foundation
import Testing

/// What editors, systems and careless hands leave in `content/` is not content: not read, not
/// published, and no reason for the build to fail or hang.
@Suite struct NonContentFileTests {
    @Test func editorFilesAreNotRead() throws {
        let site = try ScratchSite.realContent()
        let clean = try site.kerne("build", "--output", "expected", "--no-cache")
        #expect(clean.status == 0)
        let edition = try String(contentsOf: site.content.appendingPathComponent("editions/19-parcours-entrepreneur.md"), encoding: .utf8)
        // An Emacs lock: a link to nowhere.
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("editions/.#19-x.md").path,
                                                   withDestinationPath: "user@host.1234:1700000000")
        for name in [".copie-19.md", "19-x.md~", "#19-x.md#", ".19-x.md.swp", "19-x.tmp"] {
            try site.write("editions/" + name, edition)
        }
        try site.write("static/.DS_Store", "x")
        try site.write("static/.htaccess", "Deny from all")
        try site.write("static/.well-known/security.txt", "Contact: mailto:x@example.org\n")
        try site.write("static/.well-known/.DS_Store", "x")
        let result = try site.kerne("build", "--output", "out", "--no-cache")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == clean.standardError)
        var expected = site.tree("expected")
        expected[".well-known/security.txt"] = Data("Contact: mailto:x@example.org\n".utf8)
        #expect(site.tree("out") == expected)
    }

    @Test func specialFilesUnderStaticAreSkippedWithAWarning() throws {
        let site = try ScratchSite.realContent()
        #expect(try site.kerne("build", "--output", "expected", "--no-cache").status == 0)
        #expect(mkfifo(site.content.appendingPathComponent("static/pipe").path, 0o644) == 0)
        let socketPath = site.content.appendingPathComponent("static/socket").path
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let result = try site.kerne("build", "--output", "out", "--no-cache", timeout: 30)
        #expect(!result.timedOut, "a FIFO must not hang the build")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("content/static/pipe:1:1: warning: not a regular file: ignored"))
        #expect(result.standardError.contains("content/static/socket:1:1: warning: not a regular file: ignored"))
        #expect(site.tree("out") == site.tree("expected"))
    }

    @Test func aLinkOutOfTheContentIsAnError() throws {
        let site = try ScratchSite.realContent()
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("static/passwd").path,
                                                   withDestinationPath: "/etc/passwd")
        let result = try site.kerne("build", "--output", "out", "--no-cache")
        #expect(result.status == 1)
        #expect(result.standardError.contains("content/static/passwd:1:1: error: symbolic link to '/etc/passwd' leads outside the content folder"))
        #expect(!FileManager.default.fileExists(atPath: site.url("out").path))
    }
}
