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
    /// The path the site is served under, as its links are written (`/sous-dossier` for
    /// `--base-url https://example.org/sous-dossier/`); `""` serves it at `/`.
    public var basePath: String

    public init(port: Int = 8000, siteDirectory: URL, watchedDirectories: [URL],
                pollInterval: Duration = .milliseconds(300), handlesSignals: Bool = true, basePath: String = "") {
        self.port = port
        self.siteDirectory = siteDirectory
        self.watchedDirectories = watchedDirectories
        self.pollInterval = pollInterval
        self.handlesSignals = handlesSignals
        self.basePath = basePath
    }
}
