/// The state of the preview that pages follow: whether a good site exists, the problems of the
/// last build, and the open event streams to tell about each new build.
public actor ReloadHub {
    public private(set) var hasGoodSite = false
    /// The problems of the last build when it failed; nil after a good build.
    public private(set) var problems: String?
    private var streams: [Int: AsyncStream<ServerSentEvent>.Continuation] = [:]
    private var nextID = 0

    public init() {}

    /// A stream of events for one open page; it starts with the current error, if any.
    public func subscribe() -> AsyncStream<ServerSentEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: ServerSentEvent.self, bufferingPolicy: .bufferingNewest(8))
        let id = nextID
        nextID += 1
        streams[id] = continuation
        continuation.onTermination = { _ in
            Task { await self.remove(id) }
        }
        if let problems { continuation.yield(.error(problems)) }
        return stream
    }

    public func record(_ outcome: BuildOutcome) {
        if outcome.succeeded {
            hasGoodSite = true
            problems = nil
            broadcast(.reload)
        } else {
            problems = outcome.problems.isEmpty ? "the build failed" : outcome.problems
            broadcast(.error(problems ?? ""))
        }
    }

    /// Ends every stream (shutdown).
    public func finishAll() {
        for continuation in streams.values { continuation.finish() }
        streams.removeAll()
    }

    private func broadcast(_ event: ServerSentEvent) {
        for continuation in streams.values { continuation.yield(event) }
    }

    private func remove(_ id: Int) {
        streams[id] = nil
    }
}
