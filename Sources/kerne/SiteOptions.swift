import ArgumentParser
import Foundation
import SiteBuild
import SiteModel

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The theme folder (default: themes/<theme of site.yml>).")
    var theme: String?

    @Option(help: "Replaces base_url of site.yml, e.g. for a preview deployment.")
    var baseURL: String?

    @Flag(help: "Include drafts.")
    var drafts = false

    @Option(help: "The reference day (YYYY-MM-DD) that decides which editions are upcoming (default: today).")
    var now: String?

    func buildOptions(output: String) throws -> BuildOptions {
        var reference: EventDate?
        if let now {
            guard let day = EventDate.parse(now), day.precision == .day else {
                throw ValidationError("--now takes a day, YYYY-MM-DD; got '\(now)'")
            }
            reference = day
        }
        return BuildOptions(contentDirectory: URL(fileURLWithPath: content),
                            themeDirectory: theme.map { URL(fileURLWithPath: $0) },
                            outputDirectory: URL(fileURLWithPath: output), baseURL: baseURL,
                            includeDrafts: drafts, now: reference)
    }
}
