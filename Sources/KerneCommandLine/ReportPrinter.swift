import Foundation
import SiteBuild

/// How reports reach people: problems on standard error (with source lines and carets, in
/// colour on a terminal), the summary and the steps on standard output.
package enum ReportPrinter {
    package static func printProblems(_ report: BuildReport, files: SourceFiles) {
        let formatter = DiagnosticFormatter(colors: Terminal.colorsOnStandardError, files: files)
        var text = formatter.format(report.diagnostics)
        for error in report.errors { text += formatter.format(error: error) }
        Terminal.writeError(text)
    }

    package static func printFailure(_ report: BuildReport, output: String) {
        let errors = report.diagnostics.filter(\.isError).count + report.errors.count
        Terminal.writeError("kerne: \(errors) error\(errors == 1 ? "" : "s"); '\(output)' was left as it was\n")
    }

    /// `--verbose`: each step, its duration and what it counted.
    package static func printSteps(_ report: BuildReport) {
        let width = report.steps.map(\.name.count).max() ?? 0
        var text = ""
        for step in report.steps {
            let name = step.name + String(repeating: " ", count: width - step.name.count)
            text += "kerne: \(name) \(milliseconds(step.duration)) ms  \(step.detail)\n"
        }
        Terminal.writeOutput(text)
    }

    package static func printSummary(_ report: BuildReport, output: String, elapsed: Duration) {
        Terminal.writeOutput("kerne: \(report.pageCount) pages, \(report.feedItemCount) feed items, \(report.eventCount) events, \(report.fileCount) files (\(report.writtenCount) changed) in \(output)/ in \(milliseconds(elapsed)) ms\n")
    }

    package static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
