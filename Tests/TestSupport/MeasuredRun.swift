import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kerne` run on its own and waited for with `wait4`, which gives that child's own peak memory.
/// (`getrusage(RUSAGE_CHILDREN)` gives the largest peak of every child the test process ever
/// waited for, those of the suites running beside it included.)
public struct MeasuredRun: Sendable {
    public var status: Int32
    /// True when a signal ended the child (a crash, or the timeout); `status` is then the signal.
    public var killedBySignal: Bool
    public var timedOut: Bool
    public var standardError: String
    /// The child's peak resident memory in kilobytes (`ru_maxrss`; bytes on macOS).
    public var peakMemory: Int

    /// Exit status 0 or 1, within the time limit: a result, never a crash.
    public var endedNormally: Bool { !killedBySignal && !timedOut && (status == 0 || status == 1) }

    /// `kerne arguments…` in `directory`, with the environment of `KerneProcess`.
    public static func kerne(_ arguments: [String], in directory: URL, timeout: TimeInterval) throws -> MeasuredRun {
        let errors = try TemporaryDirectory.make("kerne-measured").appendingPathComponent("stderr")
        defer { try? FileManager.default.removeItem(at: errors.deletingLastPathComponent()) }
        // The shell goes into the folder, then becomes kerne: the pid waited for is kerne's.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, KerneProcess.executable.path] + arguments
        let environment = KerneProcess.baseEnvironment.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited == -1, errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if !timedOut, Date() >= deadline {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(10_000)
        }
        // What <sys/wait.h>'s macros compute: the low 7 bits are the signal, the next 8 the exit status.
        let signal = status & 0x7F
        return MeasuredRun(status: signal == 0 ? (status >> 8) & 0xFF : signal, killedBySignal: signal != 0,
                           timedOut: timedOut, standardError: (try? String(contentsOf: errors, encoding: .utf8)) ?? "",
                           peakMemory: Int(usage.ru_maxrss))
    }
}
