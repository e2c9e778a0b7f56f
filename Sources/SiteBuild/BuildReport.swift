import SiteModel

/// What a build did: its diagnostics and, when it succeeded, what it wrote.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Errors that are not about a content file (theme, output folder).
    public var errors: [String]
    public var pageCount = 0
    public var fileCount = 0
    public var eventCount = 0
    public var feedItemCount = 0
    /// Files whose bytes changed and were written.
    public var writtenCount = 0
    /// What each step did and how long it took, in order.
    public var steps: [BuildStep] = []

    public init(diagnostics: [Diagnostic] = [], errors: [String] = []) {
        self.diagnostics = diagnostics
        self.errors = errors
    }

    public var succeeded: Bool { errors.isEmpty && !diagnostics.contains(where: \.isError) }
}
