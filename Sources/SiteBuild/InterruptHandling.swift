import Foundation

/// SIGINT and SIGTERM during a build: the staging folder is removed, the output stays the site
/// it was (or already is the new one) and the process exits with 128 + the signal number (130,
/// 143), as shells expect. The handler runs on a queue of its own, so it is obeyed whatever the
/// main thread is doing (even blocked writing to a full pipe). A second signal ends the process
/// at once: every instant of a write leaves a whole site, and the next build cleans up.
public enum InterruptHandling {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "kerne.signals")
    private static let signals = [SIGINT, SIGTERM]

    /// For the command line tool only: replaces the default action of SIGINT and SIGTERM.
    public static func install() {
        guard sources.isEmpty else { return }
        for signalNumber in signals {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                for other in signals { signal(other, SIG_DFL) }
                WriteTransaction.shared.abandon(exitStatus: 128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
