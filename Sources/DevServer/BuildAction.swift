import Dispatch
import SiteBuild

/// Builds the site into the served folder. Injected, so that tests can build anything.
public typealias BuildAction = @Sendable () async -> BuildOutcome

public enum SiteBuildAction {
    /// `SiteBuilder.build()` on a thread of its own: it is synchronous and may take a while,
    /// and the server's tasks should not wait behind it.
    public static func make(options: BuildOptions) -> BuildAction {
        let builder = SiteBuilder(options: options)
        return {
            await withCheckedContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(returning: BuildOutcome(report: builder.build()))
                }
            }
        }
    }
}
