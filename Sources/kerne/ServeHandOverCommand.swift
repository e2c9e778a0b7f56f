import ArgumentParser
import Foundation
import KerneCommandLine

/// `kerne serve` runs kerne-serve, the executable next to kerne, with the same arguments: the
/// HTTP server's libraries (SwiftNIO, Hummingbird) are not in kerne, which starts 2 to 3 ms sooner
/// for every other command. `Kerne.main` hands over before parsing; this entry lists `serve` in
/// `kerne --help`.
struct ServeHandOverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: ServeSummary.abstract)

    @Argument(parsing: .captureForPassthrough, help: "The options of 'kerne serve --help'.")
    var arguments: [String] = []

    func run() throws {
        Self.handOver(arguments)
    }

    /// Replaces this process with kerne-serve (same process, so signals reach the server).
    static func handOver(_ arguments: [String]) -> Never {
        let folder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let path = folder?.appendingPathComponent("kerne-serve").path ?? "kerne-serve"
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        Terminal.writeError("kerne: error: 'kerne serve' runs \(path): \(reason); 'make kerne' builds it next to kerne\n")
        Foundation.exit(1)
    }
}
