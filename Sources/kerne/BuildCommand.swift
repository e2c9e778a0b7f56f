import ArgumentParser
import Foundation
import SiteBuild

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder; replaced as a whole, only when the build succeeds.")
    var output = "output"

    @Flag(help: "Replace the output folder even if it is not empty and was not made by kerne.")
    var force = false

    @Flag(help: "Print only diagnostics.")
    var quiet = false

    func run() throws {
        let started = ContinuousClock.now
        InterruptHandling.install()
        var options = try site.buildOptions(output: output)
        options.replaceForeignOutput = force
        let report = SiteBuilder(options: options).build()
        ReportPrinter.printProblems(report)
        guard report.succeeded else {
            ReportPrinter.printFailure(report, output: output)
            throw ExitCode(1)
        }
        if !quiet {
            ReportPrinter.printSummary(report, output: output, elapsed: ContinuousClock.now - started)
        }
    }
}
