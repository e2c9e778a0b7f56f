import Foundation

public struct DevServerConfiguration: Sendable {
    /// On 127.0.0.1; 0 picks a free port (tests), reported by `DevServerEvent.listening`.
    public var port: Int
    /// The folder the build action writes the site into; only files below it are served.
    public var siteDirectory: URL
    /// The sources whose changes trigger a rebuild (content, theme).
    public var watchedDirectories: [URL]
    public var pollInterval: Duration
    /// SIGINT and SIGTERM stop the server gracefully; off in tests that run it in-process
    /// (cancelling the task stops it there).
    public var handlesSignals: Bool

    public init(port: Int = 8000, siteDirectory: URL, watchedDirectories: [URL],
                pollInterval: Duration = .milliseconds(300), handlesSignals: Bool = true) {
        self.port = port
        self.siteDirectory = siteDirectory
        self.watchedDirectories = watchedDirectories
        self.pollInterval = pollInterval
        self.handlesSignals = handlesSignals
    }
}
