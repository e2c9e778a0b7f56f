import Foundation
import Testing
import TestSupport

/// The real `kerne serve` as a subprocess: it serves on the given port, refuses traversal,
/// stops with status 0 on SIGINT and SIGTERM, and leaves no temporary folder behind.
@Suite(.timeLimit(.minutes(2))) struct ServeProcessTests {
    /// The package root, where content/ and themes/ are.
    static let packageRoot = Repository.root

    /// The binary of this build configuration, next to the tests (`swift test` builds every product first).
    static func kerneBinary() -> URL? {
        let url = KerneProcess.executable
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func stopsCleanlyOnSignal(_ signal: Int32) async throws {
        let binary = try #require(Self.kerneBinary(), "build the kerne product first")
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let port = try RawHTTPConnection.freePort()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", String(port)]
        process.currentDirectoryURL = Self.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.url.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let printed = LockedValue("")
        output.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            printed.update { $0 += text }
        }
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        let serving = "serving http://127.0.0.1:\(port)/"
        _ = try await Deadline.poll("'\(serving)' (printed: \(printed.current))", seconds: 60, every: .milliseconds(50)) {
            printed.current.contains(serving) ? true : nil
        }
        #expect(try await RawHTTPResponse.fetch(port: port, path: "/%2e%2e/etc/passwd").status == 400)
        let previewFolders = try FileManager.default.contentsOfDirectory(atPath: temporary.url.path)
        #expect(previewFolders.contains { $0.hasPrefix("kerne-serve-") })
        // An open event stream must not hold the shutdown back.
        let events = try RawHTTPConnection(port: port)
        events.send("GET /__kerne/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = await Deadline.onThread { events.read(seconds: 5) { $0.contains("retry:") } }

        kill(process.processIdentifier, signal)
        let exited = try? await Deadline.poll("kerne to exit", seconds: 5, every: .milliseconds(20)) {
            process.isRunning ? nil : true
        }
        #expect(exited == true, "still running 5 s after signal \(signal)")
        guard exited == true else { return }
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0, "printed: \(printed.current)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).isEmpty,
                "the preview folder is removed")
        output.fileHandleForReading.readabilityHandler = nil
    }
}
