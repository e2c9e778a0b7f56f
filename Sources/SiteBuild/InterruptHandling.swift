import Foundation

/// SIGINT and SIGTERM during a build: the staging folder is removed, the previous output stays
/// as it was, and the process exits with 128 + the signal number (130, 143), as shells expect.
public enum InterruptHandling {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "kerne.signals")

    /// For the command line tool only: replaces the default action of SIGINT and SIGTERM.
    public static func install() {
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { WriteTransaction.shared.abandon(exitStatus: 128 + signalNumber) }
            source.resume()
            sources.append(source)
        }
    }
}
