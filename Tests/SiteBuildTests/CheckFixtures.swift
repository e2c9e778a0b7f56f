import Foundation
import SiteModel
@testable import SiteBuild

/// Runs `check` on `Tests/Fixtures/<name>/content` as `kerne check` would from that folder.
enum CheckFixtures {
    static let now = EventDate(year: 2013, month: 11, day: 15)

    static func check(_ name: String, baseURL: String? = nil) -> BuildReport {
        let root = FixturePaths.site(name)
        let options = BuildOptions(contentDirectory: root.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme,
                                   outputDirectory: root.appendingPathComponent("output"), baseURL: baseURL, now: now)
        return SiteBuilder(options: options, displayBase: root).check()
    }

    /// Each diagnostic as its header line, then `hint: ...` when it has one.
    static func lines(_ report: BuildReport) -> [String] {
        report.diagnostics.flatMap { diagnostic in
            [diagnostic.description] + (diagnostic.hint.map { ["hint: \($0)"] } ?? [])
        }
    }
}
