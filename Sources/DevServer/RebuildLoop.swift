import ServiceLifecycle

/// Watches the sources and rebuilds after each change, then tells open pages:
/// `reload` after a good build, `error` with the diagnostics after a bad one.
struct RebuildLoop: Service {
    let watcher: FileWatcher
    let build: BuildAction
    let hub: ReloadHub
    let report: @Sendable (DevServerEvent) -> Void
    /// Taken before the first build, so that a change made during it is not missed.
    let initialSnapshot: FileSnapshot

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await self.watch() }
        } catch is CancellationError {}
        await hub.finishAll()
    }

    private func watch() async throws {
        var snapshot = initialSnapshot
        while !Task.isCancelled {
            let changed = try await watcher.nextChange(after: snapshot)
            let changedFiles = changed.changedPaths(since: snapshot).count
            snapshot = changed
            let started = ContinuousClock.now
            let outcome = await build()
            let duration = ContinuousClock.now - started
            await hub.record(outcome)
            report(.built(outcome, duration: duration, changedFiles: changedFiles))
        }
    }
}
