import Foundation
@testable import SiteBuild
import SiteModel

/// A copy of the `site-photos` fixture in a temporary folder, built with its own build cache, so
/// that tests can replace its images between builds.
struct PhotoSiteCopy {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("output") }

    init() throws {
        root = try FixturePaths.temporaryDirectory()
        try FileManager.default.copyItem(at: FixturePaths.site("site-photos").appendingPathComponent("content"), to: content)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func build() -> BuildReport {
        var options = BuildOptions(contentDirectory: content, themeDirectory: FixturePaths.defaultTheme, outputDirectory: output,
                                   now: PhotoSiteTests.now)
        options.cacheRoot = root.appendingPathComponent("cache")
        return SiteBuilder(options: options, displayBase: root).build()
    }

    func write(_ data: Data, to path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// The fixture's `famille.jpg` with the second half of its compressed data scrambled: its
    /// header and end marker are sound, so only libvips, decoding it, finds the damage.
    static func scrambledJPEG() throws -> Data {
        var bytes = [UInt8](try Data(contentsOf: FixturePaths.site("site-photos").appendingPathComponent("content/static/photos/famille.jpg")))
        for index in (bytes.count / 2)..<(bytes.count - 10) { bytes[index] = index % 2 == 0 ? 0x00 : 0xFF }
        return Data(bytes)
    }

    /// The errors and warnings of a report as `path:line:column: severity: message`.
    static func lines(_ report: BuildReport) -> [String] {
        report.diagnostics.map(\.description) + report.errors
    }
}
