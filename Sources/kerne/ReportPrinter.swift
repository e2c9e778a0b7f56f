import Foundation
import SiteBuild

/// How reports reach people: problems on standard error, the summary on standard output.
enum ReportPrinter {
    static func printProblems(_ report: BuildReport) {
        var text = ""
        for diagnostic in report.diagnostics.sorted() {
            text += diagnostic.description + "\n"
            if let hint = diagnostic.hint { text += "  hint: \(hint)\n" }
        }
        for error in report.errors { text += error.hasPrefix("kerne:") || error.contains(": error: ") ? error + "\n" : "kerne: error: \(error)\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func printFailure(_ report: BuildReport, output: String) {
        let errors = report.diagnostics.filter(\.isError).count + report.errors.count
        let text = "kerne: \(errors) error\(errors == 1 ? "" : "s"); '\(output)' was left as it was\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func printSummary(_ report: BuildReport, output: String, elapsed: Duration) {
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        print("kerne: \(report.pageCount) pages, \(report.feedItemCount) feed items, \(report.eventCount) events, \(report.fileCount) files (\(report.writtenCount) changed) in \(output)/ in \(milliseconds) ms")
    }
}
