import ArgumentParser
import Foundation
import SiteBuild

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Load and render everything in memory, print every diagnostic, write nothing.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let report = SiteBuilder(options: try site.buildOptions(output: "output")).check()
        ReportPrinter.printProblems(report)
        guard report.succeeded else { throw ExitCode(1) }
        let warnings = report.diagnostics.count
        print("kerne: no error\(warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")")")
    }
}
