import ArgumentParser
import Foundation
import KerneCommandLine
import SiteBuild
import SiteModel

/// What `kerne new edition` and `kerne new news` share.
enum NewOptions {
    static func parseDate(_ text: String) throws -> EventDate {
        guard let date = EventDate.parse(text) else {
            throw ValidationError("--date takes YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; got '\(text)'")
        }
        return date
    }

    /// Runs a scaffolder step; its error is printed as `kerne: error: ...` with exit status 1.
    static func run(_ body: () throws(BuildError) -> URL) throws -> URL {
        do {
            return try body()
        } catch {
            Terminal.writeError(DiagnosticFormatter(colors: Terminal.colorsOnStandardError) { _, _ in nil }
                .format(error: error.description))
            throw ExitCode(1)
        }
    }
}
