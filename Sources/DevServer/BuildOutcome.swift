import SiteBuild

/// What one build of the preview gave: whether the site was replaced, and the problems to show.
public struct BuildOutcome: Sendable {
    public var succeeded: Bool
    /// Diagnostics and errors, one per line, as the terminal shows them (may hold warnings on success).
    public var problems: String
    /// The full report when the build came from `SiteBuilder`, for the terminal.
    public var report: BuildReport?

    public init(succeeded: Bool, problems: String = "", report: BuildReport? = nil) {
        self.succeeded = succeeded
        self.problems = problems
        self.report = report
    }

    public init(report: BuildReport) {
        var lines: [String] = []
        for diagnostic in report.diagnostics.sorted() {
            lines.append(diagnostic.description)
            if let hint = diagnostic.hint { lines.append("  hint: \(hint)") }
        }
        lines += report.errors
        self.init(succeeded: report.succeeded, problems: lines.joined(separator: "\n"), report: report)
    }

    public var errorCount: Int {
        guard let report else { return succeeded ? 0 : 1 }
        return report.diagnostics.filter(\.isError).count + report.errors.count
    }
}
