import Foundation

/// Runs the `kerne` binary built next to the test bundle, as a user would.
public struct KerneProcess {
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
        /// True when the process was ended by a signal (a crash, or the timeout); `status` is then the signal.
        public var killedBySignal = false
        public var timedOut = false

        /// Exit status 0 or 1, within the time limit: a result, never a crash.
        public var endedNormally: Bool { !killedBySignal && !timedOut && (status == 0 || status == 1) }
    }

    public static let repository = Repository.root

    /// The binary of this build configuration (debug, release, sanitizers), next to the tests.
    public static var executable: URL {
        let candidates = [Bundle.main.executableURL?.deletingLastPathComponent(),
                          Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for directory in candidates.compactMap({ $0 }) {
            let url = directory.appendingPathComponent("kerne")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/kerne")
    }

    /// This process's environment, with the build cache of every kerne run by the tests in a
    /// folder of its own rather than the user's `~/.cache/kerne`.
    public static let baseEnvironment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["KERNE_CACHE_DIR"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("kerne-tests-cache").path
        return environment
    }()

    /// Runs `kerne arguments…` in `directory` with `environment` added to this process's.
    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    timeout: TimeInterval = 120) throws -> Result {
        try run(executable: executable, arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Runs `/bin/sh -c script`, with `$KERNE` set to the binary (for `ulimit`, `unshare`, `trap`).
    public static func shell(_ script: String, in directory: URL, timeout: TimeInterval = 120) throws -> Result {
        try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory,
                environment: ["KERNE": executable.path], timeout: timeout)
    }

    public static func run(executable: URL, _ arguments: [String], in directory: URL, environment: [String: String],
                    timeout: TimeInterval) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = baseEnvironment.merging(environment) { _, new in new }
        let output = PipeReader(), error = PipeReader()
        process.standardOutput = output.pipe
        process.standardError = error.pipe
        try process.run()
        // Both pipes are drained on their own threads so that a chatty child cannot block.
        output.start()
        error.start()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: output.text(), standardError: error.text(),
                      killedBySignal: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
    }

    /// A new empty folder under the system's temporary folder.
    public static func temporaryDirectory() throws -> URL {
        try TemporaryDirectory.make("kerne-cli")
    }
}
