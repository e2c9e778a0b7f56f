import ArgumentParser
import Foundation
import KerneCommandLine
import SiteBuild

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Load, render and check everything in memory, print every diagnostic, write nothing.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let builder = SiteBuilder(options: try site.buildOptions(output: "output"))
        let report = builder.check()
        ReportPrinter.printProblems(report, files: builder.sourceFiles)
        let errors = report.diagnostics.filter(\.isError).count + report.errors.count
        let warnings = report.diagnostics.count - report.diagnostics.filter(\.isError).count
        let warningCount = "\(warnings) warning\(warnings == 1 ? "" : "s")"
        guard report.succeeded else {
            Terminal.writeError("kerne: \(errors) error\(errors == 1 ? "" : "s"), \(warningCount)\n")
            throw ExitCode(1)
        }
        Terminal.writeOutput(warnings == 0 ? "kerne: no error\n" : "kerne: no error, \(warningCount)\n")
    }
}
