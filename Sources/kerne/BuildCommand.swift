import ArgumentParser
import Foundation
import KerneCommandLine
import SiteBuild

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder; replaced as a whole, only when the build succeeds.")
    var output = "output"

    @Flag(help: "Replace the output folder even if it is not empty and was not made by kerne.")
    var force = false

    @Flag(help: "Build everything, without reading or writing the build cache.")
    var noCache = false

    @Flag(help: "Print only diagnostics.")
    var quiet = false

    @Flag(help: "Print each step (load, plan, render, check, write) with its duration and counts.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    func run() throws {
        let started = ContinuousClock.now
        InterruptHandling.install()
        var options = try site.buildOptions(output: output)
        options.replaceForeignOutput = force
        options.cacheRoot = noCache ? nil : BuildOptions.defaultCacheRoot
        let showsProgress = !quiet && Terminal.standardOutputIsTerminal
        let progress = ProgressLine(enabled: showsProgress)
        var onPage: (@Sendable (Int, Int) -> Void)?
        if showsProgress { onPage = { @Sendable rendered, total in progress.update(rendered: rendered, total: total) } }
        let builder = SiteBuilder(options: options, progress: onPage)
        let report = builder.build()
        progress.clear()
        ReportPrinter.printProblems(report, files: builder.sourceFiles)
        if verbose { ReportPrinter.printSteps(report) }
        guard report.succeeded else {
            ReportPrinter.printFailure(report, output: output)
            throw ExitCode(1)
        }
        if !quiet {
            ReportPrinter.printSummary(report, output: output, elapsed: ContinuousClock.now - started)
        }
    }
}
