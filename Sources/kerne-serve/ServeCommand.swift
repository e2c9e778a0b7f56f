import ArgumentParser
import DevServer
import Foundation
import KerneCommandLine
import SiteBuild

/// `kerne serve`, as its own executable: kerne runs it (`ServeHandOverCommand`) when its first argument is
/// `serve`, so that the HTTP server's libraries do not slow down the start of every other command.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kerne serve", abstract: ServeSummary.abstract)

    @OptionGroup var site: SiteOptions

    @Option(help: "The port on 127.0.0.1.")
    var port = 8000

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port takes 1 to 65535; got \(port)") }
    }

    static func main() async {
        MallocTuning.keepSpareMemory()
        await main(nil)
    }

    func run() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        var options = try site.buildOptions(output: folder.siteDirectory.path)
        options.baseURL = site.baseURL ?? "http://127.0.0.1:\(port)"
        options.extraBodyHTML = LiveReload.script
        // Served under the path of --base-url, where its links point.
        let basePath = site.baseURL.flatMap { URLComponents(string: $0)?.percentEncodedPath } ?? ""
        let trimmed = basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath
        let configuration = DevServerConfiguration(port: port, siteDirectory: folder.siteDirectory,
                                                   watchedDirectories: watchedDirectories(options), basePath: trimmed)
        let server = DevServer(configuration: configuration, build: SiteBuildAction.make(options: options),
                               report: { ServeCommand.print($0, basePath: trimmed) })
        do {
            try await server.run()
        } catch {
            FileHandle.standardError.write(Data("kerne: error: cannot serve on 127.0.0.1:\(port): \(error)\n".utf8))
            throw ExitCode(1)
        }
        Swift.print("kerne: stopped")
    }

    /// The content and the theme; without --theme, every theme under themes/ (site.yml names one).
    private func watchedDirectories(_ options: BuildOptions) -> [URL] {
        let themes = options.themeDirectory ?? URL(fileURLWithPath: "themes")
        return [options.contentDirectory, themes]
    }

    @Sendable static func print(_ event: DevServerEvent, basePath: String) {
        switch event {
        case .listening(let port):
            Swift.print("kerne: serving http://127.0.0.1:\(port)\(basePath)/ (Ctrl-C to stop)")
        case .built(let outcome, let duration, let changedFiles):
            if let report = outcome.report {
                // A fresh cache each time: the files are being edited while serve runs.
                let files = SourceFiles(base: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                ReportPrinter.printProblems(report, files: files)
            }
            let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
            let what = changedFiles == 0 ? "built" : "rebuilt (\(changedFiles) file\(changedFiles == 1 ? "" : "s") changed)"
            if outcome.succeeded {
                Swift.print("kerne: \(what) in \(milliseconds) ms")
            } else {
                let errors = outcome.errorCount
                Swift.print("kerne: \(what) with \(errors) error\(errors == 1 ? "" : "s") in \(milliseconds) ms; still serving the last good site")
            }
        }
        fflush(nil)  // stdout is a pipe when run by a script or a test
    }
}
