import Foundation
import Hummingbird
import ServiceLifecycle

/// `kerne serve`: builds once, serves the site on 127.0.0.1, rebuilds on change and tells open pages.
public struct DevServer: Sendable {
    public let configuration: DevServerConfiguration
    let build: BuildAction
    let report: @Sendable (DevServerEvent) -> Void

    public init(configuration: DevServerConfiguration, build: @escaping BuildAction,
                report: @escaping @Sendable (DevServerEvent) -> Void) {
        self.configuration = configuration
        self.build = build
        self.report = report
    }

    /// Returns after SIGINT or SIGTERM (or when the task is cancelled); throws when the port is taken.
    public func run() async throws {
        let hub = ReloadHub()
        let watcher = FileWatcher(directories: configuration.watchedDirectories, interval: configuration.pollInterval)
        let snapshot = watcher.snapshot()
        let started = ContinuousClock.now
        let first = await build()
        await hub.record(first)
        report(.built(first, duration: ContinuousClock.now - started, changedFiles: 0))

        let report = self.report
        let port = configuration.port
        var application = Application(
            responder: PreviewResponder(lookup: SiteFileLookup(root: configuration.siteDirectory), hub: hub,
                                        basePath: RequestPath(rawPath: configuration.basePath + "/").segments),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in report(.listening(port: channel.localAddress?.port ?? port)) })
        application.logger.logLevel = .warning
        application.addServices(RebuildLoop(watcher: watcher, build: build, hub: hub, report: report,
                                            initialSnapshot: snapshot))
        // What `runService()` does, plus: cancelling this task shuts down as gracefully as a signal
        // (the group runs in a task of its own, so that the cancellation does not reach it directly).
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [application],
            gracefulShutdownSignals: configuration.handlesSignals ? [.sigterm, .sigint] : [],
            logger: application.logger))
        let running = Task { try await group.run() }
        try await withTaskCancellationHandler {
            try await running.value
        } onCancel: {
            Task { await group.triggerGracefulShutdown() }
        }
        await hub.finishAll()
    }
}
