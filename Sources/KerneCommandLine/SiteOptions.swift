import ArgumentParser
import Foundation
import SiteBuild
import SiteModel

/// Options shared by `build`, `check` and `serve`.
package struct SiteOptions: ParsableArguments {
    package init() {}

    @Option(help: "The content folder.")
    package var content = "content"

    @Option(help: "The theme folder (default: themes/<theme of site.yml>).")
    package var theme: String?

    @Option(help: "Replaces base_url of site.yml, e.g. for a preview deployment.")
    package var baseURL: String?

    @Flag(help: "Include drafts.")
    package var drafts = false

    @Option(help: "The reference day (YYYY-MM-DD) that decides which editions are upcoming (default: today).")
    package var now: String?

    package func buildOptions(output: String) throws -> BuildOptions {
        var reference: EventDate?
        if let now {
            guard let day = EventDate.parse(now), day.precision == .day else {
                throw ValidationError("--now takes a day, YYYY-MM-DD; got '\(now)'")
            }
            reference = day
        }
        var options = BuildOptions(contentDirectory: URL(fileURLWithPath: content),
                                   themeDirectory: theme.map { URL(fileURLWithPath: $0) },
                                   outputDirectory: URL(fileURLWithPath: output), baseURL: baseURL,
                                   includeDrafts: drafts, now: reference)
        // Every command keeps its images, even `build --no-cache`: decoding them again would
        // give the same bytes, only seconds later (a card a page, a photo a recap).
        options.imageCacheRoot = BuildOptions.defaultCacheRoot
        return options
    }
}
